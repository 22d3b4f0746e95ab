using DanVan.Feedback.Core.Scoring;

namespace DanVan.Feedback.Core.Tests.Scoring;

public sealed class RubricTests
{
    [Fact]
    public void Problems_ExampleRubric_HasNoneAndSaysItIsAnExample()
    {
        var rubric = ExampleRubric.Create();

        Assert.Empty(rubric.Problems());
        Assert.True(rubric.IsExample, "The shipped rubric must be labelled as an example to adapt.");
        Assert.Equal(rubric.TotalPoints, rubric.Criteria.Sum(c => c.MaxPoints));
    }

    [Fact]
    public void Problems_CriteriaNotAddingUpToTheTotal_SaysBothFigures()
    {
        var rubric = ExampleRubric.Create() with { TotalPoints = 90 };

        var problem = Assert.Single(rubric.Problems());

        Assert.Equal(new ScoringProblem(ScoringRule.TotalMismatch, [100m, 90m]), problem);
    }

    [Theory]
    [InlineData(0, 70, 60, ScoringRule.BandsOverlap, 0, 60)]
    [InlineData(0, 70, 75, ScoringRule.BandsLeaveAGap, 70, 75)]
    public void Problems_BandsThatOverlapOrLeaveGaps_AreNamed(decimal firstFrom, decimal firstTo, decimal secondFrom, ScoringRule rule, decimal from, decimal to)
    {
        var rubric = WithOnTimeBands([new(firstFrom, firstTo, 0), new(secondFrom, null, 30)]);

        Assert.Contains(rubric.Problems(), p => p == new ScoringProblem(rule, ["DUNG-HAN", OnTimeName, from, to]));
    }

    [Fact]
    public void Problems_FirstBandAboveTheMetricsMinimum_NamesTheMinimumItsUnitAndTheFirstBand()
    {
        var rubric = WithOnTimeBands([new(5, 70, 0), new(70, null, 30)]);

        Assert.Contains(
            new ScoringProblem(ScoringRule.FirstBandAboveMinimum, ["DUNG-HAN", OnTimeName, 0m, AgencyMetric.OnTimeRate, 5m]),
            rubric.Problems());
    }

    [Fact]
    public void Problems_LastBandClosed_LeavesTheHighValuesUnscored()
    {
        var rubric = WithOnTimeBands([new(0, 70, 0), new(70, 100, 30)]);

        Assert.Contains(new ScoringProblem(ScoringRule.LastBandClosed, ["DUNG-HAN", OnTimeName, 100m, AgencyMetric.OnTimeRate]), rubric.Problems());
    }

    [Fact]
    public void Problems_BandWorthMoreThanTheCriterion_IsRefused()
    {
        var rubric = WithOnTimeBands([new(0, 70, 0), new(70, null, 31)]);

        Assert.Contains(new ScoringProblem(ScoringRule.BandPointsOutOfRange, ["DUNG-HAN", OnTimeName, 70m, 31m, 30m]), rubric.Problems());
    }

    [Fact]
    public void Problems_LinearScaleWithOneThreshold_IsRefused()
    {
        var rubric = ExampleRubric.Create();
        rubric = rubric with
        {
            Criteria = rubric.Criteria.Select(c => c.Code == "THOI-GIAN" ? c with { FullPointsAt = 30 } : c).ToList(),
        };

        Assert.Contains(rubric.Problems(), p => p.Rule == ScoringRule.LinearLevelsEqual && p.Arguments[0] is "THOI-GIAN");
    }

    [Fact]
    public void Problems_ClassThresholdsOutOfOrder_AreRefused()
    {
        var rubric = ExampleRubric.Create() with
        {
            ClassThresholds = [new(ScoreClass.Excellent, 70), new(ScoreClass.Good, 75), new(ScoreClass.Fair, 60), new(ScoreClass.Average, 50)],
        };

        Assert.Contains(
            new ScoringProblem(ScoringRule.ClassThresholdsOutOfOrder, [ScoreClass.Excellent, 70m, ScoreClass.Good, 75m]),
            rubric.Problems());
    }

    [Theory]
    [InlineData(100, ScoreClass.Excellent)]
    [InlineData(90, ScoreClass.Excellent)]
    [InlineData(89.99, ScoreClass.Good)]
    [InlineData(75, ScoreClass.Good)]
    [InlineData(60, ScoreClass.Fair)]
    [InlineData(50, ScoreClass.Average)]
    [InlineData(49.99, ScoreClass.Weak)]
    [InlineData(0, ScoreClass.Weak)]
    public void ClassFor_TotalsAtAndAroundTheThresholds_GiveTheClassWhoseThresholdIsMet(decimal total, ScoreClass expected) =>
        Assert.Equal(expected, ExampleRubric.Create().ClassFor(total));

    private static readonly string OnTimeName = ExampleRubric.Create().Criteria.Single(c => c.Code == "DUNG-HAN").Name;

    private static Rubric WithOnTimeBands(IReadOnlyList<ScoreBand> bands)
    {
        var rubric = ExampleRubric.Create();
        return rubric with { Criteria = rubric.Criteria.Select(c => c.Code == "DUNG-HAN" ? c with { Bands = bands } : c).ToList() };
    }
}
