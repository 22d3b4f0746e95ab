using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages;

/// <summary>
/// The page shown for an error status, in words a filer can act on. It answers any method, since it
/// is re-executed for the request that failed, and must not demand a token of its own.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<ErrorText> text) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? statusCode) => Describe(statusCode);

    public void OnPost(int? statusCode) => Describe(statusCode);

    private void Describe(int? statusCode)
    {
        var reason = statusCode switch
        {
            400 => "BadRequest",
            404 => "NotFound",
            413 => "TooLarge",
            _ => "Unexpected",
        };
        Heading = text[$"Error.{reason}.Heading"];
        Explanation = text[$"Error.{reason}.Explanation"];
    }
}
