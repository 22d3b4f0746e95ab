using DanVan.Feedback.Backoffice;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Web.Security;
using Hangfire;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddFeedbackCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddBackoffice(builder.Configuration);

var app = builder.Build();

await app.Services.InitializeFeedbackDatabaseAsync();
if (app.Environment.IsDevelopment())
{
    await app.Services.SeedDevelopmentStaffAsync();
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// The stylesheet is public: behind the staff-only fallback policy the sign-in page would be unstyled.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapHangfireDashboard(BackofficeServiceCollectionExtensions.HangfireDashboardPath, new DashboardOptions { Authorization = [], AppPath = "/" })
    .RequireAuthorization(Policies.Administrator);
RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>());
if (app.Configuration.GetValue("Metrics:SnapshotOnStart", defaultValue: true))
{
    await RecurringJobs.EnqueueFirstSnapshotAsync(app.Services, app.Lifetime.ApplicationStopping);
}

await app.RunAsync();
