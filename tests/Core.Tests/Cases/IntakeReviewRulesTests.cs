using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>Which new filings go to Thanh tra thành phố's review queue as well as to their lead agency (DOMAIN.md, task 4.5).</summary>
public sealed class IntakeReviewRulesTests
{
    private const string Corruption = "tham-nhung-nhung-nhieu";

    [Fact]
    public async Task File_CorruptionDenunciation_FlaggedAsCorruptionAndInThanhTrasQueue()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(Denunciation(Corruption));

        // Assert
        var stored = await StoredAsync(host, filed);
        Assert.True(stored.ReviewReasons == ReviewReasons.Corruption, $"A denunciation of corruption must be flagged as such; flags: {stored.ReviewReasons}.");
        Assert.True(stored.InReviewQueue && stored.FlaggedForReviewAt == host.Clock.GetUtcNow(), "It must enter Thanh tra's review queue on the day it is received.");
        var flag = Assert.Single(stored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.Equal("TTTP", flag.AgencyCode);
        Assert.False(flag.IsPublic, "The denouncer's tracking page does not show Thanh tra's internal review.");
        Assert.True(filed.LeadAgencyCode == "UBND-11311", $"The review is in addition to the lead agency, which still handles it; lead: {filed.LeadAgencyCode}.");
    }

    [Theory]
    [InlineData("khu-cong-nghiep")]
    [InlineData("khac")]
    public async Task File_DenunciationOnAnotherSpecialTopic_NotFlaggedAsCorruption(string topicCode)
    {
        // Arrange: industrial zones and "something else" are routed by special rules too, but are not corruption.
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(Denunciation(topicCode));

        // Assert
        var stored = await StoredAsync(host, filed);
        Assert.True(
            !stored.ReviewReasons.HasFlag(ReviewReasons.Corruption),
            $"A denunciation on '{topicCode}' is not a denunciation of corruption; it was flagged {stored.ReviewReasons}.");
        Assert.Null(stored.FlaggedForReviewAt);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(12, true)]
    [InlineData(4, false)]
    public async Task File_SignedByManyPeople_MassFromFiveSignatories(int signatories, bool mass)
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(CoreHost.Intake("to.dan.pho3@example.vn") with { SignatoryCount = signatories });

