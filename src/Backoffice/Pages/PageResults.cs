using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages;

public static class PageResults
{
    /// <summary>The page again, with the status that says why: 400 for input to correct, 409 stale, 422 refused.</summary>
    public static PageResult PageWithStatus(this PageModel model, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = model.Page();
        page.StatusCode = statusCode;
        return page;
    }
}
