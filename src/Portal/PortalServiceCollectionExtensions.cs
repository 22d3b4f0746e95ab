using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Feedback.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Feedback.Portal;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        // Razor Pages check the antiforgery token on every POST; a failure is an empty 400 that the
        // status-code page (/loi/400) explains to the filer.
        services.AddRazorPages()
            .AddPortalLocalization();

        // Vietnamese letters as themselves, not as numeric entities: half the page weight, readable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddHealthChecks().AddDbContextCheck<FeedbackDbContext>();
        return services;
    }
}
