using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Answers;

/// <summary>
/// Đánh giá câu trả lời: the filer opens the link from the invitation or the tracking page, says whether the answer
/// satisfied them and, within 30 days, may ask for the case to be looked at again.
/// </summary>
public sealed class RateTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Phone = "0912345678";
    private const string Reason = "Quán ăn vẫn bày bàn ghế kín vỉa hè mỗi tối, câu trả lời không nói phường sẽ xử lý thế nào.";
    private const string ThanksText = "Cảm ơn quý vị đã đánh giá.";
    private const string AlreadyRatedText = "Quý vị đã đánh giá câu trả lời này. Mỗi câu trả lời chỉ được đánh giá một lần.";
    private const string ReasonRequiredText = "Quý vị vui lòng cho biết lý do chưa hài lòng để cơ quan xem xét.";
    private const string TooLateText = "Đã quá thời hạn đề nghị xem xét lại hồ sơ trên cổng thông tin.";

    [Fact]
    public async Task Get_LinkToTheCurrentAnswer_ShowsTheFormWithTheCaseCode()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.GetAsync(answered.Path);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Đánh giá câu trả lời", page.Text("h1"));
        Assert.Equal(answered.Code, page.Text("#case-code"));
        Assert.NotNull(page.QuerySelector("#rating-form input[type=radio]#Input_Satisfied"));
        Assert.NotNull(page.QuerySelector("#rating-form input[type=checkbox]#Input_Reopen"));
        Assert.Contains(ReopenUntil(answered), page.Text("#reopen-hint"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#link-invalid"));
    }

    [Fact]
    public async Task Post_Satisfied_RedirectsToThePageWhichThanksAndStoresOneRating()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.SubmitFormAsync(answered.Path, [new("Input.Satisfied", "true"), new("Input.Reason", "")]);
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(answered.Path, response.Headers.Location!.OriginalString);
        Assert.Contains(ThanksText, after.Text("#rating-result"), StringComparison.Ordinal);
        Assert.Equal(AlreadyRatedText, after.Text("#already-rated"));
        Assert.Null(after.QuerySelector("#rating-form"));
        var rating = Assert.Single(await RatingsAsync(answered.CaseId));
        Assert.True(rating.Satisfied);
        Assert.Null(rating.Reason);
        Assert.Equal(TestData.HongBangCommittee, await AgencyNameAsync(rating.AgencyCode));
        Assert.Equal(answered.AnsweredAt, rating.AnsweredAt);
    }

    [Fact]
    public async Task Get_ThankYouNotice_IsShownOnceOnly()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        await client.SubmitFormAsync(answered.Path, [new("Input.Satisfied", "true")]);
        await client.GetDocumentAsync(answered.Path);

        // Act
        var again = await client.GetDocumentAsync(answered.Path);

        // Assert
        Assert.Null(again.QuerySelector("#rating-result"));
        Assert.Equal(AlreadyRatedText, again.Text("#already-rated"));
    }

    [Fact]
    public async Task Post_NotSatisfiedWithoutReason_Returns400KeepsTheChoiceAndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.SubmitFormAsync(answered.Path, [new("Input.Satisfied", "false"), new("Input.Reason", "   ")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ReasonRequiredText, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Contains("#Input_Reason", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(ReasonRequiredText, page.Text("#Input_Reason-error"));
        Assert.True(page.QuerySelector("#Input_Satisfied_No")!.HasAttribute("checked"), "The filer's choice of 'not satisfied' must still be checked.");
        Assert.False(page.QuerySelector("#Input_Satisfied")!.HasAttribute("checked"));
        Assert.Empty(await RatingsAsync(answered.CaseId));
        Assert.Equal(CaseStatus.Answered, await StatusAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_NoChoiceMade_Returns400AskingForOne()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.SubmitFormAsync(answered.Path, [new("Input.Reason", Reason)]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Quý vị vui lòng chọn hài lòng hoặc chưa hài lòng với câu trả lời.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(Reason, page.QuerySelector("#Input_Reason")!.TextContent.Trim());
        Assert.Empty(await RatingsAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_ReasonOverTheLimit_Returns400NamingTheLimitAndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.SubmitFormAsync(
            answered.Path, [new("Input.Satisfied", "false"), new("Input.Reason", new string('a', FeedbackCase.RatingReasonMaxLength + 1))]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Lý do không được dài quá {FeedbackCase.RatingReasonMaxLength} ký tự.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Empty(await RatingsAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_SatisfiedButAsksToReopen_Returns400AndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var response = await client.SubmitFormAsync(answered.Path, [new("Input.Satisfied", "true"), new("Input.Reopen", "true")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Chỉ đề nghị xem xét lại khi quý vị chưa hài lòng với câu trả lời.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#Input_Reopen")!.HasAttribute("checked"), "The filer's input is kept.");
        Assert.Empty(await RatingsAsync(answered.CaseId));
        Assert.Equal(CaseStatus.Answered, await StatusAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_NotSatisfiedAndAsksToReopen_ReopensTheCaseWithANewDueDateTheFilerIsTold()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        var dueBefore = await QueryCaseAsync(answered.CaseId, c => c.DueOn);

        // Act
        var response = await client.SubmitFormAsync(
            answered.Path, [new("Input.Satisfied", "false"), new("Input.Reason", Reason), new("Input.Reopen", "true")]);
        var after = await client.GetDocumentAsync(answered.Path);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(CaseStatus.Accepted, await StatusAsync(answered.CaseId));
        var due = await QueryCaseAsync(answered.CaseId, c => c.DueOn);
        Assert.True(due is { } d && d > VietnamTime.Today(fixture.Clock), $"A reopened case gets a new resolution period; its due date is {due} (before: {dueBefore}).");
        var notice = after.Text("#rating-result");
        Assert.Contains("Hồ sơ đã được mở lại", notice, StringComparison.Ordinal);
        Assert.Contains(due!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), notice, StringComparison.Ordinal);
        var rating = Assert.Single(await RatingsAsync(answered.CaseId));
        Assert.False(rating.Satisfied);
        Assert.Equal(Reason, rating.Reason);

        var tracking = await TrackAsync(client, answered.Code);
        var timeline = tracking.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.Contains(timeline, entry => entry.Contains("Hồ sơ được mở lại để xem xét tiếp.", StringComparison.Ordinal));
        Assert.Null(tracking.QuerySelector("#rate-answer"));
    }

    [Fact]
    public async Task Post_AfterTheAnswerWasRated_Returns409SayingSo()
    {
        // Arrange: two tabs open on the same link.
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        var form = await client.GetDocumentAsync(answered.Path);
        var first = await PostAsync(client, answered.Path, form, [new("Input.Satisfied", "true")]);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);

        // Act
        var second = await PostAsync(client, answered.Path, form, [new("Input.Satisfied", "false"), new("Input.Reason", Reason), new("Input.Reopen", "true")]);
        var page = await HtmlForms.ParseAsync(second);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(AlreadyRatedText, page.Text(".error-summary"), StringComparison.Ordinal);
        var rating = Assert.Single(await RatingsAsync(answered.CaseId));
        Assert.True(rating.Satisfied, "The first rating stands.");
        Assert.Equal(CaseStatus.Answered, await StatusAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_ReopenAfterThe30Days_Returns409OnTheReopenFieldAndGetNoLongerOffersIt()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        var form = await client.GetDocumentAsync(answered.Path);
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        // Act
        var page = await client.GetDocumentAsync(answered.Path);
        var response = await PostAsync(client, answered.Path, form, [new("Input.Satisfied", "false"), new("Input.Reason", Reason), new("Input.Reopen", "true")]);
        var refused = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Null(page.QuerySelector("input#Input_Reopen"));
        Assert.Contains("Đã quá thời hạn đề nghị xem xét lại trên cổng thông tin.", page.Text("#reopen-closed"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var summaryLink = refused.QuerySelectorAll(".error-summary a").SingleOrDefault(a => a.GetAttribute("href") == "#Input_Reopen");
        Assert.True(summaryLink is not null && summaryLink.TextContent.Contains(TooLateText, StringComparison.Ordinal), "The error summary must say it is too late, linked to the Reopen field.");
        Assert.True(refused.GetElementById("Input_Reopen") is not null, "The summary's link must lead somewhere on the page.");
        Assert.Contains(TooLateText, refused.Text("#Input_Reopen-error"), StringComparison.Ordinal);
        Assert.Equal(Reason, refused.QuerySelector("#Input_Reason")!.TextContent.Trim());
        Assert.True(refused.QuerySelector("#Input_Satisfied_No")!.HasAttribute("checked"));
        Assert.Empty(await RatingsAsync(answered.CaseId));
        Assert.Equal(CaseStatus.Answered, await StatusAsync(answered.CaseId));
    }

    [Fact]
    public async Task Post_NotSatisfiedAfterThe30DaysWithoutReopen_IsStillRecorded()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        fixture.Clock.Advance(TimeSpan.FromDays(31));

        // Act
        var response = await client.SubmitFormAsync(answered.Path, [new("Input.Satisfied", "false"), new("Input.Reason", Reason)]);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var rating = Assert.Single(await RatingsAsync(answered.CaseId));
        Assert.False(rating.Satisfied);
        Assert.Equal(CaseStatus.Answered, await StatusAsync(answered.CaseId));
    }

    [Theory]
    [InlineData("CfDJ8-forged-token-that-no-key-made")]
    [InlineData("x")]
    public async Task Get_ForgedLink_Returns404WithAnExplanation(string token)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync(AnswerRatingLink.PathFor(token));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Đường dẫn đánh giá này không còn hiệu lực", page.Text("#link-invalid"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#rating-form"));
    }

    [Fact]
    public async Task Post_ForgedLink_Returns404AndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        var form = await client.GetDocumentAsync(answered.Path);
        var forged = AnswerRatingLink.PathFor("CfDJ8-forged-token-that-no-key-made");

        // Act
        var response = await PostAsync(client, forged, form, [new("Input.Satisfied", "true")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#link-invalid"));
        Assert.Empty(await RatingsAsync(answered.CaseId));
    }

    [Fact]
    public async Task GetAndPost_LinkToAnAnswerSinceReplaced_Return404AndTheNewLinkWorks()
    {
        // Arrange: the agency reopened the case itself and answered again; the first link rates nothing.
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        var form = await client.GetDocumentAsync(answered.Path);
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await ChangeAsync(answered.CaseId, (c, actor, now) => c.Reopen("Lãnh đạo phường yêu cầu trả lời rõ hơn về thời hạn xử lý.", actor, now));
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var second = await AnswerAsync(answered.CaseId, accept: false);

        // Act
        var get = await client.GetAsync(answered.Path);
        var getPage = await HtmlForms.ParseAsync(get);
        var post = await PostAsync(client, answered.Path, form, [new("Input.Satisfied", "true")]);
        var postPage = await HtmlForms.ParseAsync(post);
        var current = await client.GetAsync(second.Path);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.NotNull(getPage.QuerySelector("#link-invalid"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotNull(postPage.QuerySelector("#link-invalid"));
        Assert.Empty(await RatingsAsync(answered.CaseId));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Get_CultureEn_ShowsThePageInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var page = await client.GetDocumentAsync(answered.Path + "?culture=en");

        // Assert
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Rate the answer", page.Text("h1"));
        Assert.Contains("Are you satisfied with the answer?", page.Text("#rating-form legend"), StringComparison.Ordinal);
        Assert.Equal(answered.Code, page.Text("#case-code"));
    }

    [Fact]
    public async Task Post_InEnglish_RatingTheCaseRefuses_IsRefusedInEnglish()
    {
        // Arrange: a step stored a minute ahead of this Portal's clock (another node's clock runs fast), so a rating
        // dated now would come before it in the history; Core refuses it with a code the page must say in English.
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        await ChangeAsync(answered.CaseId, (c, actor, now) => c.FlagForReview(ReviewReasons.Manual, "Thanh tra thành phố rà soát câu trả lời.", now.AddMinutes(1), actor));

        // Act
        var response = await client.SubmitFormAsync(answered.Path + "?culture=en", [new("Input.Satisfied", "true")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("The time recorded is earlier than the case's previous entry.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("Thời điểm ghi nhận", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await RatingsAsync(answered.CaseId));
    }

    [Fact]
    public async Task TrackingPage_AnsweredCase_LinksToAWorkingRatingPageUntilRated()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);

        // Act
        var tracking = await TrackAsync(client, answered.Code);
        var href = tracking.QuerySelector("#rate-answer")?.GetAttribute("href");
        Assert.True(href is not null, "An answer waiting for a rating must be linked from the tracking page.");
        var rating = await client.GetDocumentAsync(href);
        var rated = await client.SubmitFormAsync(href, [new("Input.Satisfied", "true")]);
        var trackingAfter = await TrackAsync(client, answered.Code);

        // Assert
        Assert.StartsWith("/danh-gia-tra-loi/", href, StringComparison.Ordinal);
        Assert.Equal(answered.Code, rating.Text("#case-code"));
        Assert.NotNull(rating.QuerySelector("#rating-form"));
        Assert.Equal(HttpStatusCode.SeeOther, rated.StatusCode);
        Assert.Single(await RatingsAsync(answered.CaseId));
        Assert.Null(trackingAfter.QuerySelector("#rate-answer"));
        Assert.Contains(
            trackingAfter.QuerySelectorAll(".timeline li").Select(li => li.TextContent),
            entry => entry.Contains("Quý vị đã đánh giá câu trả lời.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrackingPage_CaseNotYetAnswered_NoRatingLink()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client);

        // Act
        var tracking = await TrackAsync(client, code);

        // Assert
        Assert.Null(tracking.QuerySelector("#rate-answer"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var answered = await FileAndAnswerAsync(client);
        await client.GetDocumentAsync(answered.Path);

        // Act
        var response = await client.PostAsync(answered.Path, new FormUrlEncodedContent([new("Input.Satisfied", "true")]));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu không hợp lệ hoặc đã hết hạn", page.Text("h1"));
        Assert.Empty(await RatingsAsync(answered.CaseId));
    }

    private sealed record AnsweredCase(string Code, long CaseId, DateTimeOffset AnsweredAt, string Path);

    private static string ReopenUntil(AnsweredCase answered) =>
        VietnamTime.ToLocalDate(answered.AnsweredAt.AddDays(new RatingOptions().ReopenWindowDays)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Files a case on the Portal, then has the ward accept, draft and approve an answer through the domain.</summary>
    private async Task<AnsweredCase> FileAndAnswerAsync(HttpClient client)
    {
        var code = await FileAsync(client);
        var stored = TrackingCode.Parse(code).Value;
        var caseId = await fixture.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == stored).Select(c => c.Id).SingleAsync());
        return (await AnswerAsync(caseId, accept: true)) with { Code = code };
    }

    private async Task<AnsweredCase> AnswerAsync(long caseId, bool accept)
    {
        await ChangeAsync(caseId, (c, actor, now) =>
        {
            if (accept)
            {
                c.Accept(actor, now);
            }

            c.DraftAnswer("Phường đã lập biên bản, yêu cầu chủ quán thu dọn bàn ghế khỏi vỉa hè.", actor, now);
            c.ApproveAnswer(actor, now, WorkingCalendar.CreateDefault());
        });
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        var answeredAt = stored.AnsweredAt!.Value;
        var token = fixture.Factory.Services.GetRequiredService<AnswerRatingLink>().TokenFor(caseId, answeredAt);
        return new AnsweredCase(stored.Code.ToString(), caseId, answeredAt, AnswerRatingLink.PathFor(token));
    }

    /// <summary>Takes a step on a case through the domain, as an officer of its lead agency, and stores the new due date.</summary>
    private async Task ChangeAsync(long caseId, Action<FeedbackCase, StaffActor, DateTimeOffset> step)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var rules = await scope.ServiceProvider.GetRequiredService<DeadlineRulesCache>().GetAsync();
        var feedbackCase = await db.Cases.Include(c => c.Events).Include(c => c.Coordinators).SingleAsync(c => c.Id == caseId);
        var now = fixture.Clock.GetUtcNow();
        step(feedbackCase, new StaffActor("thu-nghiem", "Cán bộ thử nghiệm", feedbackCase.LeadAgencyCode), now);
        feedbackCase.RefreshDeadline(rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(now)));
        await db.SaveChangesAsync();
    }

    private static async Task<string> FileAsync(HttpClient client)
    {
        var response = await client.SubmitFormAsync("/phan-anh/gui", TestData.FeedbackForm());
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code");
    }

    private static async Task<IDocument> TrackAsync(HttpClient client, string code)
    {
        var response = await client.SubmitFormAsync("/tra-cuu", [new("Input.Code", code), new("Input.Contact", Phone)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    /// <summary>POSTs with the antiforgery token of a form the filer opened earlier (another tab, or before the clock moved).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IDocument openedForm, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new(HtmlForms.TokenField, openedForm.AntiforgeryToken()))));

    private Task<List<AnswerRating>> RatingsAsync(long caseId) =>
        fixture.QueryAsync(db => db.AnswerRatings.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync());

    private Task<CaseStatus> StatusAsync(long caseId) => QueryCaseAsync(caseId, c => c.Status);

    private Task<T> QueryCaseAsync<T>(long caseId, System.Linq.Expressions.Expression<Func<FeedbackCase, T>> select) =>
        fixture.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(select).SingleAsync());

    private Task<string> AgencyNameAsync(string agencyCode) =>
        fixture.QueryAsync(db => db.Agencies.AsNoTracking().Where(a => a.Code == agencyCode).Select(a => a.Name).SingleAsync());
}