        // Assert
        var stored = await StoredAsync(host, filed);
        Assert.True(
            stored.ReviewReasons.HasFlag(ReviewReasons.Mass) == mass && stored.InReviewQueue == mass,
            mass
                ? $"A filing signed by {signatories} people is a mass case for Thanh tra's queue; flags: {stored.ReviewReasons}."
                : $"A filing signed by {signatories} people is not yet a mass case; flags: {stored.ReviewReasons}.");
    }

    [Fact]
    public async Task File_SamePhoneSameTopicTwice_TheSecondIsProlongedAndTheFirstNot()
    {
        // Arrange: the same number, typed two ways, two months apart.
        await using var host = await CoreHost.StartAsync();
        var first = await host.FileAsync(ByPhone("0912 345 678", "ha-tang-dia-phuong"));
        host.Clock.Advance(TimeSpan.FromDays(60));

        // Act
        var second = await host.FileAsync(ByPhone("+84 912.345.678", "ha-tang-dia-phuong"));

        // Assert
        var firstStored = await StoredAsync(host, first);
        var secondStored = await StoredAsync(host, second);
        Assert.True(firstStored.ReviewReasons == ReviewReasons.None, $"A first filing is not prolonged; flags: {firstStored.ReviewReasons}.");
        Assert.True(secondStored.ReviewReasons == ReviewReasons.Prolonged, $"The same filer on the same matter again is a prolonged case; flags: {secondStored.ReviewReasons}.");
        var flag = Assert.Single(secondStored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.Contains("12/02/2026", flag.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_SamePhoneAnotherTopic_NotFlagged()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(ByPhone("0912345678", "ha-tang-dia-phuong"));

        // Act
        var other = await host.FileAsync(ByPhone("0912345678", "ve-sinh-moi-truong"));

        // Assert
        var stored = await StoredAsync(host, other);
        Assert.True(stored.ReviewReasons == ReviewReasons.None, $"A filer raising a different matter is not a prolonged case; flags: {stored.ReviewReasons}.");
    }

    [Fact]
    public async Task File_SamePhoneSameTopicMoreThanAYearLater_NotProlonged()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(ByPhone("0912345678", "ha-tang-dia-phuong"));
        host.Clock.Advance(TimeSpan.FromDays(366));

        // Act
        var later = await host.FileAsync(ByPhone("0912345678", "ha-tang-dia-phuong"));

        // Assert
        var stored = await StoredAsync(host, later);
        Assert.True(stored.ReviewReasons == ReviewReasons.None, $"A filing more than 365 days after the last on the matter is not counted as prolonged; flags: {stored.ReviewReasons}.");
    }

    [Fact]
    public async Task File_FiveFilingsOnOneTopicInOneCommuneWithin30Days_TheFifthIsMass()
    {
        // Arrange: four neighbours report the same dark lane over three weeks.
        await using var host = await CoreHost.StartAsync();
        var earlier = new List<FiledCase>();
        for (var i = 1; i <= 4; i++)
        {
            earlier.Add(await host.FileAsync(CoreHost.Intake($"hang.xom{i}@example.vn")));
            host.Clock.Advance(TimeSpan.FromDays(7));
        }

        // Act
        var fifth = await host.FileAsync(CoreHost.Intake("hang.xom5@example.vn"));

        // Assert
        foreach (var filed in earlier)
        {
            var stored = await StoredAsync(host, filed);
            Assert.True(stored.ReviewReasons == ReviewReasons.None, $"Fewer than five filings on a matter are not yet a mass case; {filed.Code} was flagged {stored.ReviewReasons}.");
        }

        var fifthStored = await StoredAsync(host, fifth);
        Assert.True(
            fifthStored.ReviewReasons == ReviewReasons.Mass && fifthStored.InReviewQueue,
            $"The fifth filing on one topic in one commune within 30 days makes a mass matter for Thanh tra; flags: {fifthStored.ReviewReasons}.");
        var flag = Assert.Single(fifthStored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.Contains("Từ 5 hồ sơ trở lên cùng lĩnh vực tại cùng địa bàn trong 30 ngày", flag.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ManyMoreFilingsOnOneMatter_EachPastTheFifthIsStillMass()
    {
        // Arrange: the count stops at the threshold (issue 17); a matter far past it must still be caught.
        await using var host = await CoreHost.StartAsync();
        for (var i = 1; i <= 8; i++)
        {
            await host.FileAsync(CoreHost.Intake($"hang.xom{i}@example.vn"));
            host.Clock.Advance(TimeSpan.FromHours(20));
        }

        // Act
        var ninth = await host.FileAsync(CoreHost.Intake("hang.xom9@example.vn"));

        // Assert
        var stored = await StoredAsync(host, ninth);
        Assert.True(stored.ReviewReasons == ReviewReasons.Mass, $"The ninth filing on one matter in a commune within 30 days is a mass matter; flags: {stored.ReviewReasons}.");
    }

    [Fact]
    public async Task File_SameEmailSameTopicAgain_Prolonged()
    {
        // Arrange: the same address, typed with capitals the second time.
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(CoreHost.Intake("tran.binh@example.vn"));
        host.Clock.Advance(TimeSpan.FromDays(45));

        // Act
        var again = await host.FileAsync(CoreHost.Intake("Tran.Binh@Example.VN"));

        // Assert
        var stored = await StoredAsync(host, again);
        Assert.True(stored.ReviewReasons == ReviewReasons.Prolonged, $"The same e-mail address on the same matter again is a prolonged case; flags: {stored.ReviewReasons}.");
    }

    [Fact]
    public async Task File_EarlierFilingsByEmailAndByPhone_TheNoteNamesTheFirst()
    {
        // Arrange: first by e-mail alone, a month later by phone alone; then both together.
        await using var host = await CoreHost.StartAsync();
        await host.FileAsync(CoreHost.Intake("tran.binh@example.vn") with { TopicCode = "ve-sinh-moi-truong", LocalityCode = null });
        host.Clock.Advance(TimeSpan.FromDays(30));
        await host.FileAsync(ByPhone("0912345678", "ve-sinh-moi-truong") with { LocalityCode = null });
        host.Clock.Advance(TimeSpan.FromDays(30));

        // Act
        var third = await host.FileAsync(ByPhone("0912345678", "ve-sinh-moi-truong") with { Email = "tran.binh@example.vn", LocalityCode = null });

        // Assert
        var stored = await StoredAsync(host, third);
        var flag = Assert.Single(stored.Events, e => e.Type == CaseEventType.FlaggedForReview);
        Assert.True(
            flag.Note?.Contains("ngày 12/02/2026", StringComparison.Ordinal) == true,
            $"The note must name the filer's first filing on the matter (12/02/2026, by e-mail), not the later one by phone; it says: {flag.Note}.");
    }

    private static Task<FeedbackCase> StoredAsync(CoreHost host, FiledCase filed) =>
        host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value));

    private static CaseIntake ByPhone(string phone, string topicCode) =>
        CoreHost.Intake("unused@example.vn") with { Email = null, Phone = phone, TopicCode = topicCode };

    private static CaseIntake Denunciation(string topicCode) =>
        CoreHost.Intake("nguoi.to.cao@example.vn") with
        {
            Kind = CaseKind.Denunciation,
            TopicCode = topicCode,
            Title = "Tố cáo cán bộ đòi tiền khi làm thủ tục",
            Description = "Cán bộ bộ phận một cửa yêu cầu nộp thêm 2 triệu đồng ngoài lệ phí mới nhận hồ sơ đăng ký kinh doanh.",
            Address = "Số 20 phố Lạch Tray",
        };
}
