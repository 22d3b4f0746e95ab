using DanVan.Feedback.Core.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Review;

/// <summary>An inspector names a case by its code (heard of at a citizen reception, say) to put it in the queue.</summary>
public sealed class FlagModel : PageModel
{
    public IActionResult OnGet([FromQuery(Name = "ma")] string? code)
    {
        if (!TrackingCode.TryParse(code, out var trackingCode))
        {
            TempData["ReviewError"] = "Mã hồ sơ chưa đúng. Mã gồm 8 ký tự, ví dụ ABCD-EFGH.";
            return LocalRedirect("/thanh-tra");
        }

        return LocalRedirect($"/ho-so/{trackingCode}/dua-vao-ra-soat");
    }
}
