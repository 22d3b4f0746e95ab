using System.Net;
using AngleSharp.Dom;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Portal.Tests.Pages.Track;

/// <summary>The filer answers the agency's request for information on the tracking page (journey 6).</summary>
public sealed class ReplyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string TrackUrl = "/tra-cuu";
    private const string ReplyUrl = "/tra-cuu/bo-sung";
    private const string Phone = "0912345678";
    private const string WhatIsNeeded = "Đề nghị quý vị cho biết số nhà cụ thể của quán ăn lấn chiếm vỉa hè.";
    private const string Reply = "Quán ăn ở số 12 phố Hoàng Văn Thụ, bày bàn ghế từ 17 giờ đến 22 giờ.";

    private static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", "UBND-11311");

    [Fact]
    public async Task Post_LookUpOfCaseWaitingForTheFiler_ShowsTheRequestAndAReplyForm()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);

        // Act
        var page = await LookUpAsync(client, code);

        // Assert
        Assert.Equal("Chờ quý vị bổ sung thông tin", page.Text("#case-status"));
        Assert.Equal("Cơ quan đề nghị quý vị bổ sung thông tin", page.Text("#information-request h2"));
        Assert.Equal(WhatIsNeeded, page.Text("#request-text"));
        var form = page.QuerySelector("#reply-form") ?? throw new Xunit.Sdk.XunitException("The filer must be offered a form to reply.");
        Assert.Equal(ReplyUrl, form.GetAttribute("action"));
        Assert.False(string.IsNullOrEmpty(form.QuerySelector("input[name='Input.Token']")?.GetAttribute("value")), "The form must carry the proof of this look-up.");
        Assert.Equal("Nội dung quý vị bổ sung", page.Text("label[for=Input_Reply]"));
    }

    [Fact]
    public async Task Post_LookUpInEnglish_ShowsTheRequestInTheAgencysWordsAndTheFormInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);

        // Act
        var page = await LookUpAsync(client, code, "?culture=en");

        // Assert
        Assert.Equal("The agency asks you for more information", page.Text("#information-request h2"));
        Assert.Equal(WhatIsNeeded, page.Text("#request-text"));
        Assert.Equal("vi", page.QuerySelector("#request-text")?.GetAttribute("lang"));
        Assert.Equal("Send the information", page.Text("#reply-form button"));
    }

    [Fact]
    public async Task Post_LookUpOfCaseNotWaiting_OffersNoReplyForm()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client);

        // Act
        var page = await LookUpAsync(client, code);

        // Assert
        Assert.Null(page.QuerySelector("#reply-form"));
        Assert.Null(page.QuerySelector("#information-request"));
    }

    [Fact]
    public async Task Post_Reply_RecordsItResumesTheClockAndShowsTheNewStatusAndDueDate()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code);

        // Act
        var response = await PostReplyAsync(client, page, "  " + Reply + "  ");

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(ReplyUrl, response.Headers.Location?.OriginalString);
        var done = await client.GetDocumentAsync(ReplyUrl);
        Assert.Equal("Đã nhận thông tin bổ sung", done.Text("#reply-done h1"));
        Assert.Contains(code, done.Text("#reply-done"), StringComparison.Ordinal);
        Assert.Equal("Đã tiếp nhận, chờ xử lý", done.Text("#case-status"));
        // Filed and asked on Thu 12/2/2026, replied the same day: nothing set aside, so the classification is due Thu 26/2.
        Assert.Equal("26/02/2026", done.Text("#due-date"));

        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == TrackingCode.Parse(code).Value));
        Assert.Equal(CaseStatus.Received, stored.Status);
        Assert.False(stored.ClockPaused, "The filer replied: the clock must run again.");
        Assert.Equal(new DateOnly(2026, 2, 26), stored.DueOn);
        var received = Assert.Single(stored.Events, e => e.Type == CaseEventType.InformationReceived);
        Assert.True(received.Note == FeedbackCase.FilersReplyPrefix + Reply && received.ActorUserId is null, $"The history must keep the filer's words as the filer's; it says '{received.Note}' by {received.ActorName}.");
        var audit = await fixture.QueryAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Subject == stored.TrackingCode).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.CaseAction && a.ActorName == FilerReplyService.AuditActorName);
    }

    [Fact]
    public async Task Get_ConfirmationWithoutAReply_RedirectsToTheTrackingPage()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync(ReplyUrl);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TrackUrl, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("", "Quý vị vui lòng nhập nội dung bổ sung.")]
    [InlineData("   ", "Quý vị vui lòng nhập nội dung bổ sung.")]
    [InlineData("TOO-LONG", "Nội dung bổ sung không quá 1900 ký tự.")]
    public async Task Post_EmptyOrTooLongReply_Returns400WithTheErrorTheRequestAndTheTextKept(string reply, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code);
        var text = reply == "TOO-LONG" ? new string('x', FeedbackCase.FilersReplyMaxLength + 1) : reply;

        // Act
        var response = await PostReplyAsync(client, page, text);
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, shown.Text(".error-summary a[href='#Input_Reply']"));
        Assert.Equal(message, shown.Text("#Input_Reply-error"));
        Assert.Equal(WhatIsNeeded, shown.Text("#request-text"));
        Assert.True(
            shown.QuerySelector("#Input_Reply")?.TextContent == (string.IsNullOrWhiteSpace(text) ? "" : text),
            "What the filer typed must be kept in the form so they can correct it.");
        Assert.StartsWith("Lỗi", shown.Title, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.WaitingForFiler, await StatusAsync(code));
    }

    [Fact]
    public async Task Post_EmptyReplyInEnglish_MessageInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code, "?culture=en");

        // Act
        var response = await PostReplyAsync(client, page, "");
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Please write your reply.", shown.Text(".error-summary a"));
    }

    [Fact]
    public async Task Post_InEnglish_ReplyTheCaseRefuses_IsRefusedInEnglishAndRecordsNothing()
    {
        // Arrange: the officer's step is stored a minute ahead of this Portal's clock (another node's clock runs fast),
        // so a reply dated now would come before it in the history; Core refuses it with a code the page says in English.
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        await AssignAheadOfTheClockAsync(code);
        var page = await LookUpAsync(client, code, "?culture=en");

        // Act
        var response = await PostReplyAsync(client, page, Reply);
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The time recorded is earlier than the case's previous entry.", shown.Text("#Input_Reply-error"));
        Assert.DoesNotContain("Thời điểm ghi nhận", shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.WaitingForFiler, await StatusAsync(code));
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns404AskingToLookUpAgainAndShowsWhatWasWritten()
    {
        // Arrange: a token issued more than its lifetime ago, on the clock the app reads.
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code);
        var (caseId, requestedAt) = await RequestOfAsync(code);
        var dataProtection = fixture.Factory.Services.GetRequiredService<IDataProtectionProvider>();
        var issuedLongAgo = new FilerReplyToken(dataProtection, new FakeTimeProvider(fixture.Clock.GetUtcNow() - FilerReplyToken.Lifetime - TimeSpan.FromMinutes(1)));

        // Act
        var response = await PostReplyAsync(client, page, Reply, issuedLongAgo.For(caseId, requestedAt));
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Quý vị vui lòng tra cứu lại hồ sơ", shown.Text("#reply-expired"), StringComparison.Ordinal);
        Assert.Equal(TrackUrl, shown.QuerySelector("#look-up-again")?.GetAttribute("href"));
        Assert.Equal(Reply, shown.QuerySelector("#written-so-far")?.TextContent);
        Assert.Equal(CaseStatus.WaitingForFiler, await StatusAsync(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8Forged")]
    public async Task Post_MissingOrForgedToken_Returns404AskingToLookUpAgain(string token)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code);

        // Act
        var response = await PostReplyAsync(client, page, Reply, token);
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(shown.QuerySelector("#reply-expired"));
        Assert.DoesNotContain(code, shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.WaitingForFiler, await StatusAsync(code));
    }

    [Fact]
    public async Task Post_ReplyWhenTheCaseNoLongerWaits_Returns409AndRecordsNothing()
    {
        // Arrange: the filer replied in another tab, then sends the form of the first tab again.
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileWaitingCaseAsync(client);
        var page = await LookUpAsync(client, code);
        Assert.Equal(HttpStatusCode.SeeOther, (await PostReplyAsync(client, page, Reply)).StatusCode);

        // Act
        var response = await PostReplyAsync(client, page, "Bổ sung lần hai");
        var shown = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("không còn chờ quý vị bổ sung thông tin", shown.Text("#reply-problem"), StringComparison.Ordinal);
        Assert.Null(shown.QuerySelector("#reply-form"));
        Assert.Equal("Bổ sung lần hai", shown.QuerySelector("#written-so-far")?.TextContent);
        var replies = await fixture.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == TrackingCode.Parse(code).Value).SelectMany(c => c.Events).CountAsync(e => e.Type == CaseEventType.InformationReceived));
        Assert.True(replies == 1, $"The second reply must not be recorded; the history has {replies} replies.");
    }

    [Fact]
    public async Task Post_DenouncerReplies_RecordedLikeAnyFiler()
    {
        // Arrange: a denunciation (recorded by staff; its contact is sealed), asked for information.
        var client = fixture.Factory.CreateBrowserClient();
        FiledCase filed;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            filed = await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(new CaseIntake
            {
                Kind = CaseKind.Denunciation,
                Channel = CaseChannel.InPerson,
                TopicCode = "trat-tu-do-thi",
                LocalityCode = TestData.HongBang,
                Title = "Tố cáo cán bộ nhận tiền để bỏ qua vi phạm trật tự đô thị",
                Description = "Cán bộ trật tự đô thị phường nhận tiền của chủ quán để không xử lý việc lấn chiếm vỉa hè.",
                FilerType = FilerType.Person,
                FilerName = "Người tố cáo",
                Phone = "0987 654 321",
                Address = "Phường Hồng Bàng",
            });
        }

        var code = filed.Code.ToString();
        await RequestInformationAsync(code);
        var page = await LookUpAsync(client, code, contact: "0987654321");

        // Act
        var response = await PostReplyAsync(client, page, Reply);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.NotEqual(CaseStatus.WaitingForFiler, await StatusAsync(code));
    }

    private static async Task<HttpResponseMessage> PostReplyAsync(HttpClient client, IDocument lookedUp, string reply, string? token = null)
    {
        var form = lookedUp.QuerySelector("#reply-form") ?? throw new Xunit.Sdk.XunitException("The look-up shows no reply form.");
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
        [
            new("Input.Token", token ?? form.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!),
            new("Input.Reply", reply),
            new(HtmlForms.TokenField, form.QuerySelector($"input[name={HtmlForms.TokenField}]")!.GetAttribute("value")!),
        ]));
    }

    private static async Task<IDocument> LookUpAsync(HttpClient client, string code, string query = "", string contact = Phone)
    {
        var response = await client.SubmitFormAsync(TrackUrl + query, [new("Input.Code", code), new("Input.Contact", contact)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    private async Task<string> FileWaitingCaseAsync(HttpClient client)
    {
        var code = await FileAsync(client);
        await RequestInformationAsync(code);
        return code;
    }

    private static async Task<string> FileAsync(HttpClient client)
    {
        var response = await client.SubmitFormAsync("/phan-anh/gui", TestData.FeedbackForm(f => f["Input.Title"] = $"Quán ăn lấn chiếm vỉa hè ({Guid.NewGuid().ToString("N")[..6]})"));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return (await client.GetDocumentAsync(response.Headers.Location!.OriginalString)).Text("#tracking-code");
    }

    /// <summary>An officer asks the filer for information, as the Backoffice's step would.</summary>
    private async Task RequestInformationAsync(string code)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == TrackingCode.Parse(code).Value);
        feedbackCase.RequestInformation(WhatIsNeeded, Officer, fixture.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <summary>An officer takes the case on a minute ahead of the Portal's clock, while it still waits for the filer.</summary>
    private async Task AssignAheadOfTheClockAsync(string code)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == TrackingCode.Parse(code).Value);
        feedbackCase.Assign(Officer.UserId, Officer.FullName, Officer, fixture.Clock.GetUtcNow().AddMinutes(1));
        await db.SaveChangesAsync();
    }

    private Task<(long Id, DateTimeOffset RequestedAt)> RequestOfAsync(string code) =>
        fixture.QueryAsync(async db =>
        {
            var feedbackCase = await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == TrackingCode.Parse(code).Value);
            return (feedbackCase.Id, feedbackCase.PendingInformationRequest()!.OccurredAt);
        });

    private Task<CaseStatus> StatusAsync(string code) =>
        fixture.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == TrackingCode.Parse(code).Value).Select(c => c.Status).SingleAsync());
}

