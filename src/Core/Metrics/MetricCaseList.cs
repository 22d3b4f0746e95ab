using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>A count of <see cref="AgencyPeriodMetrics"/> that can be opened to the cases behind it.</summary>
public enum MetricFigure
{
    Received,
    Accepted,
    Refused,
    TransferredOut,
    TransferredIn,
    Answered,
    AnsweredLate,
    Reopened,
    Escalated,
    Published,
}

/// <summary>One case behind a figure, without personal data: assessors see these lists too.</summary>
public sealed record MetricCaseRow(
    long CaseId, string TrackingCode, CaseKind Kind, string TopicCode, DateTimeOffset ReceivedAt, DateTimeOffset At, DateOnly? DueOn, int? WorkingDays);

/// <summary>The cases behind one figure of one agency in one period, counted exactly as the figure counts them.</summary>
public sealed class MetricCaseList(FeedbackDbContext db)
{
    public const int PageSize = 50;

    public Task<(IReadOnlyList<MetricCaseRow> Rows, int Total)> ListAsync(
        MetricsPeriod period, string agencyCode, MetricFigure figure, int page, CancellationToken cancellationToken) =>
        SliceAsync(period, agencyCode, figure, (Math.Max(page, 1) - 1) * PageSize, PageSize, cancellationToken);

    /// <summary>The first <paramref name="limit"/> cases in the list's order, for an export; the total counts them all.</summary>
    public Task<(IReadOnlyList<MetricCaseRow> Rows, int Total)> ListFirstAsync(
        MetricsPeriod period, string agencyCode, MetricFigure figure, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return SliceAsync(period, agencyCode, figure, 0, limit, cancellationToken);
    }

    private async Task<(IReadOnlyList<MetricCaseRow> Rows, int Total)> SliceAsync(
        MetricsPeriod period, string agencyCode, MetricFigure figure, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        IQueryable<Row> rows;
        if (figure == MetricFigure.Received)
        {
            rows = db.Cases.Where(c => c.ReceivingAgencyCode == agencyCode && c.ReceivedAt >= start && c.ReceivedAt < end)
                .Select(c => new Row { CaseId = c.Id, TrackingCode = c.TrackingCode, Kind = c.Kind, TopicCode = c.TopicCode, ReceivedAt = c.ReceivedAt, At = c.ReceivedAt });
        }
        else
        {
            var type = figure switch
            {
                MetricFigure.Accepted => CaseEventType.Accepted,
                MetricFigure.Refused => CaseEventType.Refused,
                MetricFigure.TransferredOut or MetricFigure.TransferredIn => CaseEventType.Transferred,
                MetricFigure.Answered or MetricFigure.AnsweredLate => CaseEventType.Answered,
                MetricFigure.Reopened => CaseEventType.Reopened,
                MetricFigure.Escalated => CaseEventType.FlaggedForReview,
                MetricFigure.Published => CaseEventType.AnswerPublished,
                _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
            };
            var events = db.CaseEvents.Where(e => e.Type == type && e.OccurredAt >= start && e.OccurredAt < end);
            events = figure == MetricFigure.TransferredIn ? events.Where(e => e.AgencyCode == agencyCode) : events.Where(e => e.LeadAgencyCode == agencyCode);
            rows = events.Join(
                db.Cases,
                e => e.CaseId,
                c => c.Id,
                (e, c) => new Row
                {
                    CaseId = c.Id, TrackingCode = c.TrackingCode, Kind = c.Kind, TopicCode = c.TopicCode, ReceivedAt = c.ReceivedAt,
                    At = e.OccurredAt, DueOn = e.DueOn, WorkingDays = e.Days,
                });
        }

        if (figure is not (MetricFigure.AnsweredLate or MetricFigure.Escalated))
        {
            var total = await rows.CountAsync(cancellationToken);
            var pageRows = await rows.AsNoTracking().OrderBy(r => r.At).ThenBy(r => r.CaseId).Skip(skip).Take(take).ToListAsync(cancellationToken);
            return (pageRows.Select(r => r.ToRow()).ToList(), total);
        }

        // Late and escalated are decided as the figures decide them: by the answer's own day against its due date,
        // and each case once on Thanh tra's queue.
        var list = await rows.AsNoTracking().ToListAsync(cancellationToken);
        list = figure == MetricFigure.AnsweredLate
            ? list.Where(r => r.DueOn is { } due && !AgencyMetricsService.IsOnTime(r.At, due)).ToList()
            : list.GroupBy(r => r.CaseId).Select(g => g.MinBy(r => r.At)!).ToList();
        var ordered = list.OrderBy(r => r.At).ThenBy(r => r.CaseId).ToList();
        return (ordered.Skip(skip).Take(take).Select(r => r.ToRow()).ToList(), ordered.Count);
    }

    // A member-initialised shape EF can order and page in SQL; a positional record it could not.
    private sealed class Row
    {
        public long CaseId { get; init; }

        public string TrackingCode { get; init; } = "";

        public CaseKind Kind { get; init; }

        public string TopicCode { get; init; } = "";

        public DateTimeOffset ReceivedAt { get; init; }

        public DateTimeOffset At { get; init; }

        public DateOnly? DueOn { get; init; }

        public int? WorkingDays { get; init; }

        public MetricCaseRow ToRow() => new(CaseId, TrackingCode, Kind, TopicCode, ReceivedAt, At, DueOn, WorkingDays);
    }
}
