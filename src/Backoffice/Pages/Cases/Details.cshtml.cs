using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>
/// One case with its full history and the steps the signed-in member of staff may take, for the agencies
/// that lead or coordinate it and for Thanh tra when it is in their queue. Every view of the filer's
/// personal data is audited; a denouncer's identity is shown only on an explicit, reasoned, audited reveal.
/// </summary>
public sealed partial class DetailsModel(
    FeedbackDbContext db,
    ReferenceDataCache referenceData,
    DeadlineRulesCache deadlineRules,
    IdentitySealer sealer,
    TimeProvider time,
    IAuthorizationService authorization)
    : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public DeadlineStatus? Deadline { get; private set; }

    public IReadOnlyList<CaseActionInfo> Steps { get; private set; } = [];

    public bool CanRevealIdentity { get; private set; }

    /// <summary>The denouncer's identity, only in the response to a reveal.</summary>
    public DenouncerIdentity? Revealed { get; private set; }

    [BindProperty]
    public string? RevealReason { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } problem)
        {
            return problem;
        }

        Audit(AuditAction.CaseViewed, Case.FilerWithheld ? "Xem hồ sơ (danh tính người tố cáo được che)" : "Xem hồ sơ và thông tin người gửi");
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Luật Tố cáo 2018, Điều 47–48: only those who resolve the case see the denouncer, for a stated reason, and every time it is recorded.</summary>
    public async Task<IActionResult> OnPostRevealAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (!Case.FilerWithheld || !CanRevealIdentity)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(RevealReason))
        {
            ModelState.AddModelError(nameof(RevealReason), "Vui lòng nêu lý do cần xem danh tính người tố cáo.");
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var sealedIdentity = await db.Cases.AsNoTracking().Where(c => c.TrackingCode == Case.TrackingCode).Select(c => c.SealedIdentity).SingleAsync(cancellationToken);
        Revealed = sealer.Open(sealedIdentity!);
        Audit(AuditAction.IdentityRevealed, RevealReason.Trim());
        await db.SaveChangesAsync(cancellationToken);

        // The identity must not linger in a browser or proxy cache.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private void Audit(AuditAction action, string detail) =>
        db.AuditLog.Record(HttpContext, action, time.GetUtcNow(), Case.TrackingCode, detail);

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryParse(code, out var trackingCode))
        {
            return NotFound();
        }

        var found = await db.Cases.AsNoTracking()
            .Where(c => c.TrackingCode == trackingCode.Value)
            .Select(c => new CaseView(
                c.TrackingCode, c.Kind, c.Status, c.Channel, c.Title, c.Description, c.TopicCode, c.LocalityCode, c.InIndustrialZone,
                c.Filer.Type, c.Filer.FullName, c.Filer.OrganisationName, c.Filer.Phone, c.Filer.Email, c.Filer.IsWithheld,
                c.ReceivedAt, c.LeadAgencyCode, c.OverseerAgencyCode, c.RoutingRuleCode, c.RoutingTask,
                c.Coordinators.Select(k => k.AgencyCode).ToList(),
                c.AssignedOfficerId, c.AssignedOfficerName, FeedbackCase.IsInReviewQueue(c.FlaggedForReviewAt, c.ReviewClosedAt), c.ReviewReasons,
                c.IsComplex, c.SignatoryCount, c.ConsentsToPublication, c.AnswerDraft, c.AnswerText, c.PublishedAnswer, c.Version,
                c.Complaint, c.Denunciation, c.IsAnonymousReport,
                c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                    .Select(e => new HistoryEntry(e.Type, e.OccurredAt, e.AgencyCode, e.Note, e.IsPublic, e.Days, e.ActorName))
                    .ToList(),
                c.Enterprise == null
                    ? null
                    : new EnterpriseView(
                        c.Enterprise.TaxCode,
                        db.IndustrialParks.Where(p => p.Code == c.Enterprise.IndustrialParkCode).Select(p => p.Name).FirstOrDefault(),
                        c.Enterprise.ContactPosition),
                c.PlaceAddress, c.Latitude, c.Longitude,
                c.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentEntry(a.Id, a.DisplayName, a.Kind, a.Length)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

        // Another agency's case answers exactly like a case that does not exist: its existence is not ours to tell.
        if (found is null || !await MayAsync(found.Access, CaseAction.View))
        {
            return NotFound();
        }

        Case = found;
        Directory = await referenceData.GetAsync(cancellationToken);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        Deadline = rules.StatusOf(CaseClock.From(found.Kind, found.ReceivedAt, found.History.Select(e => (e.Type, e.OccurredAt, e.Days))), VietnamTime.Today(time));

        var steps = new List<CaseActionInfo>();
        foreach (var step in CaseActionCatalog.All.Where(s => s.OfferedIn.Contains(found.Status)))
        {
            if (await MayAsync(found.Access, step.Action))
            {
                steps.Add(step);
            }
        }

        Steps = steps;
        CanRevealIdentity = found.FilerWithheld && await MayAsync(found.Access, CaseAction.RevealIdentity);
        return null;
    }

    private async Task<bool> MayAsync(CaseAccess access, CaseAction action) =>
        (await authorization.AuthorizeAsync(User, access, CaseActionRequirement.For(action))).Succeeded;
}
