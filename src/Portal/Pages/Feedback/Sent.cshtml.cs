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
            // Opened without a fresh filing in this browser session: the filer can still look the case up.
            return RedirectToPage("/Track/Index");
        }

        // Kept for the rest of the browser session, so switching language on this page (or reloading
        // it) shows the code again instead of losing it; the cookie is protected and ends with the session.
        TempData.Keep(CodeKey);
        TempData.Keep(AgencyKey);
        Code = code;
        AgencyName = agency;
        return Page();
    }
}
