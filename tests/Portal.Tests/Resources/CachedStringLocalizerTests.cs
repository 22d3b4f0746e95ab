using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Tests.Resources;

/// <summary>The Portal remembers its strings (CachedStringLocalizerFactory): each language must still get its own text.</summary>
public sealed class CachedStringLocalizerTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public void OneLocalizer_ReadInTurnInBothLanguages_GivesEachLanguageItsOwnText()
    {
        // Arrange
        var text = fixture.Factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedText));

        // Act: Vietnamese, English, then Vietnamese again, so a cached first answer would show.
        var first = In(PortalLocalization.Vietnamese, () => text["Layout.Title", "Tra cứu"].Value);
        var english = In(PortalLocalization.English, () => text["Layout.Title", "Track"].Value);
        var again = In(PortalLocalization.Vietnamese, () => text["Layout.Title", "Tra cứu"].Value);

        // Assert
        Assert.Equal("Tra cứu – Phản ánh, kiến nghị Hải Phòng", first);
        Assert.Equal("Track – Hải Phòng reports and recommendations", english);
        Assert.Equal(first, again);
        Assert.Same(text, fixture.Factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedText)));
    }

    [Fact]
    public void UnknownName_IsReportedNotFound_AndNotRememberedAsText()
    {
        var text = fixture.Factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedText));

        var missing = In(PortalLocalization.Vietnamese, () => text["No.Such.Key"]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key", missing.Value);
    }

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
