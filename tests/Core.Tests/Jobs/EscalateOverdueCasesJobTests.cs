using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Jobs;

public sealed class EscalateOverdueCasesJobTests
{
    private const string LeadEmail = "lanhdao.hongbang@example.vn";

    private static readonly StaffActor Inspector = new("inspector-1", "Phạm Quốc Dũng", "TTTP");

    [Fact]
    public async Task Execute_CaseTwoWorkingDaysLate_EscalatedOnceToTheLeadButNotYetFlagged()
    {
        // Arrange: filed Thu 12/2/2026, due Thu 26/2 (5 working days across Tết); today Mon 2/3.
        await using var host = await CoreHost.StartAsync();
        await AddLeadAsync(host);
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { Email = null, Phone = "0912345678" });
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var first = await RunAsync(host);
        var second = await RunAsync(host);

        // Assert
        Assert.Equal(new EscalateOverdueCasesJob.Result(1, 1, 0), first);
        Assert.Equal(0, second.Escalated);
        var stored = await host.QueryAsync(db => db.Cases.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.NotNull(stored.JobMarks.OverdueEscalatedAt);
        Assert.Null(stored.FlaggedForReviewAt);
        var escalated = Assert.Single(stored.Events, e => e.Type == CaseEventType.Escalated && !e.IsPublic);

        // Written by the sweep's bulk insert, read back through EF as any event: time, agency and the law's wording.
        Assert.Equal(host.Clock.GetUtcNow(), escalated.OccurredAt);
        Assert.Equal(stored.LeadAgencyCode, escalated.AgencyCode);
        Assert.Equal("Quá hạn 2 ngày làm việc (hạn 26/02/2026)", escalated.Note);
        var mail = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-overdue").ToListAsync());
        var only = Assert.Single(mail);
        Assert.Equal(LeadEmail, only.To);
        Assert.Equal("1 hồ sơ của Ủy ban nhân dân phường Hồng Bàng đã quá hạn", only.Subject);
        Assert.Contains($"{filed.Code} Đèn đường ngõ 45 phố Lạch Tray không sáng – hạn 26/02/2026, quá hạn 2 ngày làm việc", only.TextBody);
    }

