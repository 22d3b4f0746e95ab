using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Scoring;

/// <summary>
/// Frozen scoring runs (issue 6, item 4) on a real SQLite file. A period's figures are laid down as the nightly
/// snapshot, which a run reads first, so each agency's figures are exactly what the test says.
/// </summary>
public sealed class ScoringRunServiceTests
{
    private static readonly StaffActor Assessor = new("assessor-1", "Chuyên viên đánh giá Sở Nội vụ", "SNV");
    private static readonly MetricsPeriod January = MetricsPeriod.Month(2025, 1);
    private static readonly MetricsPeriod February = MetricsPeriod.Month(2025, 2);

    [Fact]
    public async Task Run_StoredAndReadBack_RecomputesFromItsFrozenInputsToTheSameFingerprintAndResults()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        await SnapshotAsync(host, January, Figures("SXD", onTime: 19, answered: 20), Figures("SYT", onTime: 15, answered: 20));
        var rubricId = await CreateRubricAsync(host);
        Assert.Empty(await SetManualAsync(host, rubricId, January, "SXD", "DAN-VAN-KHEO", new(3, "QĐ 12/QĐ-UBND ngày 05/01/2025")));

        // Act
        var outcome = await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Chấm thử tháng 1", null, Assessor, default));
        var runId = outcome.Run!.Id;

        // Afterwards the live data and the rubric change: the frozen run must not.
        await SnapshotAsync(host, January, Figures("SXD", onTime: 10, answered: 20));
        Assert.Empty(await SetManualAsync(host, rubricId, January, "SXD", "DAN-VAN-KHEO", new(1, "Văn bản khác")));
        var check = await ServiceAsync<ScoringRunService, ScoringRunCheck?>(host, s => s.RecheckAsync(runId, Assessor, default));
        var stored = await host.QueryAsync(db => db.ScoringRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        var fresh = await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Chấm lại tháng 1", null, Assessor, default));

        // Assert
        Assert.Empty(outcome.Problems);
        Assert.True(check is { Matches: true }, "Recomputing a run from what it froze must give its fingerprint and results again.");
        Assert.Equal(outcome.Run.Fingerprint, stored.Fingerprint);
        Assert.Equal(ScoringCalculator.Fingerprint(stored.Rubric(), stored.ReadInputs()), stored.Fingerprint);
        var best = stored.Result().Agencies[0];
        Assert.Equal(("SXD", 1), (best.AgencyCode, best.Rank));
        Assert.Equal(3m, best.Criteria.Single(c => c.CriterionCode == "DAN-VAN-KHEO").Points);
        Assert.Equal(30m, best.Criteria.Single(c => c.CriterionCode == "DUNG-HAN").Points); // 95% on time
        Assert.True(fresh.Run is not null && fresh.Run.Id != runId && fresh.Run.Fingerprint != stored.Fingerprint,
            "Scoring the live data again is a new run with its own fingerprint.");
        Assert.Equal(2, await host.QueryAsync(db => db.AuditLog.CountAsync(a => a.Action == Audit.AuditAction.ScoringRun && a.Subject == ScoringRunService.AuditSubject(runId))));
    }

