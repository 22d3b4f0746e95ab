using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using Microsoft.AspNetCore.DataProtection;
using DanVan.Feedback.Portal.Pages.Track;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Feedback.Portal;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        // Razor Pages check the antiforgery token on every POST; a failure is an empty 400 that the
        // status-code page (/loi/400) explains to the filer.
        services.AddRazorPages()
            .AddPortalLocalization();

        // Vietnamese letters as themselves, not as numeric entities: half the page weight, readable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddHealthChecks().AddDbContextCheck<FeedbackDbContext>();
        services.AddTrackedCaseReader(configuration);
        return services;
    }

    // The look-up reads through statements of its own on SQLite, through EF on any other provider (ITrackedCaseReader).
    private static void AddTrackedCaseReader(this IServiceCollection services, IConfiguration configuration)
    {
        if (DatabaseOptions.From(configuration).Provider != DatabaseProvider.Sqlite)
        {
            services.AddScoped<ITrackedCaseReader, EntityTrackedCaseReader>();
            return;
        }

        services.AddSingleton<ITrackedCaseReader>(provider =>
        {
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            return new SqliteTrackedCaseReader(db.Database.GetConnectionString()!, db.Model, provider.GetRequiredService<SqliteConnectionSetup>().Pragmas);
        });
    }
}
