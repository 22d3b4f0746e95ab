using DanVan.Feedback.Core.Scoring.Export;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

public sealed class CchcComponentTests
{
    [Theory]
    [InlineData(0, 100, 20, 0)]          // nothing scored: nothing carried over
    [InlineData(100, 100, 20, 20)]       // a full score earns the whole component
    [InlineData(99.5, 100, 20, 19.9)]
    [InlineData(30, 90, 10, 3.33)]       // a third of a 90-point rubric, to two decimals
    [InlineData(60, 90, 10, 6.67)]
    [InlineData(0.05, 100, 10, 0.01)]    // 0.005: a half goes up, not to the even 0.00
    [InlineData(0.25, 100, 10, 0.03)]    // 0.025: up to 0.03, where banker's rounding would give 0.02
    [InlineData(72.5, 100, 100, 72.5)]   // the default: the total out of 100
    public void Scale_Total_IsProportionalAndRoundedHalfAwayFromZero(decimal total, decimal rubricTotal, decimal componentMax, decimal expected)
    {
        Assert.Equal(expected, CchcComponent.Scale(total, rubricTotal, componentMax));
    }

    [Theory]
    [InlineData(50, 0, 10)]
    [InlineData(50, 100, 0)]
    [InlineData(50, 100, -5)]
    [InlineData(-1, 100, 10)]
    [InlineData(100.01, 100, 10)]
    public void Scale_ImpossibleFigures_AreRefusedRatherThanScaled(decimal total, decimal rubricTotal, decimal componentMax)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CchcComponent.Scale(total, rubricTotal, componentMax));
    }

    [Fact]
    public void For_ExampleRun_GivesEachAgencyItsComponentInRankOrder()
    {
        var components = CchcComponent.For(ExportRun.Result, ExportRun.Rubric, 20);

        Assert.Equal(
            [("SXD", 1, 19.9m), ("STC", 2, 15m), ("SNV", 3, 12.2m), ("UBND-11311", 4, 4.5m)],
            components.Select(c => (c.AgencyCode, c.Rank, c.Points)));
    }

    [Fact]
    public void Options_Default_ExpressesTheTotalOutOfAHundred()
    {
        var options = new CchcComponentOptions();

        Assert.Equal(100m, options.CchcComponentMaxPoints);
        Assert.True(CchcComponentOptions.IsValid(options));
        Assert.False(CchcComponentOptions.IsValid(new CchcComponentOptions { CchcComponentMaxPoints = 0 }));
    }
}