    [Fact]
    public async Task Run_StoredRun_CannotBeChangedOrDeleted()
    {
        await using var host = await CoreHost.StartAsync();
        await SnapshotAsync(host, January, Figures("SXD", onTime: 19, answered: 20));
        var rubricId = await CreateRubricAsync(host);
        var run = (await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Tháng 1", null, Assessor, default))).Run!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.QueryAsync(async db =>
        {
            db.ScoringRuns.Remove(await db.ScoringRuns.SingleAsync(r => r.Id == run.Id));
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RubricWithAGapBetweenBands_IsSavedAsADraftButRefusedWithTheProblem()
    {
        // Arrange: the on-time bands jump from "below 70" to "from 75".
        await using var host = await CoreHost.StartAsync();
        await SnapshotAsync(host, January, Figures("SXD", onTime: 19, answered: 20));
        var rubricId = await CreateRubricAsync(host);
        var example = ExampleRubric.Create();
        var gapped = example with
        {
            Criteria = [.. example.Criteria.Select(c => c.Code == "DUNG-HAN" ? c with { Bands = [new(0, 70, 0), new(75, 90, 18), new(90, null, 30)] } : c)],
        };

        // Act
        var saveProblems = await ServiceAsync<RubricService, IReadOnlyList<ScoringProblem>?>(host, s => s.SaveAsync(rubricId, gapped, Assessor, default));
        var outcome = await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Tháng 1", null, Assessor, default));

        // Assert
        var gap = new ScoringProblem(ScoringRule.BandsLeaveAGap, ["DUNG-HAN", gapped.Criteria[0].Name, 70m, 75m]);
        Assert.Contains(gap, saveProblems!);
        Assert.Null(outcome.Run);
        Assert.Equal(new ScoringProblem(ScoringRule.RubricNotReady, [gapped.Name]), outcome.Problems[0]);
        Assert.Contains(gap, outcome.Problems);
        Assert.Equal(0, await host.QueryAsync(db => db.ScoringRuns.CountAsync()));
        var draft = (await host.QueryAsync(db => db.StoredRubrics.SingleAsync(r => r.Id == rubricId))).Read();
        Assert.Equal(75m, draft.Criteria.Single(c => c.Code == "DUNG-HAN").Bands[1].From);
    }

    [Theory]
    [InlineData(3.5, "Quyết định công nhận", ScoringRule.ManualPointsOutOfRange)]
    [InlineData(-1, "Quyết định công nhận", ScoringRule.ManualPointsOutOfRange)]
    [InlineData(2, "  ", ScoringRule.EvidenceMissing)]
    [InlineData(1.255, "Quyết định công nhận", ScoringRule.TooManyDecimals)]
    public async Task SetManualScore_OutOfRangeOrWithoutEvidence_IsRefusedNamingTheAgencyAndTheCriterion(decimal points, string evidence, ScoringRule rule)
    {
        await using var host = await CoreHost.StartAsync();
        var rubricId = await CreateRubricAsync(host);

        var problems = await SetManualAsync(host, rubricId, January, "SXD", "DAN-VAN-KHEO", new(points, evidence));

        Assert.Contains(problems, p => p.Rule == rule && p.Arguments is ["Sở Xây dựng", "DAN-VAN-KHEO", ..]);
        Assert.Equal(0, await host.QueryAsync(db => db.StoredManualScores.CountAsync()));
    }

    [Fact]
    public async Task SetManualScore_OnACriterionComputedFromAMetric_IsRefused()
    {
        await using var host = await CoreHost.StartAsync();
        var rubricId = await CreateRubricAsync(host);

        var problems = await SetManualAsync(host, rubricId, January, "SXD", "DUNG-HAN", new(10, "Tự đánh giá"));

        Assert.Contains(new ScoringProblem(ScoringRule.NotAManualCriterion, ["Sở Xây dựng", "DUNG-HAN"]), problems);
    }

    [Fact]
    public async Task Run_ManualScoreAboveAMaximumLoweredSince_IsRefusedNotCapped()
    {
        // Arrange: 3 points entered, then the criterion's maximum lowered to 2 (and another raised to keep 100).
        await using var host = await CoreHost.StartAsync();
        await SnapshotAsync(host, January, Figures("SXD", onTime: 19, answered: 20));
        var rubricId = await CreateRubricAsync(host);
        Assert.Empty(await SetManualAsync(host, rubricId, January, "SXD", "DAN-VAN-KHEO", new(3, "QĐ 12/QĐ-UBND")));
        var example = ExampleRubric.Create();
        var lowered = example with
        {
            Criteria = [.. example.Criteria.Select(c => c.Code switch { "DAN-VAN-KHEO" => c with { MaxPoints = 2 }, "DOI-THOAI" => c with { MaxPoints = 3 }, _ => c })],
        };
        Assert.Empty((await ServiceAsync<RubricService, IReadOnlyList<ScoringProblem>?>(host, s => s.SaveAsync(rubricId, lowered, Assessor, default)))!);

        // Act
        var outcome = await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Tháng 1", null, Assessor, default));

        // Assert
        Assert.Null(outcome.Run);
        Assert.Equal(new ScoringProblem(ScoringRule.ManualScoresNotReady, []), outcome.Problems[0]);
        Assert.Contains(new ScoringProblem(ScoringRule.ManualPointsOutOfRange, ["Sở Xây dựng", "DAN-VAN-KHEO", 3m, 2m]), outcome.Problems);
    }

    [Fact]
    public async Task Run_PeriodWithNoData_IsRefusedRatherThanAnEmptyRanking()
    {
        await using var host = await CoreHost.StartAsync();
        var rubricId = await CreateRubricAsync(host);

        var outcome = await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, MetricsPeriod.Month(2024, 3), "Tháng 3/2024", null, Assessor, default));

        Assert.Null(outcome.Run);
        Assert.Equal(new ScoringProblem(ScoringRule.EmptyPeriod, [MetricsPeriod.Month(2024, 3)]), Assert.Single(outcome.Problems));
    }

    [Fact]
    public async Task Compare_TwoRuns_GivesDeltasSharedRanksAndAgenciesInOnlyOneRun()
    {
        // Arrange: January — SXD and SYT tie at 95% on time (30 points), STC at 50% (0). February — SXD slips to 80%
        // (18), SYT stays, STC is gone and SNNMT appears at 85% (18, tied with SXD).
        await using var host = await CoreHost.StartAsync();
        await SnapshotAsync(host, January, Figures("SXD", 19, 20), Figures("SYT", 19, 20), Figures("STC", 10, 20));
        await SnapshotAsync(host, February, Figures("SXD", 16, 20), Figures("SYT", 19, 20), Figures("SNNMT", 17, 20));
        var rubricId = await CreateRubricAsync(host);
        var a = (await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, January, "Tháng 1", null, Assessor, default))).Run!;
        var b = (await ServiceAsync<ScoringRunService, ScoringRunOutcome>(host, s => s.RunAsync(rubricId, February, "Tháng 2", null, Assessor, default))).Run!;

