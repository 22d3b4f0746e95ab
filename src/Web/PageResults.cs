using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Web;

/// <summary>How a page of either site answers a post it cannot carry out: the page again, with a status that says why.</summary>
public static class PageResults
{
    /// <summary>The page again, with the status that says why: 400 for input to correct, 404 not found, 409 stale, 422 refused.</summary>
    public static PageResult PageWithStatus(this PageModel model, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = model.Page();
        page.StatusCode = statusCode;
        return page;
    }

    /// <summary>
    /// The form again with its errors and a 400. <c>ViewData["HasErrors"]</c> lets the layout start the title with
    /// "Lỗi:", the first thing a screen reader says of the page.
    /// </summary>
    public static PageResult Invalid(this PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ViewData["HasErrors"] = true;
        return model.PageWithStatus(StatusCodes.Status400BadRequest);
    }
}
