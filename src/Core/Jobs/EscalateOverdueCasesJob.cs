using System.Globalization;
using DanVan.Feedback.Core.Agencies;
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
/// that is not late. Writes are set-based and guarded (<c>… IS NULL</c>), so a second run changes nothing.
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
            .Where(c => c.OverdueEscalatedAt == null || c.FlaggedForReviewAt == null);

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
            var escalate = new List<long>();
            var flag = new List<long>();
            var moved = new List<(long, DateOnly?, bool)>();
            var events = new List<CaseEvent>();
            foreach (var row in batch)
            {
                examined++;
                var status = rules.StatusOf(row.Clock, today);
                var dueOn = status is { IsStopped: false } ? status.DueOn : (DateOnly?)null;
                if (dueOn != row.DueOn || (status?.IsPaused ?? false) != row.ClockPaused)
                {
                    moved.Add((row.Id, dueOn, status?.IsPaused ?? false));
                }

                if (status is not { IsOverdue: true })
                {
                    continue;
                }

                var overdueBy = $"{-status.RemainingDays} {(status.Unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày")}";
                if (row.OverdueEscalatedAt is null)
                {
                    escalate.Add(row.Id);
                    newlyOverdue.Add((row, status));
                    events.Add(CaseEvent.ForCase(row.Id, CaseEventType.Escalated, now, row.LeadAgencyCode, row.LeadAgencyCode,
                        $"Quá hạn {overdueBy} (hạn {status.DueOn:dd/MM/yyyy})"));
                }

                if (row.FlaggedForReviewAt is null && -status.RemainingDays >= margin)
                {
                    flag.Add(row.Id);
                    events.Add(CaseEvent.ForCase(row.Id, CaseEventType.FlaggedForReview, now, row.LeadAgencyCode, Agency.InspectorateCode,
                        $"Quá hạn {overdueBy}, vượt ngưỡng {margin} ngày (nhiệm vụ 4.5)"));
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await BulkAppend.RowsAsync(db, events, cancellationToken);
            escalatedCount += await db.Cases.Where(c => escalate.Contains(c.Id) && c.OverdueEscalatedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.OverdueEscalatedAt, now), cancellationToken);
            flaggedCount += await db.Cases.Where(c => flag.Contains(c.Id) && c.FlaggedForReviewAt == null)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(c => c.FlaggedForReviewAt, now).SetProperty(c => c.ReviewReasons, c => c.ReviewReasons | ReviewReasons.Overdue),
                    cancellationToken);
            await CaseClockBatches.StoreDueDatesAsync(db, moved, cancellationToken);
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
