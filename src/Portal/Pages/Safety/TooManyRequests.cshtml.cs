using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages.Safety;

/// <summary>
/// The page a client over its rate limit reads (429, re-executed by the status-code pages). It
/// answers any method and demands no token, like the error page, and says when to try again.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TooManyRequestsModel : PageModel
{
    public int RetryAfterMinutes { get; private set; } = 1;

    public void OnGet() => ReadRetryAfter();

    public void OnPost() => ReadRetryAfter();

    private void ReadRetryAfter()
    {
        if (int.TryParse(Response.Headers.RetryAfter, out var seconds) && seconds > 0)
        {
            RetryAfterMinutes = (seconds + 59) / 60;
        }
    }
}
