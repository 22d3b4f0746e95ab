using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Feedback.Backoffice;

public static class BackofficeServiceCollectionExtensions
{
    public const string HangfireDashboardPath = "/hangfire";

    public static IServiceCollection AddBackoffice(this IServiceCollection services, IConfiguration configuration)
    {
        // The shared partials, case vocabulary and words of src/Web, in Vietnamese: the staff site offers no other language.
        services.AddRazorPages(options => PageConventions.Apply(options.Conventions))
            .AddSharedWeb();
        services.AddSingleton<Pages.Scoring.ScoringProblemMessages>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/dang-nhap";
            options.LogoutPath = "/dang-xuat";
            options.AccessDeniedPath = "/loi/403";
            options.Cookie.Name = "danvan.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // A signed-in officer who may not do something gets 403 on the address they asked for (the
            // status-code page explains it), not a redirect that hides which request was refused.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FeedbackDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = TwoFactorRequirement.KeepSecondFactorAsync);
        services.AddScoped<SignInAuditService>();

        services.AddAuthorizationBuilder().AddStaffPolicies();
        services.AddSingleton<IAuthorizationHandler, CaseAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, AgencyFiguresHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();

        // The shared headers (ADR 22); the Hangfire dashboard's own pages use inline scripts and styles.
        services.AddSecurityHeaders(headers => headers.LenientPaths.Add(HangfireDashboardPath));

        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var vietnamese = new CultureInfo("vi-VN");
            options.DefaultRequestCulture = new RequestCulture(vietnamese);
            options.SupportedCultures = [vietnamese];
            options.SupportedUICultures = [vietnamese];
        });

        // The Backoffice runs the job server; the Portal only enqueues (ARCHITECTURE.md).
        services.AddHangfireServer(options => options.WorkerCount = 2);

        services.AddOptions<StaffSeedOptions>().Bind(configuration.GetSection(StaffSeedOptions.SectionName));
        services.AddHealthChecks().AddDbContextCheck<FeedbackDbContext>();
        return services;
    }
}
