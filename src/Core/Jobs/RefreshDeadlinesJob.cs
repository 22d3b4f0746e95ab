using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Recomputes the stored due date of every case whose clock runs, from its history: after an
/// administrator changes a limit or the calendar, and nightly, so paused clocks move with the days.
/// </summary>
public sealed class RefreshDeadlinesJob(FeedbackDbContext db, DeadlineRulesCache deadlineRules, TimeProvider time)
{
    public const int BatchSize = 1000;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        deadlineRules.Invalidate();
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        var changed = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await db.Cases
                .Include(c => c.Events)
                .Where(c => c.Id > lastId && (c.DueOn != null || c.ClockPaused))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            foreach (var feedbackCase in batch)
            {
                var (dueBefore, pausedBefore) = (feedbackCase.DueOn, feedbackCase.ClockPaused);
                feedbackCase.RefreshDeadline(rules.StatusOf(CaseClock.From(feedbackCase), today));
                changed += feedbackCase.DueOn != dueBefore || feedbackCase.ClockPaused != pausedBefore ? 1 : 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            lastId = batch[^1].Id;
            db.ChangeTracker.Clear();
        }
    }
}
