using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>One case with its full history, for the agencies that lead or coordinate it.</summary>
public sealed class DetailsModel(
    FeedbackDbContext db, ReferenceDataCache referenceData, DeadlineRulesCache deadlineRules, TimeProvider time, IAuthorizationService authorization)
    : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public DeadlineStatus? Deadline { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryParse(code, out var trackingCode))
        {
            return NotFound();
        }

        var found = await db.Cases.AsNoTracking()
            .Where(c => c.TrackingCode == trackingCode.Value)
            .Select(c => new CaseView(
                c.TrackingCode,
                c.Kind,
                c.Status,
                c.Channel,
                c.Title,
                c.Description,
                c.TopicCode,
                c.LocalityCode,
                c.InIndustrialZone,
                c.Filer.Type,
                c.Filer.FullName,
                c.Filer.OrganisationName,
                c.Filer.Phone,
                c.Filer.Email,
                c.ReceivedAt,
                c.LeadAgencyCode,
                c.OverseerAgencyCode,
                c.RoutingRuleCode,
                c.RoutingTask,
                c.Coordinators.Select(k => k.AgencyCode).ToList(),
                c.AssignedOfficerId,
                c.FlaggedForReviewAt != null && c.ReviewClosedAt == null,
                c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                    .Select(e => new HistoryEntry(e.Type, e.OccurredAt, e.AgencyCode, e.Note, e.IsPublic, e.Days))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);

        // Another agency's case answers exactly like a case that does not exist: its existence is not ours to tell.
        if (found is null
            || !(await authorization.AuthorizeAsync(User, new CaseAccess(found.LeadAgencyCode, found.Coordinators, found.AssignedOfficerId, found.InReviewQueue, found.Kind), CaseActionRequirement.View)).Succeeded)
        {
            return NotFound();
        }

        Case = found;
        Directory = await referenceData.GetAsync(cancellationToken);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        Deadline = rules.StatusOf(CaseClock.From(found.Kind, found.ReceivedAt, found.History.Select(e => (e.Type, e.OccurredAt, e.Days))), VietnamTime.Today(time));
        return Page();
    }

    public sealed record HistoryEntry(CaseEventType Type, DateTimeOffset OccurredAt, string? AgencyCode, string? Note, bool IsPublic, int? Days);

    public sealed record CaseView(
        string TrackingCode,
        CaseKind Kind,
        CaseStatus Status,
        CaseChannel Channel,
        string Title,
        string Description,
        string TopicCode,
        string? LocalityCode,
        bool InIndustrialZone,
        FilerType FilerType,
        string FilerName,
        string? FilerOrganisation,
        string? FilerPhone,
        string? FilerEmail,
        DateTimeOffset ReceivedAt,
        string LeadAgencyCode,
        string? OverseerAgencyCode,
        string RoutingRuleCode,
        string RoutingTask,
        IReadOnlyList<string> Coordinators,
        string? AssignedOfficerId,
        bool InReviewQueue,
        IReadOnlyList<HistoryEntry> History)
    {
        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();
    }
}
