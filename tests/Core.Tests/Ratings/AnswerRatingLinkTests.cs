using System.Globalization;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Core.Tests.Ratings;

/// <summary>The link in the invitation: it opens the rating of one answer, cannot be forged or moved to another case, and dies with time.</summary>
public sealed class AnswerRatingLinkTests
{
    private const long CaseId = 4217;

    private static readonly DateTimeOffset AnsweredAt = new(2026, 2, 11, 15, 30, 0, TimeSpan.FromHours(7));

    private readonly EphemeralDataProtectionProvider keyRing = new();

    private readonly FakeTimeProvider clock = new(TestClock.BeforeTet2026);

    [Fact]
    public void Read_TokenItMade_NamesTheCaseAndTheAnswer()
    {
        // Arrange
        var links = Links();
        var token = links.TokenFor(CaseId, AnsweredAt);

        // Act
        var target = links.Read(token);

        // Assert
        Assert.NotNull(target);
        Assert.Equal(CaseId, target.CaseId);
        Assert.True(target.AnsweredAt == AnsweredAt, $"The token must name the answer it was made for, {AnsweredAt:O}; it names {target.AnsweredAt:O}.");
    }

    [Fact]
    public void PathFor_Token_IsThePortalsRatingAddressAndSurvivesAUrl()
    {
        // Arrange
        var links = Links();
        var token = links.TokenFor(CaseId, AnsweredAt);

        // Act
        var path = AnswerRatingLink.PathFor(token);

        // Assert
        Assert.StartsWith("/danh-gia-tra-loi/", path, StringComparison.Ordinal);
        var fromPath = Uri.UnescapeDataString(path["/danh-gia-tra-loi/".Length..]);
        Assert.Equal(CaseId, links.Read(fromPath)?.CaseId);
    }

    [Fact]
    public void Read_TokenWithOneCharacterChanged_IsNull()
    {
        // Arrange
        var links = Links();
        var token = links.TokenFor(CaseId, AnsweredAt);
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        // Act
        var target = links.Read(tampered);

        // Assert
        Assert.Null(target);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-a-token")]
    public void Read_NoTokenOrGarbage_IsNull(string? token)
    {
        // Arrange
        var links = Links();

        // Act
        var target = links.Read(token);

        // Assert
        Assert.Null(target);
    }

    [Fact]
    public void Read_OnTheLastDayOfItsLifetime_StillOpens()
    {
        // Arrange
        var links = Links();
        var token = links.TokenFor(CaseId, AnsweredAt);
        clock.Advance(TimeSpan.FromDays(new RatingOptions().LinkLifetimeDays) - TimeSpan.FromMinutes(1));

        // Act
        var target = links.Read(token);

        // Assert
        Assert.NotNull(target);
    }

    [Fact]
    public void Read_AfterItsLifetime_IsNull()
    {
        // Arrange
        var links = Links();
        var token = links.TokenFor(CaseId, AnsweredAt);
        clock.Advance(TimeSpan.FromDays(new RatingOptions().LinkLifetimeDays) + TimeSpan.FromMinutes(1));

        // Act
        var target = links.Read(token);

        // Assert
        Assert.Null(target);
    }

    [Fact]
    public void Read_TokenProtectedForAnotherPurpose_IsNull()
    {
        // Arrange: the same key ring protects the denouncer's identity; nothing it made may pass for a rating link.
        var links = Links();
        var expires = clock.GetUtcNow().AddDays(30).UtcTicks;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{CaseId}:{AnsweredAt.UtcTicks}:{expires}");
        var token = keyRing.CreateProtector("DanVan.Feedback.DenouncerIdentity.v1").Protect(payload);

        // Act
        var target = links.Read(token);

        // Assert
        Assert.Null(target);
    }

    [Fact]
    public void Read_TokenFromAnotherKeyRing_IsNull()
    {
        // Arrange
        var links = Links();
        var foreign = new AnswerRatingLink(new EphemeralDataProtectionProvider(), Options.Create(new RatingOptions()), clock);
        var token = foreign.TokenFor(CaseId, AnsweredAt);

        // Act
        var target = links.Read(token);

        // Assert
        Assert.Null(target);
    }

    [Theory]
    [InlineData("4217:639000000000000000")]
    [InlineData("-4217:639000000000000000:639999999999999999")]
    [InlineData("4217:x:639999999999999999")]
    public void Read_RightPurposeButAPayloadItNeverMakes_IsNull(string payload)
    {
        // Arrange
        var links = Links();
        var token = keyRing.CreateProtector(AnswerRatingLink.Purpose).Protect(payload);

        // Act
        var target = links.Read(token);

        // Assert
        Assert.Null(target);
    }

    private AnswerRatingLink Links() => new(keyRing, Options.Create(new RatingOptions()), clock);
}
