using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Staff;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Each morning, reminds the lead agency's officers of cases due within the configured number of
/// working days, once per due date, in one digest per officer. (When cases are assigned to one
/// officer, the reminder will go to that officer; until then, to the agency's officers.)
/// </summary>
public sealed class RemindDueCasesJob(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    StaffDigestMailer digests,
    IOptions<DeadlineOptions> deadlineOptions,
    TimeProvider time)
{
    public const int BatchSize = 1000;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.ToLocalDate(now);
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var horizon = rules.Calendar.AddWorkingDays(today, deadlineOptions.Value.RemindWorkingDaysBefore);

        // "== running" lets SQLite seek IX_Cases_ClockPaused_DueOn (see EscalateOverdueCasesJob).
        var running = false;
        var candidates = db.Cases.Where(c => c.ClockPaused == running && c.DueOn != null && c.DueOn >= today && c.DueOn <= horizon
            && (c.JobMarks.RemindedForDueOn == null || c.JobMarks.RemindedForDueOn != c.DueOn));

        var dueSoon = new List<(CaseClockRow Case, DeadlineStatus Status)>();
        await foreach (var batch in CaseClockBatches.ReadAsync(candidates, BatchSize, cancellationToken))
        {
            var reminded = new List<long>();
            foreach (var row in batch)
            {
                var status = rules.StatusOf(row.Clock, today);
                if (status is { IsStopped: false, IsPaused: false } && status.DueOn == row.DueOn && status.DueOn <= horizon)
                {
                    reminded.Add(row.Id);
                    dueSoon.Add((row, status));
                }
            }

            await db.Cases.Where(c => reminded.Contains(c.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.JobMarks.RemindedForDueOn, c => c.DueOn), cancellationToken);
        }

        await digests.SendAsync("cases-due-soon", StaffRoles.Officer, dueSoon, new Dictionary<string, string>(), now, cancellationToken, toAssignedOfficer: true);
        return dueSoon.Count;
    }
}
