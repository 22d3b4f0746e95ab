using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
