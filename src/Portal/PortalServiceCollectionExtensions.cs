using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Feedback.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Feedback.Portal;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        // Razor Pages check the antiforgery token on every POST; a failure is an empty 400 that the
        // status-code page (/loi/400) explains to the filer.
        services.AddRazorPages()
            .AddMvcOptions(options => VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider));

        // Vietnamese letters as themselves, not as numeric entities: half the page weight, readable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));


        services.Configure<RequestLocalizationOptions>(options =>
        {
            var vietnamese = new CultureInfo("vi-VN");
            options.DefaultRequestCulture = new RequestCulture(vietnamese);
            options.SupportedCultures = [vietnamese];
            options.SupportedUICultures = [vietnamese];
        });

        services.AddHealthChecks().AddDbContextCheck<FeedbackDbContext>();
        return services;
    }
}
