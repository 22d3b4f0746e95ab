using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// What the deadline jobs read of a case: a few columns and its clock, untracked, at <see cref="Version"/>; a job
/// writes back only where the case is still at that version.
/// </summary>
public sealed record CaseClockRow(
    long Id,
    int Version,
    string TrackingCode,
    string Title,
    string LeadAgencyCode,
    DateOnly? DueOn,
    bool ClockPaused,
    DateOnly? RemindedForDueOn,
    DateTimeOffset? OverdueEscalatedAt,
    DateTimeOffset? FlaggedForReviewAt,
    bool InReviewQueue,
    ReviewReasons ReviewReasons,
    string? AssignedOfficerId,
    CaseClock Clock)
{
    public string DisplayCode => Cases.TrackingCode.Parse(TrackingCode).ToString();
}

/// <summary>
/// Reads the candidates of a sweep in id order and in batches: first their ids (one index seek), then
/// each batch by id range as a no-tracking projection with its history. Tracking a million cases and
/// their events would cost more than judging them.
/// </summary>
internal static class CaseClockBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<CaseClockRow>> ReadAsync(
        IQueryable<FeedbackCase> candidates,
        int batchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await candidates.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(batchSize))
        {
            var (first, last) = (chunk[0], chunk[^1]);
            var rows = await candidates.AsNoTracking()
                .Where(c => c.Id >= first && c.Id <= last)
                .OrderBy(c => c.Id)
                .Select(c => new
                {
                    c.Id,
                    c.Version,
                    c.Kind,
                    c.ReceivedAt,
                    c.TrackingCode,
                    c.Title,
                    c.LeadAgencyCode,
                    c.DueOn,
                    c.ClockPaused,
                    c.JobMarks.RemindedForDueOn,
                    c.JobMarks.OverdueEscalatedAt,
                    c.FlaggedForReviewAt,
                    c.ReviewClosedAt,
                    c.ReviewReasons,
                    c.AssignedOfficerId,
                    Events = c.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => new { e.Type, e.OccurredAt, e.Days }).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            yield return rows
                .Select(r => new CaseClockRow(
                    r.Id, r.Version, r.TrackingCode, r.Title, r.LeadAgencyCode, r.DueOn, r.ClockPaused, r.RemindedForDueOn,
                    r.OverdueEscalatedAt, r.FlaggedForReviewAt, FeedbackCase.IsInReviewQueue(r.FlaggedForReviewAt, r.ReviewClosedAt), r.ReviewReasons,
                    r.AssignedOfficerId,
                    CaseClock.From(r.Kind, r.ReceivedAt, r.Events.Select(e => (e.Type, e.OccurredAt, e.Days)))))
                .ToList();
        }
    }

    /// <summary>
    /// Stores recomputed due dates, one set-based update per distinct new value and version read. A case changed since
    /// it was read keeps what its own step stored (computed from the newer history); the version is not bumped, as a
    /// projection refreshed changes nothing a staff member decided.
    /// </summary>
    public static async Task<int> StoreDueDatesAsync(
        Data.FeedbackDbContext db, IEnumerable<(long Id, int Version, DateOnly? DueOn, bool Paused)> changed, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var group in changed.GroupBy(c => (c.DueOn, c.Paused, c.Version)))
        {
            var ids = group.Select(c => c.Id).ToList();
            var (dueOn, paused, version) = group.Key;
            count += await db.Cases.Where(c => ids.Contains(c.Id) && c.Version == version)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.DueOn, dueOn).SetProperty(c => c.ClockPaused, paused), cancellationToken);
        }

        return count;
    }
}
