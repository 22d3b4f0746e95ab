using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Jobs;

public sealed partial class InviteToRateAnswersJobTests
{
    private const string Template = "answer-rating-invitation";
    private const string FilerEmail = "nguoi.gui@example.vn";

    /// <summary>The rating link in a mail: the Portal's address (EmailOptions.PortalUrl) and the token.</summary>
    [GeneratedRegex(@"http://localhost:5080/danh-gia-tra-loi/(?<token>[A-Za-z0-9_\-%]+)")]
    private static partial Regex RatingLink();

    [Fact]
    public async Task Execute_Answered25HoursAgo_InvitesTheFilerOnceWithALinkToThatAnswer()
    {
        // Arrange: answered Thu 12/2/2026 09:00; the job runs on Fri 13/2 at 10:00.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var (caseId, answeredAt) = await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        var first = await RunAsync(host);
        var second = await RunAsync(host);

        // Assert
        Assert.Equal(1, first);
        Assert.True(second == 0, "A filer is invited once per answer; the second run must send nothing.");
        var mail = Assert.Single(await InvitationsAsync(host));
        Assert.Equal(FilerEmail, mail.To);
        Assert.Equal(caseId, mail.CaseId);
        Assert.Contains(filed.Code.ToString(), mail.Subject, StringComparison.Ordinal);
        Assert.Contains(filed.Code.ToString(), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Trần Văn Bình", mail.TextBody, StringComparison.Ordinal);

        // The answer of 12/02/2026 may be disputed for 30 days: until 14/03/2026.
        Assert.Contains("14/03/2026", mail.TextBody, StringComparison.Ordinal);
        var target = ReadLink(host, mail.TextBody);
        Assert.True(target == new AnswerRatingLink.Target(caseId, answeredAt), $"The link must open the rating of case {caseId}'s answer of {answeredAt:O}; it opens {target}.");
        Assert.True(ReadLink(host, mail.HtmlBody) == target, "The HTML part of the mail must carry the same working link.");
        Assert.Contains(mail.Id, host.Jobs.QueuedEmailIds());
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(host.Clock.GetUtcNow(), stored.JobMarks.RatingInvitedAt);
    }

    [Fact]
    public async Task Execute_AnsweredAnHourAgo_WaitsUntilADayHasPassed()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(1));

        // Act
        var early = await RunAsync(host);
        host.Clock.Advance(TimeSpan.FromHours(23));
        var aDayLater = await RunAsync(host);

