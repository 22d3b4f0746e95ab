using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DanVan.Feedback.Portal.Pages;

/// <summary>
/// The language switch in the header: a plain link, so it works without JavaScript. It remembers the
/// choice in the standard culture cookie and goes back to the page it was clicked on, only ever a
/// page of this site (an outside or odd address goes home instead, so it cannot be an open redirect).
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class LanguageModel : PageModel
{
    public const string Path = "/ngon-ngu";

    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        if (PortalLocalization.Find(culture) is { } chosen)
        {
            PortalLocalization.Remember(HttpContext, chosen);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutCulture(returnUrl) : "/");
    }

    /// <summary>The switch's address from the page being shown (the original address on an error page).</summary>
    public static string For(HttpContext context, string culture)
    {
        var request = context.Request;
        var here = context.Features.Get<IStatusCodeReExecuteFeature>() is { } failed
            ? failed.OriginalPathBase + failed.OriginalPath + failed.OriginalQueryString
            : request.PathBase + request.Path + request.QueryString;
        return QueryHelpers.AddQueryString(Path, new Dictionary<string, string?> { ["culture"] = culture, ["returnUrl"] = here });
    }

    // A ?culture= left in the address would outrank the cookie just set and undo the switch.
    private static string WithoutCulture(string returnUrl)
    {
        var queryStart = returnUrl.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return returnUrl;
        }

        var kept = QueryHelpers.ParseQuery(returnUrl[queryStart..])
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value, (p, value) => KeyValuePair.Create(p.Key, value));
        return returnUrl[..queryStart] + QueryString.Create(kept);
    }
}
