using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Ratings;

public sealed class ServiceRatingServiceTests
{
    private static readonly SatisfactionLevel[] AllSatisfied = [.. Enumerable.Repeat(SatisfactionLevel.Satisfied, 9)];

    [Fact]
    public async Task Record_FreshVisit_StoresOneRatingForTheAgencyWithItsChannelAndTime()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var token = Visits(host).Start(ServiceRatingChannel.QrCode);
        SatisfactionLevel[] scores = [.. Enumerable.Repeat(SatisfactionLevel.VerySatisfied, 8), SatisfactionLevel.NotSatisfied];

        // Act
        var result = await RecordAsync(host, token, new("UBND-11311", "Chứng thực bản sao", "Quầy 3", scores, "Phải chờ lâu ở quầy 3."));

        // Assert
        Assert.Equal(ServiceRatingOutcome.Recorded, result.Outcome);
        Assert.Equal(16, result.Total);
        var stored = await host.QueryAsync(db => db.ServiceRatings.AsNoTracking().SingleAsync());
        Assert.Equal(result.RatingId, stored.Id);
        Assert.Equal("UBND-11311", stored.AgencyCode);
        Assert.Equal(scores, stored.Scores);
        Assert.Equal(8, stored.SatisfiedCount);
        Assert.Equal(ServiceRatingChannel.QrCode, stored.Channel);
        Assert.Equal(host.Clock.GetUtcNow(), stored.RatedAt);
    }

    [Fact]
    public async Task Record_SameVisitTwice_StoresOneRatingAndAnswersWithTheFirst()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var token = Visits(host).Start(ServiceRatingChannel.Web);
        var first = await RecordAsync(host, token, new("SNV", null, null, AllSatisfied, null));

        // Act: a double click, or the same form posted again with other answers.
        var replay = await RecordAsync(host, token, new("SNV", null, null, [.. Enumerable.Repeat(SatisfactionLevel.NotSatisfied, 9)], null));

        // Assert
        Assert.Equal(ServiceRatingOutcome.AlreadyRecorded, replay.Outcome);
        Assert.True(replay.RatingId == first.RatingId && replay.Total == 9, "A replayed visit must not change the rating stored first.");
        Assert.Equal(1, await host.QueryAsync(db => db.ServiceRatings.CountAsync()));
    }

    [Fact]
    public async Task Record_SameVisitPostedTwiceAtOnce_StoresOneRating()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var token = Visits(host).Start(ServiceRatingChannel.Web);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RecordAsync(host, token, new("SNV", null, null, AllSatisfied, null))));

        // Assert
        Assert.All(results, r => Assert.True(r.IsStored, $"Every post of one visit ends in the one stored rating; got {r.Outcome}."));
        Assert.Single(results.Select(r => r.RatingId).Distinct());
        Assert.Equal(1, await host.QueryAsync(db => db.ServiceRatings.CountAsync()));
    }

    [Fact]
    public async Task Record_UnknownAgency_IsRefusedAndStoresNothing()
    {
        await using var host = await CoreHost.StartAsync();

        var result = await RecordAsync(host, Visits(host).Start(ServiceRatingChannel.Web), new("KHONG-CO", null, null, AllSatisfied, null));

        Assert.Equal(ServiceRatingOutcome.UnknownAgency, result.Outcome);
        Assert.Equal(0, await host.QueryAsync(db => db.ServiceRatings.CountAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("khong-phai-ma-luot")]
    public async Task Record_ForgedOrMissingVisit_IsRefused(string? token)
    {
        await using var host = await CoreHost.StartAsync();

        var result = await RecordAsync(host, token, new("SNV", null, null, AllSatisfied, null));

        Assert.Equal(ServiceRatingOutcome.VisitInvalid, result.Outcome);
        Assert.Equal(0, await host.QueryAsync(db => db.ServiceRatings.CountAsync()));
    }

    [Fact]
    public async Task Record_VisitOlderThanItsLifetime_IsRefused()
    {
        await using var host = await CoreHost.StartAsync();
        var token = Visits(host).Start(ServiceRatingChannel.Web);
        host.Clock.Advance(TimeSpan.FromHours(25));

        var result = await RecordAsync(host, token, new("SNV", null, null, AllSatisfied, null));

        Assert.Equal(ServiceRatingOutcome.VisitInvalid, result.Outcome);
    }

    [Fact]
    public async Task Summarize_PerAgencyAndPeriod_AveragesPointsAndSharesSatisfiedAnswers()
    {
        // Arrange: two ratings of Sở Nội vụ (18 and 6 of 18; 9 and 5 satisfied answers of 9), one of Sở Tư pháp, one outside the period.
        await using var host = await CoreHost.StartAsync();
        var from = host.Clock.GetUtcNow();
        await RecordAsync(host, Visits(host).Start(ServiceRatingChannel.Web), new("SNV", null, null, [.. Enumerable.Repeat(SatisfactionLevel.VerySatisfied, 9)], null));
        await RecordAsync(host, Visits(host).Start(ServiceRatingChannel.Web), new("SNV", null, null, [.. Enumerable.Repeat(SatisfactionLevel.NotSatisfied, 4), SatisfactionLevel.VerySatisfied, .. Enumerable.Repeat(SatisfactionLevel.Satisfied, 4)], null));
        await RecordAsync(host, Visits(host).Start(ServiceRatingChannel.Web), new("STP", null, null, AllSatisfied, null));
        host.Clock.Advance(TimeSpan.FromDays(31));
        await RecordAsync(host, Visits(host).Start(ServiceRatingChannel.Web), new("SNV", null, null, [.. Enumerable.Repeat(SatisfactionLevel.NotSatisfied, 9)], null));

        // Act
        var summary = await SummarizeAsync(host, from, from.AddDays(30));

        // Assert
        var snv = Assert.Single(summary, s => s.AgencyCode == "SNV");
        Assert.Equal(2, snv.Ratings);
        Assert.Equal(12.0, snv.AverageTotal);
        Assert.True(Math.Abs(snv.SatisfiedShare - 14.0 / 18) < 1e-9, $"14 of 18 answers were Hài lòng or Rất hài lòng; got {snv.SatisfiedShare:P1}.");
        var stp = Assert.Single(summary, s => s.AgencyCode == "STP");
        Assert.Equal(1.0, stp.SatisfiedShare);
    }

    private static ServiceRatingVisit Visits(CoreHost host) => host.Services.GetRequiredService<ServiceRatingVisit>();

    private static async Task<ServiceRatingResult> RecordAsync(CoreHost host, string? token, ServiceRatingInput input)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceRatingService>().RecordAsync(token, input);
    }

    private static async Task<IReadOnlyList<ServiceRatingSummary>> SummarizeAsync(CoreHost host, DateTimeOffset from, DateTimeOffset to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceRatingService>().SummarizeAsync(from, to);
    }
}
