using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// Every night, the figures of the periods that include yesterday: its month, quarter and year, and the twelve
/// months to it. A period that ended yesterday is taken for the last time, with its backlog as it stood at its end.
/// Safe to run twice: a period's rows are replaced together.
/// </summary>
public sealed class SnapshotMetricsJob(FeedbackDbContext db, AgencyMetricsService metrics, TimeProvider time)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var yesterday = VietnamTime.Today(time).AddDays(-1);
        var periods = new[]
        {
            MetricsPeriod.Month(yesterday.Year, yesterday.Month),
            MetricsPeriod.Quarter(yesterday.Year, ((yesterday.Month - 1) / 3) + 1),
            MetricsPeriod.Year(yesterday.Year),
            MetricsPeriod.TwelveMonthsTo(yesterday),
        };

        var taken = 0;
        foreach (var period in periods)
        {
            taken += await TakeAsync(period, cancellationToken);
        }

        return taken;
    }

    /// <summary>Replaces a period's snapshot with the figures as they stand now (the backlog is now's: the job runs just after the day ends).</summary>
    public async Task<int> TakeAsync(MetricsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var figures = await metrics.ForPeriodAsync(period, backlogIsNow: true, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MetricsSnapshots.Where(s => s.PeriodFirst == period.First && s.PeriodLast == period.Last).ExecuteDeleteAsync(cancellationToken);
        db.MetricsSnapshots.AddRange(figures.Select(f => MetricsSnapshot.Take(period, f, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return figures.Count;
    }
}
