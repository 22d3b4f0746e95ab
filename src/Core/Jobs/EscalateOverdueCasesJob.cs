using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Staff;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// The daily overdue sweep: escalates each case past its due date to its agency's leads (once per
/// case, one digest mail per lead), and flags it for Thanh tra thành phố's review queue once it is
/// late by the configured margin (task 4.5). Candidates come from the stored due date through an
/// index; each is then judged from its full history, so a stale projection never escalates a case
/// that is not late. The steps are the case's own (<see cref="FeedbackCase.TakeInBulk"/>), written set-based and only
/// where the case is still at the version read, each bumping it, with their history entries in the same transaction:
/// a staff member's concurrent step either comes first (the sweep skips the case until the next run) or is refused as
/// stale, and a second run changes nothing. A case flagged for another reason still gets "overdue" added, once.
/// </summary>
public sealed class EscalateOverdueCasesJob(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    StaffDigestMailer digests,
    IOptions<DeadlineOptions> deadlineOptions,
    TimeProvider time,
    ILogger<EscalateOverdueCasesJob> logger)
{
    public const int BatchSize = 1000;

    public sealed record Result(int Examined, int Escalated, int Flagged);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.ToLocalDate(now);
        var margin = deadlineOptions.Value.ReviewMarginDays;
        var rules = await deadlineRules.GetAsync(cancellationToken);

        var candidates = db.Cases.Where(OverdueCases.On(today))
            .Where(c => c.JobMarks.OverdueEscalatedAt == null || (c.ReviewReasons & ReviewReasons.Overdue) == 0);

        var examined = 0;
        var escalatedCount = 0;
        var flaggedCount = 0;
        var newlyOverdue = new List<(CaseClockRow Case, DeadlineStatus Status)>();

        // One connection for the whole sweep, with a page cache that holds a batch's updated cases: with
        // SQLite's default 2 MB the updates of a batch spill pages to the WAL and write them again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var closeConnection = new AsyncCloser(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);
        }

        await foreach (var batch in CaseClockBatches.ReadAsync(candidates, BatchSize, cancellationToken))
        {
            var moved = new List<(long, int, DateOnly?, bool)>();
            var steps = new List<(CaseClockRow Row, DeadlineStatus Status, OverdueSteps Steps)>();
            foreach (var row in batch)
            {
                examined++;
                var status = rules.StatusOf(row.Clock, today);
                var dueOn = status is { IsStopped: false } ? status.DueOn : (DateOnly?)null;
                if (dueOn != row.DueOn || (status?.IsPaused ?? false) != row.ClockPaused)
                {
                    moved.Add((row.Id, row.Version, dueOn, status?.IsPaused ?? false));
                }

                if (status is not { IsOverdue: true })
                {
                    continue;
                }

                var take = (row.OverdueEscalatedAt is null ? OverdueSteps.Escalate : OverdueSteps.None)
                    | ((row.ReviewReasons & ReviewReasons.Overdue) == 0 && -status.RemainingDays >= margin ? OverdueSteps.FlagForReview : OverdueSteps.None);
                if (take != OverdueSteps.None)
                {
                    steps.Add((row, status, take));
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await CaseClockBatches.StoreDueDatesAsync(db, moved, cancellationToken);
            var taken = await TakeStepsAsync(db, steps, now, cancellationToken);
            var events = new List<CaseEvent>();
            foreach (var (row, status, take) in taken)
            {
                if (take.HasFlag(OverdueSteps.Escalate))
                {
                    events.Add(FeedbackCase.EscalationEventFor(row.Id, row.LeadAgencyCode, status, now));
                    newlyOverdue.Add((row, status));
                    escalatedCount++;
                }

                if (take.HasFlag(OverdueSteps.FlagForReview))
                {
                    events.Add(FeedbackCase.ReviewFlagEventFor(row.Id, row.LeadAgencyCode, FeedbackCase.OverdueReviewNote(status, margin), now));
                    flaggedCount++;
                }
            }

            await BulkAppend.RowsAsync(db, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await digests.SendAsync(
            "cases-overdue",
            StaffRoles.AgencyLead,
            newlyOverdue,
            new Dictionary<string, string> { ["ReviewMarginDays"] = margin.ToString(CultureInfo.InvariantCulture) },
            now,
            cancellationToken);
        if (escalatedCount > 0 || flaggedCount > 0)
        {
            logger.LogInformation("Overdue sweep: {Examined} examined, {Escalated} escalated, {Flagged} flagged for review", examined, escalatedCount, flaggedCount);
        }

        return new Result(examined, escalatedCount, flaggedCount);
    }

    /// <summary>
    /// Takes the steps on every case still at the version it was read at, one UPDATE per version and kind of step
    /// (a batch holds a handful), and returns the cases it changed, so that only they get their history entries.
    /// A case a staff member changed meanwhile is left to be judged again on the next run.
    /// </summary>
    internal static async Task<List<(CaseClockRow Row, DeadlineStatus Status, OverdueSteps Steps)>> TakeStepsAsync(
        FeedbackDbContext db, List<(CaseClockRow Row, DeadlineStatus Status, OverdueSteps Steps)> steps, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var taken = new List<(CaseClockRow Row, DeadlineStatus Status, OverdueSteps Steps)>(steps.Count);
        foreach (var group in steps.GroupBy(s => (s.Row.Version, s.Steps, s.Row.InReviewQueue)))
        {
            var (version, take, inReviewQueue) = group.Key;
            var ids = group.Select(s => s.Row.Id).ToList();
            var changed = await db.Cases.Where(c => ids.Contains(c.Id) && c.Version == version)
                .ExecuteUpdateAsync(set => FeedbackCase.TakeInBulk(set, take, inReviewQueue, now), cancellationToken);
            if (changed == ids.Count)
            {
                taken.AddRange(group);
                continue;
            }

            // Rare: some changed since they were read. Ours are at the next version with our mark; in this transaction
            // no one else can have written them since the UPDATE (and no staff step sets either mark).
            var next = version + FeedbackCase.StepCount(take);
            var ours = (take.HasFlag(OverdueSteps.Escalate)
                    ? db.Cases.Where(c => ids.Contains(c.Id) && c.Version == next && c.JobMarks.OverdueEscalatedAt == now)
                    : db.Cases.Where(c => ids.Contains(c.Id) && c.Version == next && (c.ReviewReasons & ReviewReasons.Overdue) != 0))
                .Select(c => c.Id);
            var applied = (await ours.ToListAsync(cancellationToken)).ToHashSet();
            taken.AddRange(group.Where(s => applied.Contains(s.Row.Id)));
        }

        return taken;
    }

    // Gives the connection back with SQLite's default page cache, however the sweep ends.
    private sealed class AsyncCloser(FeedbackDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000");
            }

            await db.Database.CloseConnectionAsync();
        }
    }
}
