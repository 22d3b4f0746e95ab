using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
