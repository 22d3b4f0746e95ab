using Microsoft.AspNetCore.Mvc;

namespace DanVan.Feedback.Portal;

/// <summary>
/// 303 See Other: after a form is stored, the browser fetches the next page with GET, so a reload
/// or the back button never files the case twice.
/// </summary>
public sealed class SeeOtherResult(string location) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
