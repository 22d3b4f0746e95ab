using DanVan.Feedback.Backoffice.Pages.Overview;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Review;

/// <summary>
/// Thanh tra's view of escalations (issue 6, dashboards): per agency, the cases put on the review queue in a period
/// (the metrics' escalated figure, each opening to its cases), and the complaints open past their due date today.
/// </summary>
public sealed class EscalationsModel(AgencyMetricsService metrics, FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    public PeriodQuery Query { get; private set; } = new(null, null, null, null, null);

    public MetricsPeriod? Period { get; private set; }

    public string? Problem { get; private set; }

    public DateTimeOffset? TakenAt { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        Query = PeriodQuery.From(Request.Query, Today);
        (Period, Problem) = Query.Resolve(Today);
        if (Period is null || Problem is not null)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var figures = await metrics.ReadAsync(Period, cancellationToken);
        TakenAt = figures.TakenAt;

        // Today's state, not the period's: a complaint still open past its due date (Luật Khiếu nại 2011: 30 days from thụ lý, 45 if complex), its
        // clock running. The same rule as the metrics' overdue backlog.
        var today = Today;
        var pending = await db.Cases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.Complaint && AgencyMetricsService.Open.Contains(c.Status))
            .Where(OverdueCases.On(today))
            .GroupBy(c => c.LeadAgencyCode)
            .Select(g => new { AgencyCode = g.Key, Count = g.Count(), OldestDue = g.Min(c => c.DueOn) })
            .ToListAsync(cancellationToken);

        var directory = await referenceData.GetAsync(cancellationToken);
        var escalated = figures.Agencies.Where(a => a.Escalated > 0).ToDictionary(a => a.AgencyCode, StringComparer.Ordinal);
        var late = pending.ToDictionary(p => p.AgencyCode, StringComparer.Ordinal);
        Rows = escalated.Keys.Union(late.Keys, StringComparer.Ordinal)
            .Select(code => new Row(
                code,
                directory.AgencyName(code),
                escalated.GetValueOrDefault(code)?.Escalated ?? 0,
                escalated.GetValueOrDefault(code)?.EscalatedShare,
                late.GetValueOrDefault(code)?.Count ?? 0,
                late.GetValueOrDefault(code)?.OldestDue is { } due ? today.DayNumber - due.DayNumber : null))
            .OrderByDescending(r => r.Escalated + r.ComplaintsOverdue)
            .ThenBy(r => r.AgencyName, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))
            .ToList();
        return Page();
    }

    public string CasesLink(Row row) =>
        $"/tong-hop/ho-so?co-quan={Uri.EscapeDataString(row.AgencyCode)}&chi-so={MetricFigureNames.Slug(MetricFigure.Escalated)}&{PeriodQuery.ToQuery(Period!)}";

    /// <param name="DaysPastDue">Calendar days since the due date of the agency's longest-overdue complaint.</param>
    public sealed record Row(string AgencyCode, string AgencyName, int Escalated, decimal? EscalatedShare, int ComplaintsOverdue, int? DaysPastDue);
}
