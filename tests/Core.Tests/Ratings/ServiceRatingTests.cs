using DanVan.Feedback.Core.Ratings;

namespace DanVan.Feedback.Core.Tests.Ratings;

public sealed class ServiceRatingTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Criteria_AreTheNineIndicatorsNumberedOneToNine_InBothLanguages()
    {
        Assert.Equal(Enumerable.Range(1, 9), RatingCriterion.All.Select(c => c.Number));
        Assert.All(RatingCriterion.All, c => Assert.False(
            string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.NameEn), $"Indicator {c.Number} needs a Vietnamese and an English label."));
        Assert.Equal(18, RatingCriterion.MaxTotal);
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2 }, 18, 9)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, 0)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 9, 9)]
    [InlineData(new[] { 2, 1, 0, 2, 1, 0, 2, 1, 1 }, 10, 7)]
    public void New_ScoresAddUpToTheTotalAndCountTheSatisfiedAnswers(int[] points, int total, int satisfied)
    {
        var scores = points.Select(p => (SatisfactionLevel)p).ToList();

        var rating = new ServiceRating(Guid.NewGuid(), "SNV", null, null, scores, null, ServiceRatingChannel.Web, Now);

        Assert.True(rating.Total == total, $"0/1/2 points per indicator: expected {total} of 18, got {rating.Total}.");
        Assert.Equal(satisfied, rating.SatisfiedCount);
        Assert.Equal(satisfied < 9, rating.HasDissatisfaction);
        Assert.Equal(scores, rating.Scores);
    }

    [Fact]
    public void New_FewerThanNineScoresOrAnUnknownLevel_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ServiceRating(
            Guid.NewGuid(), "SNV", null, null, [.. Enumerable.Repeat(SatisfactionLevel.Satisfied, 8)], null, ServiceRatingChannel.Web, Now));
        Assert.Throws<ArgumentException>(() => new ServiceRating(
            Guid.NewGuid(), "SNV", null, null, [.. Enumerable.Repeat((SatisfactionLevel)3, 9)], null, ServiceRatingChannel.Web, Now));
    }

    [Fact]
    public void New_BlankOptionalTextIsStoredAsNothing_AndTextIsTrimmed()
    {
        var rating = new ServiceRating(
            Guid.NewGuid(), "SNV", "  Cấp đổi giấy phép lái xe ", "   ", [.. Enumerable.Repeat(SatisfactionLevel.Satisfied, 9)], "", ServiceRatingChannel.QrCode, Now);

        Assert.Equal("Cấp đổi giấy phép lái xe", rating.ServiceName);
        Assert.Null(rating.DeskName);
        Assert.Null(rating.Comment);
    }

    [Fact]
    public void UrlFor_NamesTheAgencyServiceAndDeskAndMarksTheScan()
    {
        var url = ServiceRatingLinks.UrlFor("https://phananh.haiphong.gov.vn/", "UBND-11311", "Chứng thực bản sao", "Quầy 3");

        Assert.Equal(
            "https://phananh.haiphong.gov.vn/danh-gia-dich-vu?co-quan=UBND-11311&dich-vu=Ch%E1%BB%A9ng%20th%E1%BB%B1c%20b%E1%BA%A3n%20sao&quay=Qu%E1%BA%A7y%203&nguon=qr",
            url);
    }
}
