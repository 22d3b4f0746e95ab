using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>
/// Hộp thư hồ sơ: the cases the signed-in officer's agency leads (chủ trì) or, in the other tab, is asked to
/// coordinate (phối hợp), most urgent first, narrowed by the filters in the query string (<see cref="InboxFilter"/>).
/// Staff who handle no cases start in their own area instead.
/// </summary>
public sealed class IndexModel(
    FeedbackDbContext db,
    ReferenceDataCache referenceData,
    DeadlineRulesCache deadlineRules,
    IOptions<DeadlineOptions> deadlineOptions,
    IAuthorizationService authorization,
    TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public InboxFilter Filter { get; private set; } = InboxFilter.None;

    public int PageNumber { get; private set; } = 1;

    public string AgencyName { get; private set; } = "";

    /// <summary>How many cases the filter matches, on all pages.</summary>
    public int TotalCount { get; private set; }

    public int PageCount => InboxPage.PageCount(TotalCount, PageSize);

    /// <summary>The list runs past the pages offered: the officer is asked to narrow it.</summary>
    public bool IsCapped => TotalCount > InboxCounts.Cap;

    public InboxCounts Counts { get; private set; } = InboxCounts.Empty;

    /// <summary>"Sắp đến hạn" means due within this many working days, as the reminders count them.</summary>
    public int DueSoonWorkingDays => deadlineOptions.Value.RemindWorkingDaysBefore;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.CaseWorker)).Succeeded)
        {
            return StartPageOfOtherStaff();
        }

        var agency = User.AgencyCode()!;
        Directory = await referenceData.GetAsync(cancellationToken);
        AgencyName = Directory.AgencyName(agency);
        (Filter, PageNumber) = InboxFilter.Parse(Request.Query, Directory, ModelState);
        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var rules = await deadlineRules.GetAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        var inbox = new InboxQuery(db, agency, User.Actor().UserId, today, rules.Calendar.AddWorkingDays(today, DueSoonWorkingDays));
        Counts = await inbox.CountAsync(Filter, cancellationToken);
        var (total, pageNumber, ids) = await inbox.PageAsync(Filter, Counts, PageNumber, PageSize, cancellationToken);
        (TotalCount, PageNumber) = (total, pageNumber);

        var page = await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Row = new Row(c.TrackingCode, c.Title, c.Kind, c.Status, c.TopicCode, c.LocalityCode, c.ReceivedAt, c.LeadAgencyCode != agency),
                Clock = c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => new { e.Type, e.OccurredAt, e.Days }).ToList(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        Rows = ids
            .Select(id => page[id])
            .Select(p => p.Row with
            {
                Deadline = rules.StatusOf(CaseClock.From(p.Row.Kind, p.Row.ReceivedAt, p.Clock.Select(e => (e.Type, e.OccurredAt, e.Days))), today),
            })
            .ToList();
        return Page();
    }

    // Thanh tra, Sở Nội vụ's assessors and administrators have no inbox: each starts in their own area.
    private IActionResult StartPageOfOtherStaff() =>
        User.IsInRole(StaffRoles.Inspector) ? LocalRedirect("/thanh-tra")
        : User.IsInRole(StaffRoles.Assessor) ? LocalRedirect("/tong-hop")
        : User.IsInRole(StaffRoles.Administrator) ? LocalRedirect("/quan-tri/lich")
        : StatusCode(StatusCodes.Status403Forbidden);

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