    [Fact]
    public async Task Execute_ManyLateCasesOfOneAgency_OneDigestPerLeadListingThemAll()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        await AddLeadAsync(host);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", $"Vụ việc số {i}"))).Code.ToString());
        }

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(3, result.Escalated);
        var digest = Assert.Single(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == "cases-overdue").ToListAsync()));
        Assert.StartsWith("3 hồ sơ", digest.Subject);
        Assert.All(codes, code => Assert.Contains(code, digest.TextBody));
    }

    [Fact]
    public async Task Execute_CaseLateByTheMargin_FlaggedForThanhTraReview()
    {
        // Arrange: due Thu 26/2; on Mon 16/3 it is 12 working days late (27/2, 2–6/3, 9–13/3, 16/3), past the margin of 10.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(1, result.Flagged);
        var stored = await host.QueryAsync(db => db.Cases.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.NotNull(stored.FlaggedForReviewAt);
        var flag = Assert.Single(stored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.Equal("TTTP", flag.AgencyCode);
        Assert.Contains("12 ngày làm việc", flag.Note);
    }

    [Fact]
    public async Task Execute_CaseNotYetDue_LeftAlone()
    {
        // Arrange: due Thu 26/2; today Wed 25/2.
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 25, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert
        Assert.Equal(new EscalateOverdueCasesJob.Result(0, 0, 0), result);
    }

    [Fact]
    public async Task Execute_StoredDueDateStaleAfterALongerLimit_JudgesFromHistoryAndDoesNotEscalate()
    {
        // Arrange: the stored projection says 26/2, but an administrator has since given 20 working days.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        await host.QueryAsync(db => db.DeadlinePolicies.Where(p => p.Code == "PA-TIEP-NHAN")
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Days, 20)));
        host.Services.GetRequiredService<DeadlineRulesCache>().Invalidate();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var result = await RunAsync(host);

        // Assert: 20 working days from 12/2 across Tết: 13/2, 23–27/2, 2–6/3, 9–13/3, 16–19/3 → Thu 19/3.
        Assert.Equal(new EscalateOverdueCasesJob.Result(1, 0, 0), result);
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.Equal(new DateOnly(2026, 3, 19), stored.DueOn);
        Assert.Null(stored.JobMarks.OverdueEscalatedAt);
    }

    [Fact]
    public async Task Execute_BetweenAnInspectorsReadAndSaveOfAManualFlag_TheInspectorGetsAConflictAndNoFlagIsLost()
    {
        // Arrange: 12 working days late on Mon 16/3, past the margin; an inspector opens the flag form first.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.FromHours(7)));
        var seen = await VersionAsync(host, filed);

        // Act: the sweep runs after the workflow has loaded the case and before it saves the inspector's flag.
        var manual = await FlagByHandAsync(host, filed, seen, between: () => RunAsync(host));
        var afterRace = await ReviewStateAsync(host, filed);
        var retried = await FlagByHandAsync(host, filed, await VersionAsync(host, filed));
        var afterRetry = await ReviewStateAsync(host, filed);

        // Assert
        Assert.True(
            manual.Outcome == CaseActionOutcome.Conflict,
            $"A flag saved over the sweep's must be refused as stale (the page asks to reload); it was {manual.Outcome}, leaving {afterRace}.");
        Assert.True(
            afterRace == new ReviewState(ReviewReasons.Overdue, 1),
            $"The sweep's flag must stand with its one history entry; the case holds {afterRace}.");
        Assert.Equal(CaseActionOutcome.Done, retried.Outcome);
        Assert.True(
            afterRetry == new ReviewState(ReviewReasons.Overdue | ReviewReasons.Manual, 2),
            $"Flagged again on the fresh page, the case must keep both reasons and one entry per flag; it holds {afterRetry}.");
    }

    [Fact]
    public async Task Execute_AfterAManualFlag_KeepsTheManualReasonAndAddsOverdueOnce()
    {
        // Arrange: an inspector puts the late case on the review queue by hand before the morning sweep.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 0, 0, TimeSpan.FromHours(7)));
        var manual = await FlagByHandAsync(host, filed, await VersionAsync(host, filed));
        var flaggedByHand = await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.FlaggedForReviewAt).SingleAsync());
        var version = await VersionAsync(host, filed);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var first = await RunAsync(host);
        var second = await RunAsync(host);

        // Assert
        Assert.Equal(CaseActionOutcome.Done, manual.Outcome);
        Assert.Equal(new EscalateOverdueCasesJob.Result(1, 1, 1), first);
        Assert.Equal(new EscalateOverdueCasesJob.Result(0, 0, 0), second);
        var state = await ReviewStateAsync(host, filed);
        Assert.True(
            state == new ReviewState(ReviewReasons.Manual | ReviewReasons.Overdue, 2),
            $"The sweep must keep the inspector's reason, add \"overdue\" and write one history entry for its flag; the case holds {state}.");
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.True(stored.FlaggedForReviewAt == flaggedByHand, "The case entered the queue when the inspector put it there; the sweep must not move that.");
        Assert.True(stored.Version == version + 2, $"Escalation and flag are two steps and must each bump the version (was {version}, is {stored.Version}).");
    }

    // As the Backoffice's "đưa vào rà soát" page does: through the workflow, on the version its form showed.
    private static async Task<CaseActionResult> FlagByHandAsync(CoreHost host, FiledCase filed, int version, Func<Task>? between = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var command = new CaseCommand(
            filed.Code.ToString(), version, CaseAction.FlagForReview, Inspector,
            (c, x) => c.FlagForReview(ReviewReasons.Manual, "Người dân phản ánh nhiều lần, đề nghị rà soát", x.Now, Inspector));
        return await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>().ExecuteAsync(command, async _ =>
        {
            // Called once the case is loaded and before anything is saved: where a concurrent writer gets in.
            if (between is not null)
            {
                await between();
            }

            return true;
        });
    }

    private static Task<int> VersionAsync(CoreHost host, FiledCase filed) =>
        host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Version).SingleAsync());

    private static Task<ReviewState> ReviewStateAsync(CoreHost host, FiledCase filed) =>
        host.QueryAsync(async db => new ReviewState(
            await db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.ReviewReasons).SingleAsync(),
            await db.Cases.Where(c => c.TrackingCode == filed.Code.Value).SelectMany(c => c.Events).CountAsync(e => e.Type == CaseEventType.FlaggedForReview)));

    private sealed record ReviewState(ReviewReasons Reasons, int FlagEntries);

    [Fact]
    public async Task TakeSteps_CaseAStaffMemberChangedAfterTheSweepReadIt_IsLeftAsTheStaffMemberLeftIt()
    {
        // Arrange: two cases 12 working days late; the sweep reads both, then an officer accepts one of them.
        await using var host = await CoreHost.StartAsync();
        var untouched = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", "Vụ việc thứ nhất"));
        var accepted = await host.FileAsync(CoreHost.Intake("nguoi.khac@example.vn", "Vụ việc thứ hai"));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.FromHours(7)));
        var now = host.Clock.GetUtcNow();
        var today = VietnamTime.ToLocalDate(now);
        var rules = await host.Services.GetRequiredService<DeadlineRulesCache>().GetAsync();
        var read = await host.QueryAsync(async db =>
        {
            var rows = new List<CaseClockRow>();
            await foreach (var batch in CaseClockBatches.ReadAsync(db.Cases.Where(OverdueCases.On(today)), 10, CancellationToken.None))
            {
                rows.AddRange(batch);
            }

            return rows;
        });
        var versions = read.ToDictionary(r => r.TrackingCode, r => r.Version);
        var officer = new StaffActor("officer-1", "Nguyễn Văn An", "UBND-11311");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var accept = new CaseCommand(accepted.Code.ToString(), versions[accepted.Code.Value], CaseAction.Accept, officer, (c, x) => c.Accept(officer, x.Now));
            Assert.Equal(CaseActionOutcome.Done, (await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>().ExecuteAsync(accept, _ => Task.FromResult(true))).Outcome);
        }

        // Act
        var taken = await host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var steps = read.Select(r => (r, rules.StatusOf(r.Clock, today)!, OverdueSteps.Escalate | OverdueSteps.FlagForReview)).ToList();
            var result = await EscalateOverdueCasesJob.TakeStepsAsync(db, steps, now, CancellationToken.None);
            await transaction.CommitAsync();
            return result;
        });

        // Assert
        Assert.Equal([untouched.Code.Value], taken.Select(t => t.Row.TrackingCode));
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().ToDictionaryAsync(c => c.TrackingCode));
        var skipped = stored[accepted.Code.Value];
        Assert.True(
            skipped is { Status: CaseStatus.Accepted, JobMarks.OverdueEscalatedAt: null, ReviewReasons: ReviewReasons.None, FlaggedForReviewAt: null }
                && skipped.Version == versions[accepted.Code.Value] + 1,
            $"A case changed since the sweep read it must keep the officer's change and nothing of the sweep's; it is judged again on the next run. "
            + $"It is {skipped.Status}, version {skipped.Version} (read at {versions[accepted.Code.Value]}), escalated {skipped.JobMarks.OverdueEscalatedAt}, flagged {skipped.FlaggedForReviewAt} for {skipped.ReviewReasons}.");
        var changed = stored[untouched.Code.Value];
        Assert.True(
            changed.JobMarks.OverdueEscalatedAt == now && changed.ReviewReasons == ReviewReasons.Overdue && changed.Version == versions[untouched.Code.Value] + 2,
            "The case nobody touched must be escalated and flagged, its version bumped once per step.");
    }

    private static async Task<EscalateOverdueCasesJob.Result> RunAsync(CoreHost host)
    {
        EscalateOverdueCasesJob.Result? result = null;
        await host.RunAsync<EscalateOverdueCasesJob>(async job => result = await job.ExecuteAsync(CancellationToken.None));
        return result!;
    }

    private static async Task AddLeadAsync(CoreHost host) =>
        await host.QueryAsync(async db =>
        {
            var role = new IdentityRole(StaffRoles.AgencyLead) { NormalizedName = StaffRoles.AgencyLead.ToUpperInvariant() };
            var lead = new StaffUser { UserName = "lanhdao.ubnd-11311", FullName = "Chủ tịch UBND phường Hồng Bàng", AgencyCode = "UBND-11311", Email = LeadEmail };
            db.Roles.Add(role);
            db.Users.Add(lead);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = lead.Id });
            return await db.SaveChangesAsync();
        });
}
