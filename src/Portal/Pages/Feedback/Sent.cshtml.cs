using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>The confirmation after filing. The code travels in TempData, never in the address bar.</summary>
public sealed class SentModel : PageModel
{
    public const string CodeKey = "FiledCode";
    public const string AgencyKey = "FiledAgency";

    public string Code { get; private set; } = "";

    public string AgencyName { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (TempData[CodeKey] is not string code || TempData[AgencyKey] is not string agency)
        {
            // Reloaded or opened directly: the code was shown once; the filer can still look the case up.
            return RedirectToPage("/Track/Index");
        }

        Code = code;
        AgencyName = agency;
        return Page();
    }
}
