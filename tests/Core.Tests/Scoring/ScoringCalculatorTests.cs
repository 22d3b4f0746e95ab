using DanVan.Feedback.Core.Scoring;

namespace DanVan.Feedback.Core.Tests.Scoring;

public sealed class ScoringCalculatorTests
{
    private static readonly Rubric Rubric = ExampleRubric.Create();

    [Theory]
    [InlineData(69.99, 0)]
    [InlineData(70, 10)]
    [InlineData(89.99, 18)]
    [InlineData(90, 25)]
    [InlineData(95, 30)]
    [InlineData(100, 30)]
    public void Score_OnTimeRateAtBandEdges_GivesTheBandThatStartsThere(decimal onTimeRate, decimal expectedPoints)
    {
        var result = ScoringCalculator.Score(Rubric, [Agency("SXD", m => m[AgencyMetric.OnTimeRate] = onTimeRate)]);

        Assert.Equal(expectedPoints, Points(result, "SXD", "DUNG-HAN"));
    }

    [Theory]
    [InlineData(5, 10)]
    [InlineData(2, 10)]
    [InlineData(17.5, 5)]
    [InlineData(30, 0)]
    [InlineData(45, 0)]
    [InlineData(10, 8)]
    public void Score_MedianDaysOnALinearScale_LowerIsBetterAndClamped(decimal medianDays, decimal expectedPoints)
    {
        var result = ScoringCalculator.Score(Rubric, [Agency("SXD", m => m[AgencyMetric.MedianWorkingDaysToAnswer] = medianDays)]);

        Assert.Equal(expectedPoints, Points(result, "SXD", "THOI-GIAN"));
    }

    [Fact]
    public void Score_ByHand_AddsUpMetricAndManualPointsIntoTotalRankAndClass()
    {
        // 95% on time → 30; median 5 days → 10; answers 95% satisfied → 15; services 95% → 15; 80% published → 10;
        // 4% overdue → 10; 1% escalated → 5; two manual criteria 3 + 1.5: 99.5 in all, Xuất sắc.
        var best = Agency("SXD", m =>
        {
            m[AgencyMetric.OnTimeRate] = 95;
            m[AgencyMetric.MedianWorkingDaysToAnswer] = 5;
            m[AgencyMetric.AnswerSatisfactionRate] = 95;
            m[AgencyMetric.ServiceSatisfactionRate] = 95;
            m[AgencyMetric.PublishedShare] = 80;
            m[AgencyMetric.OverdueShareAtPeriodEnd] = 4;
            m[AgencyMetric.EscalatedShare] = 1;
        }, new() { ["DAN-VAN-KHEO"] = new(3, "QĐ 12/QĐ-UBND"), ["DOI-THOAI"] = new(1.5m, "Biên bản 3 buổi đối thoại") });

        // 72.5% on time → 10; median 17.5 days → 5; 72.5% satisfied → 7.5; nothing else.
        var weak = Agency("UBND-11311", m =>
        {
            m[AgencyMetric.OnTimeRate] = 72.5m;
            m[AgencyMetric.MedianWorkingDaysToAnswer] = 17.5m;
            m[AgencyMetric.AnswerSatisfactionRate] = 72.5m;
        });

        var result = ScoringCalculator.Score(Rubric, [weak, best]);

        Assert.Collection(
            result.Agencies,
            first =>
            {
                Assert.Equal(("SXD", 99.5m, 1, ScoreClass.Excellent), (first.AgencyCode, first.Total, first.Rank, first.Class));
                Assert.Empty(first.MissingCriteria);
            },
            second =>
            {
                Assert.Equal(("UBND-11311", 22.5m, 2, ScoreClass.Weak), (second.AgencyCode, second.Total, second.Rank, second.Class));
                Assert.Equal(["HAI-LONG-DICH-VU", "CONG-KHAI", "TON-DONG", "THANH-TRA", "DAN-VAN-KHEO", "DOI-THOAI"], second.MissingCriteria);
            });
    }

    [Fact]
    public void Score_EqualTotals_ShareARankAndTheNextRankSkips()
    {
        var result = ScoringCalculator.Score(Rubric,
        [
            Agency("C", m => m[AgencyMetric.OnTimeRate] = 90),
            Agency("A", m => m[AgencyMetric.OnTimeRate] = 95),
            Agency("B", m => m[AgencyMetric.OnTimeRate] = 90),
            Agency("D", m => m[AgencyMetric.OnTimeRate] = 80),
        ]);

        Assert.Equal(
            [("A", 1), ("B", 2), ("C", 2), ("D", 4)],
            result.Agencies.Select(a => (a.AgencyCode, a.Rank)));
    }

