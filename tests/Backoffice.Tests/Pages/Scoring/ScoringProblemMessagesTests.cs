using System.Text.RegularExpressions;
using System.Xml.Linq;
using DanVan.Feedback.Backoffice.Pages.Scoring;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Scoring;

/// <summary>
/// Core's scoring problems said by the Backoffice (ADR 24): every code, unit and class has words in Vietnamese and in
/// English with the same placeholders, so an assessor never meets a code; points read as the scoring pages write them.
/// </summary>
public sealed partial class ScoringProblemMessagesTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Agency = "Sở Xây dựng";

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Resources_EnglishHasEveryVietnameseKeyWithTheSamePlaceholders()
    {
        var vietnamese = Read("ScoringProblemText.resx");
        var english = Read("ScoringProblemText.en.resx");

        Assert.True(vietnamese.Keys.Order().SequenceEqual(english.Keys.Order()), "Both languages must have the same keys.");
        Assert.All(vietnamese.Keys, key => Assert.True(
            Placeholders(vietnamese[key]).SetEquals(Placeholders(english[key])) && english[key].Trim().Length > 0,
            $"'{key}' must be said in English with the same placeholders."));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en")]
    public void Resources_EveryRuleUnitAndClass_HasWords(string culture)
    {
        // Arrange
        var text = fixture.Backoffice.Services.GetRequiredService<IStringLocalizer<ScoringProblemText>>();
        var keys = Enum.GetNames<ScoringRule>().Select(r => "ScoringRule." + r)
            .Concat(Enum.GetNames<AgencyMetric>().Select(m => "ScoringRule.Unit." + m))
            .Concat(Enum.GetNames<ScoreClass>().Select(c => "ScoringRule.Class." + c));

        // Act
        var missing = TestCultures.In(culture, () => keys.Where(k => text[k].ResourceNotFound).ToList());

        // Assert
        Assert.True(missing.Count == 0, $"An assessor would read these as codes in {culture}: {string.Join(", ", missing)}.");
    }

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

    private static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Value)];

    private static Dictionary<string, string> Read(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DanVan.Feedback.sln")))
            {
                return XDocument.Load(Path.Combine(directory.FullName, "src", "Backoffice", "Resources", "Pages", "Scoring", file)).Root!
                    .Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
            }
        }

        throw new DirectoryNotFoundException("The source tree (DanVan.Feedback.sln) is not above the test's folder.");
    }
}