/// <summary>The Portal with a look-up limit low enough to reach in a test.</summary>
public sealed class LowLookupLimitPortalFixture() : PortalFixture(portal =>
{
    portal.Settings["RateLimits:Lookup:PermitLimit"] = "2";
    portal.Settings["RateLimits:Lookup:Window"] = "00:05:00";
});

public sealed class ReplyRateLimitTests(LowLookupLimitPortalFixture fixture) : IClassFixture<LowLookupLimitPortalFixture>
{
    [Fact]
    public async Task Post_RepliesOverTheLookUpLimit_429()
    {
        // Arrange: replies count against the look-up limit, so guessing tokens is as slow as guessing codes.
        var client = fixture.Factory.CreateBrowserClient();
        var form = await client.GetDocumentAsync("/tra-cuu");
        Task<HttpResponseMessage> ReplyAsync() => client.PostAsync("/tra-cuu/bo-sung", new FormUrlEncodedContent(
        [
            new("Input.Token", "CfDJ8Guessed"), new("Input.Reply", "Nội dung"), new(HtmlForms.TokenField, form.AntiforgeryToken()),
        ]));

        // Act
        var statuses = new List<HttpStatusCode> { (await ReplyAsync()).StatusCode, (await ReplyAsync()).StatusCode, (await ReplyAsync()).StatusCode };

        // Assert
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }
}