    [Fact]
    public void Score_SameInputsInAnotherOrder_GiveTheSameFingerprintAndResult()
    {
        var inputs = new[]
        {
            Agency("SXD", m => { m[AgencyMetric.OnTimeRate] = 91.25m; m[AgencyMetric.PublishedShare] = 40; }),
            Agency("SYT", m => { m[AgencyMetric.PublishedShare] = 40.0m; m[AgencyMetric.OnTimeRate] = 88; }),
        };

        var first = ScoringCalculator.Score(Rubric, inputs);
        var again = ScoringCalculator.Score(Rubric, [.. inputs.Reverse()]);

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.Equal(first.Agencies.Select(a => (a.AgencyCode, a.Total, a.Rank)), again.Agencies.Select(a => (a.AgencyCode, a.Total, a.Rank)));
    }

    [Fact]
    public void Fingerprint_AnyChangedInput_ChangesIt()
    {
        var inputs = new[] { Agency("SXD", m => m[AgencyMetric.OnTimeRate] = 91.25m) };
        var original = ScoringCalculator.Fingerprint(Rubric, inputs);

        Assert.NotEqual(original, ScoringCalculator.Fingerprint(Rubric, [Agency("SXD", m => m[AgencyMetric.OnTimeRate] = 91.26m)]));
        Assert.NotEqual(original, ScoringCalculator.Fingerprint(Rubric with { Name = "Bộ khác" }, inputs));
        Assert.NotEqual(original, ScoringCalculator.Fingerprint(Rubric, [Agency("SXD", m => m[AgencyMetric.OnTimeRate] = 91.25m, new() { ["DOI-THOAI"] = new(1, "Biên bản") })]));
    }

    [Fact]
    public void Score_ManualScoreAboveTheCriterionsMaximum_IsRefusedWithTheFigures()
    {
        var agency = Agency("SXD", _ => { }, new() { ["DOI-THOAI"] = new(2.5m, "Biên bản") });

        var error = Assert.Throws<ScoringInputException>(() => ScoringCalculator.Score(Rubric, [agency]));

        Assert.Contains(error.Problems, p => p.Rule == ScoringRule.ManualPointsOutOfRange && p.Arguments is [_, "DOI-THOAI", 2.5m, 2m]);
    }

    [Fact]
    public void Score_ManualScoreWithoutEvidence_IsRefused()
    {
        var agency = Agency("SXD", _ => { }, new() { ["DOI-THOAI"] = new(1, " ") });

        var error = Assert.Throws<ScoringInputException>(() => ScoringCalculator.Score(Rubric, [agency]));

        Assert.Contains(error.Problems, p => p.Rule == ScoringRule.EvidenceMissing && p.Arguments is [_, "DOI-THOAI"]);
    }

    [Fact]
    public void Score_WithABrokenRubric_RefusesToRun()
    {
        var error = Assert.Throws<ScoringInputException>(() => ScoringCalculator.Score(Rubric with { TotalPoints = 120 }, [Agency("SXD", _ => { })]));

        Assert.Contains(error.Problems, p => p.Rule == ScoringRule.TotalMismatch && p.Arguments is [100m, 120m]);
    }

    [Fact]
    public void Score_AgencyWithNoFigures_ShowsEveryCriterionMissingRatherThanSilentZeros()
    {
        var result = ScoringCalculator.Score(Rubric, [Agency("SXD", _ => { })]);

        var agency = Assert.Single(result.Agencies);
        Assert.Equal(Rubric.Criteria.Count, agency.MissingCriteria.Count);
        Assert.All(agency.Criteria, c => Assert.Null(c.Points));
    }

    private static decimal? Points(ScoringResult result, string agencyCode, string criterionCode) =>
        result.Agencies.Single(a => a.AgencyCode == agencyCode).Criteria.Single(c => c.CriterionCode == criterionCode).Points;

    private static AgencyScoringInput Agency(string code, Action<Dictionary<AgencyMetric, decimal?>> metrics, Dictionary<string, ManualScore>? manual = null)
    {
        var values = new Dictionary<AgencyMetric, decimal?>();
        metrics(values);
        return new AgencyScoringInput(code, $"Cơ quan {code}", values, manual ?? []);
    }
}
