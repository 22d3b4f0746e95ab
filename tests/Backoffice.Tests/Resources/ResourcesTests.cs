using DanVan.Feedback.Backoffice.Pages.Admin.Policies;
using DanVan.Feedback.Backoffice.Pages.Scoring;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Backoffice.Tests.Resources;

/// <summary>
/// The Backoffice's own texts (ADR 24), as the Portal's are checked: each neutral (Vietnamese) .resx has an .en.resx
/// with the same keys and placeholders and no empty value, its marker class finds it, and every code Core returns
/// to these pages has words, so staff never read a code.
/// </summary>
public sealed class ResourcesTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string MarkerNamespace = "DanVan.Feedback.Backoffice.";

    private static readonly string ResourcesDirectory = ResourceFiles.SourceFolder("src", "Backoffice", "Resources");

    public static TheoryData<string> NeutralFiles() => new(
        Directory.EnumerateFiles(ResourcesDirectory, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ResourcesDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void EnglishFile_HasEveryVietnameseKeyAndNoOther_SamePlaceholders_AndTheMarkerFindsBoth(string neutralFile)
    {
        // Arrange: Resources/Pages/Scoring/ScoringProblemText.resx belongs to DanVan.Feedback.Backoffice.Pages.Scoring.ScoringProblemText.
        var vietnamese = ResourceFiles.Read(Path.Combine(ResourcesDirectory, neutralFile));
        var english = ResourceFiles.Read(Path.Combine(ResourcesDirectory, neutralFile[..^".resx".Length] + ".en.resx"));
        var marker = typeof(ScoringProblemText).Assembly.GetType(MarkerNamespace + neutralFile[..^".resx".Length].Replace('/', '.'));
        Assert.True(marker is not null, $"{neutralFile} needs its marker class.");
        var localizer = fixture.Backoffice.Services.GetRequiredService<IStringLocalizerFactory>().Create(marker);

        // Assert
        Assert.True(vietnamese.Keys.Order().SequenceEqual(english.Keys.Order()), $"{neutralFile}: the two languages must have the same keys.");
        Assert.All(vietnamese.Keys, key =>
        {
            Assert.True(english[key].Trim().Length > 0 && ResourceFiles.Placeholders(vietnamese[key]).SetEquals(ResourceFiles.Placeholders(english[key])),
                $"{neutralFile}: '{key}' must be said in English with the same placeholders.");
            Assert.Equal(vietnamese[key], TestCultures.In("vi-VN", () => localizer[key].Value));
            Assert.Equal(english[key], TestCultures.In("en", () => localizer[key].Value));
        });
    }

    [Theory]
    [InlineData(typeof(ScoringProblemText), typeof(ScoringRule), "ScoringRule.")]
    [InlineData(typeof(ScoringProblemText), typeof(AgencyMetric), "ScoringRule.Unit.")]
    [InlineData(typeof(ScoringProblemText), typeof(ScoreClass), "ScoringRule.Class.")]
    [InlineData(typeof(PolicyProblemText), typeof(PolicyRule), "PolicyRule.")]
    [InlineData(typeof(PolicyProblemText), typeof(LongerLimit), "PolicyRule.Limit.")]
    public void EveryCode_HasWordsInBothLanguages(Type marker, Type codes, string prefix)
    {
        // Arrange
        var localizer = fixture.Backoffice.Services.GetRequiredService<IStringLocalizerFactory>().Create(marker);
        var keys = Enum.GetNames(codes).Select(name => prefix + name).ToList();

        // Act
        var missing = new[] { "vi-VN", "en" }.SelectMany(culture => TestCultures.In(culture, () => keys.Where(k => localizer[k].ResourceNotFound).Select(k => $"{k} ({culture})").ToList()));

        // Assert
        Assert.True(!missing.Any(), $"Staff would read these {codes.Name} values as codes: {string.Join(", ", missing)}.");
    }
}
