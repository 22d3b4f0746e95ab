using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// The Portal in Vietnamese first and English too (ADR 0009): text in Resources/ by marker class,
/// the culture from <c>?culture=</c> or the cookie the language switch sets, never from the browser.
/// </summary>
public static class PortalLocalization
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [Vietnamese, English];

    /// <summary>The culture for a value from the query or the switch, or null when the Portal does not offer it.</summary>
    public static CultureInfo? Find(string? name) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == English.TwoLetterISOLanguageName;

    public static IMvcBuilder AddPortalLocalization(this IMvcBuilder mvc)
    {
        mvc.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        mvc.AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (model, factory) =>
                factory.Create(model.GetCustomAttribute<TextResourceAttribute>()?.Text ?? typeof(SharedText)));

        mvc.Services.AddOptions<MvcOptions>()
            .Configure<IStringLocalizerFactory>((options, factory) =>
                BindingMessages.Apply(options.ModelBindingMessageProvider, factory.Create(typeof(SharedText))));

        mvc.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];

            // Vietnamese first: a browser set to English does not turn a Vietnamese government site
            // English on its own; the visible switch (or ?culture=en) does.
            foreach (var fromBrowser in options.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().ToList())
            {
                options.RequestCultureProviders.Remove(fromBrowser);
            }
        });

        mvc.Services.AddSingleton<CaseLabels>();
        return mvc;
    }
}
