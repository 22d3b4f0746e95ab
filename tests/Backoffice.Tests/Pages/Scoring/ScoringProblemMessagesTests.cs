using DanVan.Feedback.Backoffice.Pages.Scoring;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Scoring;

/// <summary>
/// Core's scoring problems said by the Backoffice (ADR 24): the sentence, the metric's unit and the period in it, and
/// points as the scoring pages write them. (ResourcesTests checks every code has words in both languages.)
/// </summary>
public sealed class ScoringProblemMessagesTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Agency = "Sở Xây dựng";

    [Theory]
    [InlineData("vi-VN", "Sở Xây dựng: điểm tiêu chí DAN-VAN-KHEO là 2,5, vượt quá khoảng 0–2.")]
    [InlineData("en", "Sở Xây dựng: the score for criterion DAN-VAN-KHEO is 2.5, outside 0–2.")]
    public void For_ManualPointsOutOfRange_WritesThePointsAsTheReadersPagesDo(string culture, string expected)
    {
        var said = TestCultures.In(culture, () => Messages.For(new ScoringProblem(ScoringRule.ManualPointsOutOfRange, [Agency, "DAN-VAN-KHEO", 2.50m, 2.00m])));

        Assert.Equal(expected, said);
    }

    [Theory]
    [InlineData("vi-VN", "Tiêu chí DUNG-HAN (Đúng hạn): các giá trị từ 100 % trở lên không thuộc khung nào; hãy để trống mức trên của khung cuối.")]
    [InlineData("en", "Criterion DUNG-HAN (Đúng hạn): values of 100 % and above fall in no band; leave the last band's upper bound empty.")]
    public void For_LastBandClosed_NamesTheValueInTheMetricsUnit(string culture, string expected)
    {
        var said = TestCultures.In(culture, () => Messages.For(new ScoringProblem(ScoringRule.LastBandClosed, ["DUNG-HAN", "Đúng hạn", 100m, AgencyMetric.OnTimeRate])));

        Assert.Equal(expected, said);
    }

    [Fact]
    public void For_EmptyPeriod_NamesThePeriod()
    {
        var said = TestCultures.In("vi-VN", () => Messages.For(new ScoringProblem(ScoringRule.EmptyPeriod, [MetricsPeriod.Month(2024, 3)])));

        Assert.StartsWith("Tháng 3/2024 không có số liệu nào", said, StringComparison.Ordinal);
    }

    private ScoringProblemMessages Messages => fixture.Backoffice.Services.GetRequiredService<ScoringProblemMessages>();
}
