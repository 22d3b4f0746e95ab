using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// Every agency's figures for a period, from the case history (issue 6). Each step counts for the agency that led
/// the case when it was taken (<see cref="CaseEvent.LeadAgencyCode"/>), so a later transfer moves nothing; an
/// answer's timing is what was recorded when it went out. A handful of grouped queries, each read from an index.
/// </summary>
public sealed class AgencyMetricsService(FeedbackDbContext db, TimeProvider time, IServiceScopeFactory scopes)
{
    private static readonly CaseStatus[] OpenStatuses =
        [CaseStatus.Received, CaseStatus.Accepted, CaseStatus.WaitingForFiler, CaseStatus.Suspended, CaseStatus.AwaitingApproval];

    /// <summary>The statuses of a case not yet answered, refused or closed: the backlog.</summary>
    public static IReadOnlyList<CaseStatus> Open => OpenStatuses;

    private static readonly CaseEventType[] CountedSteps =
        [CaseEventType.Accepted, CaseEventType.Refused, CaseEventType.Transferred, CaseEventType.Reopened, CaseEventType.AnswerPublished];

    /// <summary>
    /// The figures for a period: from its snapshot when the nightly job kept one, else computed now (a past
    /// period's backlog then unknown). <see cref="AgencyPeriodFigures.TakenAt"/> says which.
    /// </summary>
    public async Task<AgencyPeriodFigures> ReadAsync(MetricsPeriod period, CancellationToken cancellationToken) =>
        await SnapshotAsync(period, cancellationToken) ?? new AgencyPeriodFigures(period, await ForPeriodAsync(period, cancellationToken), null);

    /// <summary>The figures the nightly job kept for exactly this period, or null when it kept none.</summary>
    public async Task<AgencyPeriodFigures?> SnapshotAsync(MetricsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var snapshots = await db.MetricsSnapshots.AsNoTracking()
            .Where(s => s.PeriodFirst == period.First && s.PeriodLast == period.Last)
            .ToListAsync(cancellationToken);
        return snapshots.Count == 0
            ? null
            : new AgencyPeriodFigures(period, snapshots.Select(s => s.Read()).ToList(), snapshots.Max(s => s.TakenAt));
    }

    /// <summary>Computes the figures from the history now; the backlog is known only while the period runs.</summary>
    public Task<IReadOnlyList<AgencyPeriodMetrics>> ForPeriodAsync(MetricsPeriod period, CancellationToken cancellationToken) =>
        ForPeriodAsync(period, backlogIsNow: false, cancellationToken);

    /// <param name="backlogIsNow">
    /// Take today's backlog as the period's end: true for the nightly snapshot, taken just after a period ends.
    /// </param>
    internal async Task<IReadOnlyList<AgencyPeriodMetrics>> ForPeriodAsync(MetricsPeriod period, bool backlogIsNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);

        // The two reads that touch hundreds of thousands of rows run side by side, each on a connection of its own
        // (SQLite serves readers in parallel in WAL mode); the small ones follow on this one meanwhile.
        var receivedRead = Task.Run(() => InOwnScopeAsync(other => other.Cases.AsNoTracking()
            .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .GroupBy(c => new { c.ReceivingAgencyCode, c.Kind, c.Channel, c.TopicCode })
            .Select(g => new { g.Key.ReceivingAgencyCode, g.Key.Kind, g.Key.Channel, g.Key.TopicCode, Count = g.Count() })
            .ToListAsync(cancellationToken)), cancellationToken);
        var answersRead = Task.Run(() => InOwnScopeAsync(other => other.CaseEvents.AsNoTracking()
            .Where(e => e.Type == CaseEventType.Answered && e.OccurredAt >= start && e.OccurredAt < end)
            .Select(e => new AnswerTiming(e.LeadAgencyCode, e.OccurredAt, e.Days, e.DueOn))
            .ToListAsync(cancellationToken)), cancellationToken);

