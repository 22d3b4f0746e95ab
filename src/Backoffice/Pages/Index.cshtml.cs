using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
