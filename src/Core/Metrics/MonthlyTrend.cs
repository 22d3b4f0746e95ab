using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// One month of the trend: what was received and answered, and how many answers were on time. The counts are null
/// when the month is over and no snapshot of it was kept.
/// </summary>
public sealed record TrendMonth(MetricsPeriod Month, int? Received, int? Answered, int? AnsweredWithDueDate, int? AnsweredOnTime, DateTimeOffset? TakenAt)
{
    public bool Known => Received is not null;

    public decimal? OnTimeRate => AnsweredOnTime is { } onTime && AnsweredWithDueDate is { } withDueDate
        ? AgencyPeriodMetrics.Percent(onTime, withDueDate)
        : null;
}

/// <summary>
/// The twelve months to this one, for one agency or the whole city (issue 6, dashboards): each month from its snapshot
/// when the nightly job kept one (this month's is last night's); this month is computed now when it has none. A month
/// that is over is read only from its snapshot: computing the eleven of them took 4.8–5.7 s a page on the
/// 1,000,000-case bench database (bench/dashboards.sh, 2 cores, load ~3; 6–52 s at load ~16), past the 2 s a page may
/// take, so one the nightly job never kept shows "chưa có số liệu chốt". The same figures, counted the same way, as the
/// period pages show.
/// </summary>
public sealed class MonthlyTrend(AgencyMetricsService metrics, TimeProvider time)
{
    /// <param name="agencyCode">One agency, or null for the sum of every agency.</param>
    public async Task<IReadOnlyList<TrendMonth>> LastTwelveMonthsAsync(string? agencyCode, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = new List<TrendMonth>(12);
        for (var back = 11; back >= 0; back--)
        {
            var first = thisMonth.AddMonths(-back);
            var month = MetricsPeriod.Month(first.Year, first.Month);
            var figures = await metrics.SnapshotAsync(month, cancellationToken);
            if (figures is null && month.Last >= today)
            {
                figures = new AgencyPeriodFigures(month, await metrics.ForPeriodAsync(month, cancellationToken), null);
            }

            months.Add(figures is null ? new TrendMonth(month, null, null, null, null, null) : Sum(month, figures, agencyCode));
        }

        return months;
    }

    private static TrendMonth Sum(MetricsPeriod month, AgencyPeriodFigures figures, string? agencyCode)
    {
        var counted = figures.Agencies.Where(a => agencyCode is null || a.AgencyCode == agencyCode).ToList();
        return new TrendMonth(
            month,
            counted.Sum(a => a.Received),
            counted.Sum(a => a.Answered),
            counted.Sum(a => a.AnsweredWithDueDate),
            counted.Sum(a => a.AnsweredOnTime),
            figures.TakenAt);
    }
}
