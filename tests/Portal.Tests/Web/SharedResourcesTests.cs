using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DanVan.Feedback.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Tests.Web;

/// <summary>
/// The texts of src/Web, as ResourcesTests checks the Portal's: each neutral (Vietnamese) .resx has an
/// .en.resx with the same keys and placeholders, no value is empty, and its marker class finds it in the
/// built Portal in both languages.
/// </summary>
public sealed partial class SharedResourcesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Theory]
    [InlineData(typeof(CaseText))]
    [InlineData(typeof(CommonText))]
    [InlineData(typeof(CaseRuleText))]
    public void EnglishFile_HasEveryVietnameseKey_SamePlaceholders_AndTheMarkerFindsBoth(Type marker)
    {
        // Arrange
        var vietnamese = Read(marker.Name + ".resx");
        var english = Read(marker.Name + ".en.resx");
        var localizer = fixture.Factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(marker);

        // Assert
        Assert.True(vietnamese.Keys.Order().SequenceEqual(english.Keys.Order()),
            $"{marker.Name}: keys differ between languages: {string.Join(", ", vietnamese.Keys.Except(english.Keys).Union(english.Keys.Except(vietnamese.Keys)))}");
        Assert.All(vietnamese.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{marker.Name}: '{entry.Key}' is empty."));
        Assert.All(vietnamese.Keys, key =>
        {
            Assert.True(Placeholders(vietnamese[key]).SetEquals(Placeholders(english[key])), $"{marker.Name}: '{key}' must use the same placeholders in both languages.");
            Assert.Equal(vietnamese[key], In("vi-VN", () => localizer[key].Value));
            Assert.Equal(english[key], In("en", () => localizer[key].Value));
        });
    }

    private static Dictionary<string, string> Read(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DanVan.Feedback.sln")))
            {
                return XDocument.Load(Path.Combine(directory.FullName, "src", "Web", "Resources", file)).Root!
                    .Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
            }
        }

        throw new DirectoryNotFoundException("The source tree (DanVan.Feedback.sln) is not above the test's folder.");
    }

    private static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Value)];

    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
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
