using System.Globalization;
using System.Reflection;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// The Portal in Vietnamese first and English too (ADR 0009): text in Resources/ by marker class,
/// the culture from <c>?culture=</c> or the cookie the language switch sets, never from the browser's
/// Accept-Language.
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
        // Resources/ of the Portal and of src/Web (the case vocabulary), each string read once per culture.
        mvc.AddSharedWeb();
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

        return mvc;
    }

    /// <summary>
    /// Request localization, with a culture taken from the address (a link with <c>?culture=en</c>,
    /// say on the economic zone authority's English site) kept in the cookie, so the next click
    /// stays in that language.
    /// </summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } fromAddress)
            {
                Remember(context, fromAddress.RequestCulture.UICulture);
            }

            return next(context);
        });
    }

    /// <summary>Keeps the chosen language in the standard culture cookie for a year.</summary>
    public static void Remember(HttpContext context, CultureInfo culture)
    {
        var name = CookieRequestCultureProvider.DefaultCookieName;
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
        // Once is enough: already held by the browser, or already set on this response (the switch's
        // own address carries ?culture= too).
        if (context.Request.Cookies[name] == value
            || context.Response.Headers.SetCookie.Any(cookie => cookie?.StartsWith(name + "=", StringComparison.Ordinal) == true))
        {
            return;
        }

        context.Response.Cookies.Append(name, value, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            // A preference the site needs to be read in the chosen language, not tracking.
            IsEssential = true,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
        });
    }
}