        // Assert
        Assert.True(early == 0, "The filer reads the answer first: no invitation an hour after it.");
        Assert.True(aDayLater == 1, $"After {new RatingOptions().InviteAfterHours} hours the filer is invited.");
        Assert.Single(await InvitationsAsync(host));
    }

    [Fact]
    public async Task Execute_AnsweredEightDaysAgo_NoInvitation()
    {
        // Arrange: the job server was down for more than the week an invitation is worth.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromDays(8));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.Equal(0, invited);
        Assert.Empty(await InvitationsAsync(host));
    }

    [Fact]
    public async Task Execute_AnswerRatedFromTheTrackingPageAlready_NoMailButStamped()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var (caseId, answeredAt) = await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await ChangeAsync(host, caseId, (c, db, now) => db.AnswerRatings.Add(c.RateAnswer(answeredAt, satisfied: true, reason: null, now)));
        host.Clock.Advance(TimeSpan.FromHours(23));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.True(invited == 0, "A filer who has rated the answer is not asked to rate it again.");
        Assert.Empty(await InvitationsAsync(host));
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.True(stored.JobMarks.RatingInvitedAt is not null, "The case is stamped, so the job does not look at it again every hour.");
    }

    [Fact]
    public async Task Execute_FilerGavePhoneOnly_NoMailButStamped()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail) with { Email = null, Phone = "0912345678" });
        var (caseId, _) = await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.Equal(0, invited);
        Assert.Empty(await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == Template).ToListAsync()));
        Assert.Empty(host.Jobs.QueuedEmailIds());
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.NotNull(stored.JobMarks.RatingInvitedAt);
    }

    [Fact]
    public async Task Execute_CaseReopenedAtTheFilersRequestAndAnsweredAgain_InvitesAgainForTheNewAnswer()
    {
        // Arrange: invited for the first answer; the filer disputes it through the link; the agency answers again.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake(FilerEmail));
        var (caseId, firstAnswer) = await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(25));
        await RunAsync(host);
        var firstToken = RatingLink().Match(Assert.Single(await InvitationsAsync(host)).TextBody).Groups["token"].Value;
        var disputed = await RateAsync(host, Uri.UnescapeDataString(firstToken), satisfied: false, "Đèn vẫn chưa sáng sau một tuần.", reopen: true);
        Assert.True(disputed is { Outcome: AnswerRatingOutcome.Recorded, Reopened: true }, $"The filer's request must reopen the case: {disputed}.");
        host.Clock.Advance(TimeSpan.FromDays(2));
        await ChangeAsync(host, caseId, (c, _, now) =>
        {
            c.DraftAnswer("Công ty chiếu sáng đã thay bóng đèn ngày 16/02/2026.", Officer(c), now);
            c.ApproveAnswer(Officer(c), now, WorkingCalendar.CreateDefault());
        });
        var secondAnswer = await host.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.AnsweredAt!.Value).SingleAsync());
        host.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.True(invited == 1, "A new answer is a new thing to rate: the filer is invited again.");
        var invitations = await InvitationsAsync(host);
        Assert.Equal(2, invitations.Count);
        Assert.True(secondAnswer > firstAnswer);
        Assert.Equal(new AnswerRatingLink.Target(caseId, secondAnswer), ReadLink(host, invitations[^1].TextBody));
        Assert.Equal(0, await RunAsync(host));
    }

    [Fact]
    public async Task Execute_Denunciation_InvitesTheSealedAddressWithoutTheDenouncersName()
    {
        // Arrange: Luật Tố cáo 2018, Điều 47: the denouncer's identity goes nowhere but to the denouncer.
        await using var host = await CoreHost.StartAsync();
        const string denouncerName = "Phạm Thị Hoa";
        const string denouncerEmail = "pham.hoa@example.vn";
        var filed = await host.FileAsync(new CaseIntake
        {
            Kind = CaseKind.Denunciation,
            Channel = CaseChannel.Web,
            TopicCode = "dat-dai",
            LocalityCode = TestData.HongBang,
            Title = "Tố cáo cán bộ địa chính làm sai lệch hồ sơ đo đạc",
            Description = "Cán bộ địa chính phường đã tự ý sửa số liệu đo đạc thửa đất số 112 để hợp thức hóa phần lấn chiếm của hộ liền kề.",
            FilerType = FilerType.Person,
            FilerName = denouncerName,
            Email = denouncerEmail,
        });
        var (caseId, answeredAt) = await AnswerAsync(host, filed.Code.Value);
        host.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.Equal(1, invited);
        var mail = Assert.Single(await InvitationsAsync(host));
        Assert.True(mail.To == denouncerEmail, $"The invitation must go to the address the denouncer gave, sealed with the case; it goes to '{mail.To}'.");
        Assert.Contains("Kính gửi quý vị", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(denouncerName, mail.Subject + mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(new AnswerRatingLink.Target(caseId, answeredAt), ReadLink(host, mail.TextBody));
    }

    [Fact]
    public async Task Execute_ASealedIdentityNoKeyOpens_SkipsThatCaseAndInvitesTheOthers()
    {
        // Arrange: a denunciation whose sealed identity is damaged (as after a lost key ring), and an ordinary case.
        await using var host = await CoreHost.StartAsync();
        var denunciation = await host.FileAsync(new CaseIntake
        {
            Kind = CaseKind.Denunciation,
            Channel = CaseChannel.Web,
            TopicCode = "dat-dai",
            LocalityCode = TestData.HongBang,
            Title = "Tố cáo việc thu tiền trái phép khi cấp giấy chứng nhận",
            Description = "Cán bộ một cửa phường yêu cầu nộp thêm tiền ngoài mức phí, lệ phí đã niêm yết khi nhận hồ sơ cấp giấy chứng nhận.",
            FilerType = FilerType.Person,
            FilerName = "Ngô Văn Tùng",
            Email = "ngo.tung@example.vn",
        });
        var ordinary = await host.FileAsync(CoreHost.Intake("nguoi.gui.khac@example.vn"));
        var (damagedId, _) = await AnswerAsync(host, denunciation.Code.Value);
        var (ordinaryId, _) = await AnswerAsync(host, ordinary.Code.Value);
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Cases SET SealedIdentity = {"CfDJ8khong-mo-duoc"} WHERE Id = {damagedId}"));
        host.Clock.Advance(TimeSpan.FromHours(25));

        // Act
        var invited = await RunAsync(host);

        // Assert
        Assert.Equal(1, invited);
        var mail = Assert.Single(await InvitationsAsync(host));
        Assert.Equal("nguoi.gui.khac@example.vn", mail.To);
        var stamped = await host.QueryAsync(db => db.Cases.Where(c => c.Id == damagedId || c.Id == ordinaryId).Select(c => c.JobMarks.RatingInvitedAt).ToListAsync());
        Assert.All(stamped, at => Assert.NotNull(at));
    }

    private static StaffActor Officer(FeedbackCase feedbackCase) => new("thu-nghiem", "Cán bộ thử nghiệm", feedbackCase.LeadAgencyCode);

    /// <summary>Accepts, drafts and approves an answer through the domain, as the Backoffice would, at the host's time.</summary>
    private static async Task<(long CaseId, DateTimeOffset AnsweredAt)> AnswerAsync(CoreHost host, string code)
    {
        var caseId = await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync());
        await ChangeAsync(host, caseId, (c, _, now) =>
        {
            c.Accept(Officer(c), now);
            c.DraftAnswer("Phường đã đề nghị Công ty chiếu sáng kiểm tra, thay bóng đèn trong tuần.", Officer(c), now);
            c.ApproveAnswer(Officer(c), now, WorkingCalendar.CreateDefault());
        });
        return (caseId, await host.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.AnsweredAt!.Value).SingleAsync()));
    }

    private static async Task ChangeAsync(CoreHost host, long caseId, Action<FeedbackCase, FeedbackDbContext, DateTimeOffset> change) =>
        await host.QueryAsync(async db =>
        {
            var feedbackCase = await db.Cases.Include(c => c.Events).Include(c => c.Coordinators).SingleAsync(c => c.Id == caseId);
            change(feedbackCase, db, host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

    private static async Task<AnswerRatingResult> RateAsync(CoreHost host, string token, bool satisfied, string reason, bool reopen)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnswerRatingService>().RateAsync(token, satisfied, reason, reopen);
    }

    private static AnswerRatingLink.Target? ReadLink(CoreHost host, string body)
    {
        var link = RatingLink().Match(body);
        Assert.True(link.Success, $"The mail must carry the rating link; it reads: {body}");
        return host.Services.GetRequiredService<AnswerRatingLink>().Read(Uri.UnescapeDataString(link.Groups["token"].Value));
    }

    private static async Task<List<OutboundEmail>> InvitationsAsync(CoreHost host) =>
        await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Template == Template).OrderBy(e => e.Id).ToListAsync());

    private static async Task<int> RunAsync(CoreHost host)
    {
        var invited = 0;
        await host.RunAsync<InviteToRateAnswersJob>(async job => invited = await job.ExecuteAsync(CancellationToken.None));
        return invited;
    }
}
