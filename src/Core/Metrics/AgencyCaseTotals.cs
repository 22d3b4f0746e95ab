using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>One agency's cases in a period: what came in, what it answered, what ran late and what went to Thanh tra.</summary>
public sealed record AgencyCaseTotal(string AgencyCode, int Received, int Answered, int BecameOverdue, int Escalated, int OpenOverdue);

/// <summary>
/// Counts per lead agency for a period, straight from the case projection (no personal data), for Thanh tra's
/// task 4.6 page and Sở Nội vụ's overview. The scoring issue replaces this with snapshot metrics.
/// </summary>
public sealed class AgencyCaseTotals(FeedbackDbContext db)
{
    public async Task<IReadOnlyList<AgencyCaseTotal>> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, DateOnly today, CancellationToken cancellationToken)
    {
        var received = await CountByAgencyAsync(db.Cases.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to), cancellationToken);
        var answered = await CountByAgencyAsync(db.Cases.Where(c => c.AnsweredAt >= from && c.AnsweredAt < to), cancellationToken);
        var overdue = await CountByAgencyAsync(db.Cases.Where(c => c.OverdueEscalatedAt >= from && c.OverdueEscalatedAt < to), cancellationToken);
        var escalated = await CountByAgencyAsync(db.Cases.Where(c => c.FlaggedForReviewAt >= from && c.FlaggedForReviewAt < to), cancellationToken);
        var running = false;
        var openOverdue = await CountByAgencyAsync(db.Cases.Where(c => c.ClockPaused == running && c.DueOn != null && c.DueOn < today), cancellationToken);

        return received.Keys.Union(answered.Keys).Union(overdue.Keys).Union(escalated.Keys).Union(openOverdue.Keys)
            .Select(code => new AgencyCaseTotal(
                code,
                received.GetValueOrDefault(code),
                answered.GetValueOrDefault(code),
                overdue.GetValueOrDefault(code),
                escalated.GetValueOrDefault(code),
                openOverdue.GetValueOrDefault(code)))
            .ToList();
    }

    private static async Task<Dictionary<string, int>> CountByAgencyAsync(IQueryable<Cases.FeedbackCase> cases, CancellationToken cancellationToken) =>
        await cases.AsNoTracking()
            .GroupBy(c => c.LeadAgencyCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
