using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Tests.Resources;

/// <summary>
/// Every text of the Portal exists in Vietnamese and in English: each neutral .resx (Vietnamese) has an
/// .en.resx with the same keys and the same placeholders, no value is empty, and each file belongs to a
/// marker class whose localizer finds it in the built app.
/// </summary>
public sealed partial class ResourcesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string MarkerNamespace = "DanVan.Feedback.Portal.";

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> NeutralFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ResourcesDirectory, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(ResourcesDirectory, file).Replace('\\', '/'));
        }

        return files;
    }

    [Fact]
    public void ResourcesFolder_HoldsOnlyPairs()
    {
        var all = Directory.EnumerateFiles(ResourcesDirectory, "*.resx", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(all);
        Assert.All(all, file =>
        {
            var neutral = file.EndsWith(".en.resx", StringComparison.Ordinal) ? file[..^".en.resx".Length] + ".resx" : file;
            Assert.True(File.Exists(neutral) && File.Exists(neutral[..^".resx".Length] + ".en.resx"),
                $"{file} must come in a pair: neutral (Vietnamese) .resx and .en.resx.");
        });
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void EnglishFile_HasEveryVietnameseKeyAndNoOther_NoValueEmpty_SamePlaceholders(string neutralFile)
    {
        // Arrange
        var vietnamese = Read(neutralFile);
        var english = Read(neutralFile[..^".resx".Length] + ".en.resx");

        // Assert
        Assert.True(vietnamese.Keys.Except(english.Keys).ToList() is [], $"Missing in English ({neutralFile}): {string.Join(", ", vietnamese.Keys.Except(english.Keys))}");
        Assert.True(english.Keys.Except(vietnamese.Keys).ToList() is [], $"Missing in Vietnamese ({neutralFile}): {string.Join(", ", english.Keys.Except(vietnamese.Keys))}");
        Assert.All(vietnamese.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{neutralFile}: '{entry.Key}' is empty."));
        Assert.All(vietnamese.Keys, key => Assert.True(
            Placeholders(vietnamese[key]).SetEquals(Placeholders(english[key])),
            $"{neutralFile}: '{key}' must use the same {{n}} placeholders in both languages."));
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void MarkerClass_FindsItsTextsInBothLanguages(string neutralFile)
    {
        // Arrange: Resources/Pages/Feedback/IntakeText.resx belongs to DanVan.Feedback.Portal.Pages.Feedback.IntakeText.
        var markerName = MarkerNamespace + neutralFile[..^".resx".Length].Replace('/', '.');
        var marker = typeof(SharedText).Assembly.GetType(markerName);
        Assert.True(marker is not null, $"{neutralFile} needs the marker class {markerName}.");
        var localizer = fixture.Factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(marker);
        var vietnamese = Read(neutralFile);
        var english = Read(neutralFile[..^".resx".Length] + ".en.resx");

        // Act, Assert
        Assert.All(vietnamese.Keys, key =>
        {
            Assert.Equal(vietnamese[key], In(PortalLocalization.Vietnamese, () => localizer[key]).Value);
            Assert.Equal(english[key], In(PortalLocalization.English, () => localizer[key]).Value);
        });
    }

    private static string ResourcesDirectory { get; } = FindResources();

    private static string FindResources()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DanVan.Feedback.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Portal", "Resources");
            }
        }

        throw new DirectoryNotFoundException("The source tree (DanVan.Feedback.sln) is not above the test's folder.");
    }

    private static Dictionary<string, string> Read(string relativePath) =>
        XDocument.Load(Path.Combine(ResourcesDirectory, relativePath)).Root!
            .Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Value)];

    private static T In<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
