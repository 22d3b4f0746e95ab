using DanVan.Feedback.Core.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>The confirmation after filing. The code travels in TempData, never in the address bar.</summary>
public sealed class SentModel : PageModel
{
    /// <summary>This page's route (its @page directive), where every intake form sends the filer once the case is filed.</summary>
    public const string Path = "/phan-anh/da-gui";

    public const string CodeKey = "FiledCode";
    public const string AgencyKey = "FiledAgency";

    /// <summary>What was filed, when not a phản ánh or kiến nghị: the complaint and denunciation journeys share this confirmation.</summary>
    public const string KindKey = "FiledKind";
    public const string ComplaintKind = "Complaint";
    public const string DenunciationKind = "Denunciation";
    public const string AnonymousReportKind = "AnonymousReport";

    /// <summary>The resource key of the heading: "Sent.Title", or "Sent.Title.Complaint" and the like.</summary>
    public string TitleKey { get; private set; } = "Sent.Title";

    public string Code { get; private set; } = "";

    /// <summary>Remembers a filed case for this page; <paramref name="kind"/> names a complaint, denunciation or anonymous report.</summary>
    public static void Remember(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, FiledCase filed, string? kind)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        ArgumentNullException.ThrowIfNull(filed);
        tempData[CodeKey] = filed.Code.ToString();
        tempData[AgencyKey] = filed.LeadAgencyName;
        if (kind is not null)
        {
            tempData[KindKey] = $"{kind} {filed.Code}";
        }
    }

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
        TempData.Keep(KindKey);
        // The kind is stored with its code, so a phản ánh filed later in the same session is not titled as the earlier complaint.
        if (TempData.Peek(KindKey) is string kindOfCode && kindOfCode.Split(' ') is [var kind and (ComplaintKind or DenunciationKind or AnonymousReportKind), var ofCode]
            && ofCode == code)
        {
            TitleKey = $"Sent.Title.{kind}";
        }

        Code = code;
        AgencyName = agency;
        return Page();
    }
}
