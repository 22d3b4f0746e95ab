using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DanVan.Feedback.Browser.Tests;

/// <summary>
/// Every Portal page in Vietnamese and in English through axe-core, and the citizen's journeys with JavaScript
/// turned off, in Chromium against the Portal on real Kestrel. Cases are put in the state a page needs through
/// Core's own methods (the Backoffice's pages are walked in <see cref="CaseJourneyTests"/>).
/// </summary>
public sealed class PortalPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Phone = "0912345678";
    private const string WhatIsNeeded = "Đề nghị quý vị cho biết số nhà cụ thể nơi đèn đường không sáng.";
    private const string Reply = "Đèn đường trước cửa nhà số 7 ngõ 45 phố Lạch Tray.";

    private static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", "UBND-11311");
    private static readonly StaffActor Lead = new("lead-1", "Trần Thị Bích", "UBND-11311");

    public static TheoryData<string> Languages => new("vi", "en");

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPortalPage_HasNoSeriousOrCriticalWcagViolations(string language)
    {
        // Arrange
        var answered = await AnsweredCaseAsync();
        var waiting = await WaitingCaseAsync();
        var audit = new AccessibilityAudit();
        var page = await fixture.OpenWindowAsync();
        var english = language == "en";

        // Act: each page as a filer reaches it.
        await GoAsync(page, english ? "/?culture=en" : "/");
        await audit.CheckAsync(page, "trang chủ");
        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(url => url.TrimEnd('/') == Portal("").TrimEnd('/'));
        await audit.CheckAsync(page, "trang chủ sau khi đổi ngôn ngữ");
        await page.Locator(".language-switch a").ClickAsync();
        await page.WaitForURLAsync(url => url.TrimEnd('/') == Portal("").TrimEnd('/'));
        Assert.Equal(english ? "en" : "vi", await page.Locator("html").GetAttributeAsync("lang"));

        await GoAsync(page, "/phan-anh/gui");
        await audit.CheckAsync(page, "gửi phản ánh");
        await SubmitAsync(page, ".error-summary");
        await audit.CheckAsync(page, "gửi phản ánh, có lỗi");
        await FillIntakeAsync(page);
        await SubmitAsync(page, "#tracking-code");
        await audit.CheckAsync(page, "đã gửi");

        await GoAsync(page, "/doanh-nghiep/gui");
        await audit.CheckAsync(page, "doanh nghiệp gửi phản ánh");
        await SubmitAsync(page, ".error-summary");
        await audit.CheckAsync(page, "doanh nghiệp gửi phản ánh, có lỗi");

        await GoAsync(page, "/khieu-nai/gui");
        await audit.CheckAsync(page, "gửi khiếu nại");
        await SubmitAsync(page, ".error-summary");
        await audit.CheckAsync(page, "gửi khiếu nại, có lỗi");
        await FillComplaintAsync(page, learnedOn: "2025-10-01");
        await SubmitAsync(page, "#check-form");
        await audit.CheckAsync(page, "kiểm tra đơn khiếu nại, quá 90 ngày");
        await page.Locator("#send").ClickAsync();
        await page.Locator("#tracking-code").WaitForAsync();
        await audit.CheckAsync(page, "đã gửi khiếu nại");

        await GoAsync(page, "/to-cao/gui");
        await audit.CheckAsync(page, "gửi tố cáo");
        await SubmitAsync(page, ".error-summary");
        await audit.CheckAsync(page, "gửi tố cáo, có lỗi");
        await FillDenunciationAsync(page, givesIdentity: false);
        await SubmitAsync(page, "#check-form");
        await audit.CheckAsync(page, "kiểm tra tố cáo, không cung cấp danh tính");

        await GoAsync(page, "/tra-cuu");
        await audit.CheckAsync(page, "tra cứu");
        await LookUpAsync(page, "ABCD-EFGH", Phone, ".error-summary, .notice-box");
        await audit.CheckAsync(page, "tra cứu, mã sai");
        await LookUpAsync(page, answered.Code, Phone, "#answer");
        await audit.CheckAsync(page, "kết quả tra cứu, đã trả lời");
        await LookUpAsync(page, waiting, Phone, "#reply-form");
        await audit.CheckAsync(page, "kết quả tra cứu, chờ bổ sung");
        await SubmitAsync(page, ".error-summary", "#reply-form");
        await audit.CheckAsync(page, "bổ sung thông tin, có lỗi");
        await page.Locator("#Input_Reply").FillAsync(Reply);
        await SubmitAsync(page, "#reply-done", "#reply-form");
        await audit.CheckAsync(page, "đã bổ sung thông tin");

        await GoAsync(page, AnswerRatingLink.PathFor(answered.RatingToken));
        await audit.CheckAsync(page, "đánh giá câu trả lời");
        await SubmitAsync(page, ".error-summary", "#rating-form");
        await audit.CheckAsync(page, "đánh giá câu trả lời, có lỗi");
        await GoAsync(page, "/danh-gia-tra-loi/lien-ket-khong-hop-le");
        await audit.CheckAsync(page, "đánh giá, liên kết không hợp lệ");

        await GoAsync(page, "/tra-loi");
        await audit.CheckAsync(page, "câu trả lời đã công khai");
        await GoAsync(page, "/tra-loi?q=duong&xa=00000");
        await audit.CheckAsync(page, "câu trả lời đã công khai, bộ lọc sai");
        await GoAsync(page, "/tra-loi?q=duong&trang=3");
        await audit.CheckAsync(page, "câu trả lời đã công khai, quá trang cuối");

        await GoAsync(page, "/so-lieu");
        await audit.CheckAsync(page, "số liệu công khai");

        await GoAsync(page, "/quyen-rieng-tu");
        await audit.CheckAsync(page, "quyền riêng tư");
        foreach (var error in new[] { "/khong-co-trang-nay", "/loi/400", "/loi/429", "/loi/500" })
        {
            await GoAsync(page, error);
            await audit.CheckAsync(page, $"lỗi {error}");
        }

        await page.Context.CloseAsync();

        // Assert
        Assert.True(audit.PagesChecked.Count == 32, $"Every Portal page should be checked; these were: {string.Join(", ", audit.PagesChecked)}");
        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task WithoutJavaScript_FilerTracksTheCaseAndRepliesToTheRequestForInformation()
    {
        // Arrange
        var code = await WaitingCaseAsync();
        var page = await fixture.OpenWindowAsync(javaScriptEnabled: false);

        // Act
        await GoAsync(page, "/tra-cuu");
        await LookUpAsync(page, code, "+84 912 345 678", "#case-status");
        var status = await TextAsync(page, "#case-status");
        var request = await TextAsync(page, "#request-text");
        await page.Locator("#Input_Reply").FillAsync(Reply);
        await SubmitAsync(page, "#reply-done, .error-summary, .notice-box", "#reply-form");
        var done = await TextAsync(page, "main");
        var after = await TextAsync(page, "#case-status");
        var due = await TextAsync(page, "#due-date");
        await page.Context.CloseAsync();

        // Assert
        Assert.Equal("Chờ quý vị bổ sung thông tin", status);
        Assert.Equal(WhatIsNeeded, request);
        Assert.True(done.Contains("Đã nhận thông tin bổ sung", StringComparison.Ordinal), $"Without JavaScript the reply must still be sent and confirmed; the Portal shows: {done}");
        Assert.Equal("Đã tiếp nhận, chờ xử lý", after);
        Assert.Equal("26/02/2026", due);
    }

    [Fact]
    public async Task WithoutJavaScript_FilerRatesTheAnswerFromTheTrackingPage()
    {
        // Arrange
        var answered = await AnsweredCaseAsync();
        var page = await fixture.OpenWindowAsync(javaScriptEnabled: false);

        // Act
        await GoAsync(page, "/tra-cuu");
        await LookUpAsync(page, answered.Code, Phone, "#answer");
        await page.Locator("#rate-answer").ClickAsync();
        await page.Locator("#rating-form").WaitForAsync();
        await page.Locator("#Input_Satisfied").CheckAsync();
        await SubmitAsync(page, "#rating-result, .error-summary", "#rating-form");
        var result = await TextAsync(page, "main");
        await page.Context.CloseAsync();

        // Assert
        Assert.True(result.Contains("Cảm ơn quý vị đã đánh giá", StringComparison.Ordinal), $"Without JavaScript the rating must be recorded and acknowledged; the Portal shows: {result}");
    }

    [Fact]
    public async Task WithoutJavaScript_FilerFilesAFeedback_WhenNoCaptchaIsConfigured()
    {
        // Arrange: these tests run the Portal with Captcha:Provider=None. With ALTCHA (Production) filing needs
        // JavaScript to solve the proof of work, and the form says so (ADR 10); tracking, replying and rating do not.
        var page = await fixture.OpenWindowAsync(javaScriptEnabled: false);

        // Act
        await GoAsync(page, "/phan-anh/gui");
        await FillIntakeAsync(page);
        await SubmitAsync(page, "#tracking-code, .error-summary");
        var code = await page.Locator("#tracking-code").CountAsync() == 1 ? await TextAsync(page, "#tracking-code") : await TextAsync(page, "main");
        await page.Context.CloseAsync();

        // Assert
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
    }

    [Fact]
    public async Task WithoutJavaScript_FilerFilesAComplaintAndADenunciationThroughTheCheckStep()
    {
        // Arrange: Captcha:Provider=None, as above; the check step is plain HTML forms.
        var page = await fixture.OpenWindowAsync(javaScriptEnabled: false);

        // Act: a late complaint, changed once on the check step (a file chosen there, then "Sửa"), then sent with the decision attached.
        var decision = new FilePayload { Name = "quyet-dinh-125.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf() };
        await GoAsync(page, "/khieu-nai/gui");
        await FillComplaintAsync(page, learnedOn: "2025-10-01");
        await SubmitAsync(page, "#check-form");
        var warning = await TextAsync(page, "#check-warnings");
        await page.Locator("#Attachments").SetInputFilesAsync(decision);
        await page.Locator("#edit").ClickAsync();
        await page.Locator("#Input_DelayReason").WaitForAsync();
        var keptIssuer = await page.Locator("#Input_IssuedBy").InputValueAsync();
        await page.Locator("#Input_DelayReason").FillAsync("Tôi nằm viện từ tháng 10 đến tháng 12/2025.");
        await SubmitAsync(page, "#check-form");
        await page.Locator("#Attachments").SetInputFilesAsync(decision);
        await page.Locator("#send").ClickAsync();
        await page.Locator("#tracking-code").WaitForAsync();
        var complaintTitle = await TextAsync(page, "h1");
        var complaintCode = await TextAsync(page, "#tracking-code");

        await GoAsync(page, "/to-cao/gui");
        await FillDenunciationAsync(page, givesIdentity: true);
        await SubmitAsync(page, "#check-form");
        await page.Locator("#send").ClickAsync();
        await page.Locator("#tracking-code").WaitForAsync();
        var denunciationTitle = await TextAsync(page, "h1");
        await page.Context.CloseAsync();

        // Assert
        Assert.Contains("Điều 9 Luật Khiếu nại năm 2011", warning);
        Assert.Equal("Chủ tịch UBND phường Hồng Bàng", keptIssuer);
        Assert.Equal("Đã gửi đơn khiếu nại", complaintTitle);
        Assert.Equal("Đã gửi đơn tố cáo", denunciationTitle);
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var complaint = TrackingCode.Parse(complaintCode).Value;
        var attached = await db.CaseAttachments
            .Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == complaint))
            .Select(a => a.DisplayName)
            .ToListAsync();
        Assert.Equal(["quyet-dinh-125.pdf"], attached);
    }

    private static async Task FillComplaintAsync(IPage page, string learnedOn)
    {
        await page.Locator("#Input_DecisionNumber").FillAsync("125/QĐ-UBND");
        await page.Locator("#Input_IssuedBy").FillAsync("Chủ tịch UBND phường Hồng Bàng");
        await page.Locator("#Input_LearnedOn").FillAsync(learnedOn);
        await page.Locator("#Input_TopicCode").SelectOptionAsync("trat-tu-do-thi");
        await page.Locator("#Input_LocalityCode").SelectOptionAsync(TestData.HongBang);
        await page.Locator("#Input_Description").FillAsync("Quyết định xử phạt tôi vì lấn chiếm vỉa hè, nhưng quầy hàng nằm trong ranh giới nhà số 12.");
        await page.Locator("#Input_Request").FillAsync("Đề nghị hủy quyết định và trả lại tiền phạt.");
        await page.Locator("#Input_FilerName").FillAsync("Trần Văn Bình");
        await page.Locator("#Input_Address").FillAsync("Số 12 phố Hoàng Văn Thụ, phường Hồng Bàng");
        await page.Locator("#Input_Phone").FillAsync("0904 123 456");
        await page.Locator("#Input_ConcernsOwnRights").CheckAsync();
        await page.Locator("#Input_PrivacyAccepted").CheckAsync();
    }

    private static async Task FillDenunciationAsync(IPage page, bool givesIdentity)
    {
        await page.Locator("#Input_AccusedName").FillAsync("Lê Văn Cường");
        await page.Locator("#Input_AccusedAgency").FillAsync("UBND phường Hồng Bàng");
        await page.Locator("#Input_TopicCode").SelectOptionAsync("thu-tuc-cap-xa");
        await page.Locator("#Input_Description").FillAsync("Cán bộ địa chính yêu cầu nộp thêm 2 triệu đồng ngoài lệ phí mới nhận hồ sơ.");
        await page.Locator(givesIdentity ? "#Input_GivesIdentity" : "#Input_GivesIdentity_Withheld").CheckAsync();
        if (givesIdentity)
        {
            await page.Locator("#Input_FullName").FillAsync("Phạm Thị Hoa");
            await page.Locator("#Input_Address").FillAsync("Số 8 ngõ 12 phố Điện Biên Phủ, phường Hồng Bàng");
            await page.Locator("#Input_Phone").FillAsync("0987 654 321");
        }

        await page.Locator("#Input_PrivacyAccepted").CheckAsync();
    }

    private async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(Portal(path));
    }

    /// <summary>Clicks the form's submit button and waits for the page the post leads to.</summary>
    private static async Task SubmitAsync(IPage page, string shows, string form = "main form")
    {
        await page.Locator(form).Last.Locator("button[type=submit]").ClickAsync();
        await page.Locator(shows).First.WaitForAsync();
    }

    private static async Task LookUpAsync(IPage page, string code, string contact, string shows)
    {
        if (await page.Locator("#Input_Code").CountAsync() == 0)
        {
            await page.Locator("main a[href='/tra-cuu']").Last.ClickAsync();
        }

        await page.Locator("#Input_Code").FillAsync(code);
        await page.Locator("#Input_Contact").FillAsync(contact);
        await SubmitAsync(page, shows);
    }

    private static async Task FillIntakeAsync(IPage page)
    {
        await page.Locator("#Input_Kind").CheckAsync();
        await page.Locator("#Input_TopicCode").SelectOptionAsync("trat-tu-do-thi");
        await page.Locator("#Input_LocalityCode").SelectOptionAsync(TestData.HongBang);
        await page.Locator("#Input_Title").FillAsync($"Rác thải đổ trộm ven hồ Tam Bạc ({Guid.NewGuid().ToString("N")[..6]})");
        await page.Locator("#Input_Description").FillAsync("Mỗi tối có người đổ trộm rác thải xây dựng ven hồ Tam Bạc, gây mất mỹ quan và ô nhiễm.");
        await page.Locator("#Input_FilerType").CheckAsync();
        await page.Locator("#Input_FilerName").FillAsync("Phạm Thị Hoa");
        await page.Locator("#Input_Phone").FillAsync("0904 123 456");
        await page.Locator("#Input_PrivacyAccepted").CheckAsync();
    }

    private static async Task<string> TextAsync(IPage page, string selector) => (await page.Locator(selector).First.InnerTextAsync()).Trim();

    private async Task<string> WaitingCaseAsync() =>
        (await WithCaseAsync(c => c.RequestInformation(WhatIsNeeded, Officer, fixture.Clock.GetUtcNow()))).Code;

    private async Task<(string Code, string RatingToken)> AnsweredCaseAsync()
    {
        var (code, id) = await WithCaseAsync(c =>
        {
            var now = fixture.Clock.GetUtcNow();
            c.Accept(Officer, now);
            c.DraftAnswer("Ngày 13/2/2026, **đèn đường ngõ 45 đã được thay mới**.\n\nỦy ban nhân dân phường cảm ơn quý vị.", Officer, now);
            c.ApproveAnswer(Lead, now, WorkingCalendar.CreateDefault());
        });
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        return (code, scope.ServiceProvider.GetRequiredService<AnswerRatingLink>().TokenFor(id, fixture.Clock.GetUtcNow()));
    }

    /// <summary>Files a phản ánh as the Portal would and takes the given steps on it, as the Backoffice would.</summary>
    private async Task<(string Code, long Id)> WithCaseAsync(Action<FeedbackCase> steps)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var filed = await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(new CaseIntake
        {
            Kind = CaseKind.Feedback,
            Channel = CaseChannel.Web,
            TopicCode = "ha-tang-dia-phuong",
            LocalityCode = TestData.HongBang,
            Title = $"Đèn đường ngõ 45 phố Lạch Tray không sáng ({Guid.NewGuid().ToString("N")[..6]})",
            Description = "Cả ngõ 45 tối om từ đầu tháng, người già và trẻ em đi lại rất khó khăn vào buổi tối.",
            FilerType = FilerType.Person,
            FilerName = "Trần Văn Bình",
            Phone = Phone,
        });
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value);
        steps(feedbackCase);
        await db.SaveChangesAsync();
        return (filed.Code.ToString(), feedbackCase.Id);
    }

    private string Portal(string path) => new Uri(fixture.PortalUrl, path).ToString();
}