        // Act
        var comparison = (await ServiceAsync<ScoringRunService, ScoringComparison?>(host, s => s.CompareAsync(a.Id, b.Id, default)))!;

        // Assert
        var rows = comparison.Agencies.ToDictionary(r => r.AgencyCode);
        Assert.Equal((1, 1, 3), (rows["SXD"].A!.Rank, rows["SYT"].A!.Rank, rows["STC"].A!.Rank)); // a tie shares rank 1, the next is 3
        Assert.Equal(-12m, rows["SXD"].TotalDelta);
        Assert.Equal(-12m, rows["SXD"].Criteria.Single(c => c.CriterionCode == "DUNG-HAN").Delta);
        Assert.Null(rows["SXD"].Criteria.Single(c => c.CriterionCode == "THOI-GIAN").Delta);      // no figure in either run
        Assert.Equal(-1, rows["SXD"].RankChange);                                                   // 1st → 2nd, shared
        Assert.Equal(0m, rows["SYT"].TotalDelta);
        Assert.True(rows["STC"].OnlyInA && rows["STC"].TotalDelta is null, "An agency scored only in the first run is shown as such, without a delta.");
        Assert.True(rows["SNNMT"].OnlyInB && rows["SNNMT"].B!.Rank == 2, "An agency scored only in the second run is shown as such.");
        Assert.Equal(["SYT", "SNNMT", "SXD", "STC"], comparison.Agencies.Select(r => r.AgencyCode));
    }

    private static AgencyPeriodMetrics Figures(string agency, int onTime, int answered) => new()
    {
        AgencyCode = agency,
        Received = answered,
        Answered = answered,
        AnsweredWithDueDate = answered,
        AnsweredOnTime = onTime,
    };

    private static async Task SnapshotAsync(CoreHost host, MetricsPeriod period, params AgencyPeriodMetrics[] agencies) =>
        await host.QueryAsync(async db =>
        {
            db.MetricsSnapshots.RemoveRange(db.MetricsSnapshots.Where(s => s.PeriodFirst == period.First && s.PeriodLast == period.Last));
            db.MetricsSnapshots.AddRange(agencies.Select(a => MetricsSnapshot.Take(period, a, period.End)));
            return await db.SaveChangesAsync();
        });

    private static async Task<int> CreateRubricAsync(CoreHost host) =>
        (await ServiceAsync<RubricService, StoredRubric>(host, s => s.CreateFromExampleAsync(Assessor, default))).Id;

    private static Task<IReadOnlyList<ScoringProblem>> SetManualAsync(CoreHost host, int rubricId, MetricsPeriod period, string agency, string criterion, ManualScore score) =>
        ServiceAsync<RubricService, IReadOnlyList<ScoringProblem>>(host, s => s.SetManualScoreAsync(rubricId, period, agency, criterion, score, Assessor, default));

    private static async Task<T> ServiceAsync<TService, T>(CoreHost host, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