        var steps = await db.CaseEvents.AsNoTracking()
            .Where(e => CountedSteps.Contains(e.Type) && e.OccurredAt >= start && e.OccurredAt < end)
            .GroupBy(e => new { e.Type, e.LeadAgencyCode })
            .Select(g => new { g.Key.Type, g.Key.LeadAgencyCode, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var transferredIn = await db.CaseEvents.AsNoTracking()
            .Where(e => e.Type == CaseEventType.Transferred && e.OccurredAt >= start && e.OccurredAt < end)
            .GroupBy(e => e.AgencyCode)
            .Select(g => new { AgencyCode = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var escalated = await db.CaseEvents.AsNoTracking()
            .Where(e => e.Type == CaseEventType.FlaggedForReview && e.OccurredAt >= start && e.OccurredAt < end)
            .Select(e => new { e.LeadAgencyCode, e.CaseId })
            .Distinct()
            .GroupBy(e => e.LeadAgencyCode)
            .Select(g => new { LeadAgencyCode = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var answerRatings = await db.AnswerRatings.AsNoTracking()
            .Where(r => r.RatedAt >= start && r.RatedAt < end)
            .GroupBy(r => r.AgencyCode)
            .Select(g => new { AgencyCode = g.Key, Count = g.Count(), Satisfied = g.Count(r => r.Satisfied) })
            .ToListAsync(cancellationToken);

        var serviceRatings = await db.ServiceRatings.AsNoTracking()
            .Where(r => r.RatedAt >= start && r.RatedAt < end)
            .GroupBy(r => r.AgencyCode)
            .Select(g => new { AgencyCode = g.Key, Count = g.Count(), Satisfied = g.Sum(r => r.SatisfiedCount), Points = g.Sum(r => r.Total) })
            .ToListAsync(cancellationToken);

        var backlog = await OpenAtEndAsync(period, backlogIsNow, cancellationToken);
        var received = await receivedRead;
        var answers = await answersRead;

        var codes = received.Select(r => r.ReceivingAgencyCode)
            .Concat(steps.Select(s => s.LeadAgencyCode))
            .Concat(transferredIn.Select(t => t.AgencyCode))
            .Concat(escalated.Select(e => e.LeadAgencyCode))
            .Concat(answers.Select(a => a.AgencyCode))
            .Concat(answerRatings.Select(r => r.AgencyCode))
            .Concat(serviceRatings.Select(r => r.AgencyCode))
            .Concat(backlog?.Keys ?? Enumerable.Empty<string>())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var receivedBy = received.ToLookup(r => r.ReceivingAgencyCode, StringComparer.Ordinal);
        var answersBy = answers.ToLookup(a => a.AgencyCode, StringComparer.Ordinal);
        return codes.Select(code =>
        {
            var mine = receivedBy[code].ToList();
            int Step(CaseEventType type) => steps.FirstOrDefault(s => s.Type == type && s.LeadAgencyCode == code)?.Count ?? 0;
            var timing = AnswerTimes.Of(answersBy[code]);
            var rated = answerRatings.FirstOrDefault(r => r.AgencyCode == code);
            var service = serviceRatings.FirstOrDefault(r => r.AgencyCode == code);
            var open = backlog is null ? default((int Open, int Overdue)?) : backlog.GetValueOrDefault(code);
            return new AgencyPeriodMetrics
            {
                AgencyCode = code,
                Received = mine.Sum(r => r.Count),
                ReceivedByKind = mine.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                ReceivedByChannel = mine.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                ReceivedByTopic = mine.GroupBy(r => r.TopicCode).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                Accepted = Step(CaseEventType.Accepted),
                Refused = Step(CaseEventType.Refused),
                TransferredOut = Step(CaseEventType.Transferred),
                TransferredIn = transferredIn.FirstOrDefault(t => t.AgencyCode == code)?.Count ?? 0,
                Reopened = Step(CaseEventType.Reopened),
                Published = Step(CaseEventType.AnswerPublished),
                Escalated = escalated.FirstOrDefault(e => e.LeadAgencyCode == code)?.Count ?? 0,
                Answered = timing.Count,
                AnsweredWithDueDate = timing.WithDueDate,
                AnsweredOnTime = timing.OnTime,
                MedianWorkingDaysToAnswer = timing.Median,
                P90WorkingDaysToAnswer = timing.P90,
                OpenAtEnd = open?.Open,
                OverdueAtEnd = open?.Overdue,
                AnswersRated = rated?.Count ?? 0,
                AnswersSatisfied = rated?.Satisfied ?? 0,
                ServiceRatings = service?.Count ?? 0,
                ServiceIndicatorsSatisfied = service?.Satisfied ?? 0,
                ServicePoints = service?.Points ?? 0,
            };
        }).ToList();
    }

    /// <summary>
    /// Open and overdue cases per agency at the period's end. Known only while the period runs (it is now); a
    /// past end is read from the nightly snapshot, and null when none was kept, never a guess.
    /// </summary>
    private async Task<Dictionary<string, (int Open, int Overdue)>?> OpenAtEndAsync(MetricsPeriod period, bool backlogIsNow, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        if (period.Last < today && !backlogIsNow)
        {
            return null;
        }

        var running = false;
        var rows = await db.Cases.AsNoTracking()
            .Where(c => OpenStatuses.Contains(c.Status))
            .GroupBy(c => c.LeadAgencyCode)
            .Select(g => new { AgencyCode = g.Key, Open = g.Count(), Overdue = g.Count(c => c.ClockPaused == running && c.DueOn != null && c.DueOn < today) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.AgencyCode, r => (r.Open, r.Overdue), StringComparer.Ordinal);
    }

    /// <summary>An answer is on time when its day in Hải Phòng is no later than the due date then in force.</summary>
    public static bool IsOnTime(DateTimeOffset answeredAt, DateOnly dueOn) => VietnamTime.ToLocalDate(answeredAt) <= dueOn;

    private async Task<T> InOwnScopeAsync<T>(Func<FeedbackDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }

    private sealed record AnswerTiming(string? AgencyCode, DateTimeOffset At, int? WorkingDays, DateOnly? DueOn);

    private sealed record AnswerTimes(int Count, int WithDueDate, int OnTime, decimal? Median, decimal? P90)
    {
        public static AnswerTimes Of(IEnumerable<AnswerTiming> answers)
        {
            var list = answers.ToList();
            var known = list.Where(a => a.DueOn is not null).ToList();
            var onTime = known.Count(a => IsOnTime(a.At, a.DueOn!.Value));
            var days = list.Where(a => a.WorkingDays is not null).Select(a => a.WorkingDays!.Value).Order().ToList();
            return new AnswerTimes(list.Count, known.Count, onTime, Percentiles.Median(days), Percentiles.NearestRank(days, 90));
        }
    }
}

/// <summary>A period's figures for every agency, and when they were taken: null when computed just now.</summary>
public sealed record AgencyPeriodFigures(MetricsPeriod Period, IReadOnlyList<AgencyPeriodMetrics> Agencies, DateTimeOffset? TakenAt);

/// <summary>The percentiles the metrics quote, defined once so a figure can be checked by hand.</summary>
public static class Percentiles
{
    /// <summary>The middle value of sorted values; the mean of the two middle ones for an even count.</summary>
    public static decimal? Median(IReadOnlyList<int> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The median of values in any order (the mean of the two middle ones for an even count): a city's median of agencies' figures.</summary>
    public static decimal? MedianOf(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="percent"/>% of values at or below it.</summary>
    public static decimal? NearestRank(IReadOnlyList<int> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100m * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
