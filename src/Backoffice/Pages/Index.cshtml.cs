using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>Hộp thư hồ sơ: the cases the signed-in officer's agency leads or is asked to coordinate, most urgent first.</summary>
public sealed class IndexModel(FeedbackDbContext db, ReferenceDataCache referenceData, DeadlineRulesCache deadlineRules, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public string AgencyName { get; private set; } = "";

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agency = User.AgencyCode()!;
        Directory = await referenceData.GetAsync(cancellationToken);
        AgencyName = Directory.AgencyName(agency);

        var mine = db.Cases.AsNoTracking()
            .Where(c => c.LeadAgencyCode == agency || c.Coordinators.Any(k => k.AgencyCode == agency));
        TotalCount = await mine.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await mine
            // What is due first comes first; cases whose clock has stopped go last, newest first.
            .OrderBy(c => c.DueOn == null)
            .ThenBy(c => c.DueOn)
            .ThenByDescending(c => c.ReceivedAt)
            .ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new
            {
                Row = new Row(c.TrackingCode, c.Title, c.Kind, c.Status, c.TopicCode, c.LocalityCode, c.ReceivedAt, c.LeadAgencyCode != agency),
                Clock = c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => new { e.Type, e.OccurredAt, e.Days }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var rules = await deadlineRules.GetAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        Rows = page
            .Select(p => p.Row with
            {
                Deadline = rules.StatusOf(CaseClock.From(p.Row.Kind, p.Row.ReceivedAt, p.Clock.Select(e => (e.Type, e.OccurredAt, e.Days))), today),
            })
            .ToList();
    }

    public sealed record Row(
        string TrackingCode,
        string Title,
        CaseKind Kind,
        CaseStatus Status,
        string TopicCode,
        string? LocalityCode,
        DateTimeOffset ReceivedAt,
        bool Coordinating)
    {
        public DeadlineStatus? Deadline { get; init; }

        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();
    }
}
