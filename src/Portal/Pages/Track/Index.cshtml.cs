using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>
/// Tra cứu: the code together with the filer's phone or e-mail shows where a case stands. Both are
/// needed, and a mismatch says no more than "not found", so a code alone reveals nothing.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Lookup)]
public sealed class IndexModel(FeedbackDbContext db, ReferenceDataCache referenceData, DeadlineRulesCache deadlineRules, TimeProvider time, IdentitySealer sealer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CaseStatusView? Result { get; private set; }

    public bool NoMatch { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.Code) && !TrackingCode.TryParse(Input.Code, out _))
        {
            ModelState.AddModelError("Input.Code", "Mã tra cứu chưa đúng. Mã gồm 8 ký tự, ví dụ ABCD-EFGH; quý vị vui lòng kiểm tra lại.");
        }

        if (!ModelState.IsValid)
        {
            ViewData["HasErrors"] = true;
            return Status(StatusCodes.Status400BadRequest);
        }

        var code = TrackingCode.Parse(Input.Code!);
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.TrackingCode == code.Value)
            .Select(c => new
            {
                c.Filer,
                c.SealedIdentity,
                c.Kind,
                c.Status,
                c.Title,
                c.ReceivedAt,
                c.LeadAgencyCode,
                c.AnswerText,
                // The whole history once: the clock needs every event, the filer sees the public ones.
                History = c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                    .Select(e => new { e.Type, e.OccurredAt, e.Days, e.AgencyCode, e.IsPublic, e.Note })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        // A denouncer's contact is sealed: it is opened here only to compare, never shown.
        if (found is null
            || !(found.SealedIdentity is { } sealedIdentity ? sealer.Open(sealedIdentity).HasContact(Input.Contact!) : found.Filer.HasContact(Input.Contact!)))
        {
            NoMatch = true;
            return Status(StatusCodes.Status404NotFound);
        }

        var directory = await referenceData.GetAsync(cancellationToken);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var clock = CaseClock.From(found.Kind, found.ReceivedAt, found.History.Select(e => (e.Type, e.OccurredAt, e.Days)));
        Result = new CaseStatusView(
            code.ToString(), found.Kind, found.Status, found.Title, found.ReceivedAt,
            directory.AgencyName(found.LeadAgencyCode),
            rules.StatusOf(clock, VietnamTime.Today(time)),
            found.History.Where(e => e.IsPublic)
                .Select(e => new TimelineEntry(
                    e.Type, e.OccurredAt, e.AgencyCode is null ? null : directory.AgencyName(e.AgencyCode), TimelineEntry.ShowsNote(e.Type) ? e.Note : null))
                .ToList(),
            found.AnswerText);
        return Page();
    }

    private PageResult Status(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Quý vị vui lòng nhập mã tra cứu.")]
        [StringLength(TrackingCode.MaxInputLength, ErrorMessage = "Mã tra cứu chưa đúng. Mã gồm 8 ký tự, ví dụ ABCD-EFGH; quý vị vui lòng kiểm tra lại.")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng nhập số điện thoại hoặc thư điện tử đã khai khi gửi.")]
        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Thông tin liên hệ không quá {1} ký tự.")]
        public string? Contact { get; set; }
    }

    /// <summary>A public timeline entry, with the name of the agency it concerns.</summary>
    public sealed record TimelineEntry(CaseEventType Type, DateTimeOffset OccurredAt, string? AgencyName, string? Note)
    {
        /// <summary>What the filer must read in the agency's own words: what to supply, why it was refused, why it was extended or moved.</summary>
        public static bool ShowsNote(CaseEventType type) =>
            type is CaseEventType.InformationRequested or CaseEventType.Refused or CaseEventType.Extended or CaseEventType.Transferred;
    }

    public sealed record CaseStatusView(
        string Code,
        CaseKind Kind,
        CaseStatus Status,
        string Title,
        DateTimeOffset ReceivedAt,
        string LeadAgencyName,
        DeadlineStatus? Deadline,
        IReadOnlyList<TimelineEntry> Timeline,
        string? AnswerMarkdown);
}
