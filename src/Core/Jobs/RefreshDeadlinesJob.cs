using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Hangfire;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Recomputes the stored due date of every case whose clock runs, from its history: after an
/// administrator changes a limit or the calendar, and nightly, so paused clocks move with the days.
/// </summary>
public sealed class RefreshDeadlinesJob(FeedbackDbContext db, DeadlineRulesCache deadlineRules, TimeProvider time)
{
    public const int BatchSize = 2000;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        deadlineRules.Invalidate();
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        var changed = 0;
        await foreach (var batch in CaseClockBatches.ReadAsync(db.Cases.Where(c => c.DueOn != null || c.ClockPaused), BatchSize, cancellationToken))
        {
            var moved = new List<(long, int, DateOnly?, bool)>();
            foreach (var row in batch)
            {
                var status = rules.StatusOf(row.Clock, today);
                var dueOn = status is { IsStopped: false } ? status.DueOn : (DateOnly?)null;
                var paused = status?.IsPaused ?? false;
                if (dueOn != row.DueOn || paused != row.ClockPaused)
                {
                    moved.Add((row.Id, row.Version, dueOn, paused));
                }
            }

            changed += await CaseClockBatches.StoreDueDatesAsync(db, moved, cancellationToken);
        }

        return changed;
    }
}
