using System.Net;
using AngleSharp.Dom;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>The case workflow as staff drive it through the pages, against the real apps on one SQLite file.</summary>
public sealed class CaseWorkflowPageTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Officer = "canbo.ubnd-11311";
    private const string Lead = "lanhdao.ubnd-11311";

    [Fact]
    public async Task Officer_AcceptsAssignsDrafts_LeadApproves_FilerIsMailedTheAnswerAndSeesItOnThePortal()
    {
        // Arrange
        var email = $"nguoi.gui.{Guid.NewGuid():N}@example.vn";
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Đèn đường hỏng ngõ 5 {Guid.NewGuid():N}";
            f["Input.Email"] = email;
        }));
        var officer = await fixture.SignInAsync(Officer);
        var lead = await fixture.SignInAsync(Lead);

        // Act
        await StepAsync(officer, code, "thu-ly", []);
        await AssignToSelfAsync(officer, code);
        await StepAsync(officer, code, "du-thao", [new("Input.Markdown", "Ngày 20/2, **đèn đã được thay mới**.<script>alert(1)</script>")]);
        var beforeApproval = await officer.GetDocumentAsync(CaseUrl(code));
        await StepAsync(lead, code, "duyet", []);
        var after = await officer.GetDocumentAsync(CaseUrl(code));
        var tracking = await TrackOnPortalAsync(code, email);

        // Assert
        Assert.Equal("Chờ lãnh đạo duyệt", beforeApproval.Text("#case-status"));
        Assert.DoesNotContain(beforeApproval.QuerySelectorAll("#steps a"), a => a.TextContent.Contains("Duyệt", StringComparison.Ordinal));
        Assert.Equal("Đã trả lời", after.Text("#case-status"));
        Assert.Contains("Cán bộ", after.Text("#assigned-officer"));
        Assert.Equal("đèn đã được thay mới", after.QuerySelector("#answer strong")?.TextContent);
        Assert.Null(after.QuerySelector("#answer script"));
        var history = after.QuerySelectorAll("#history li").Select(li => li.TextContent).ToList();
        Assert.Contains(history, h => h.Contains("Thụ lý", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Contains("Trả lời", StringComparison.Ordinal) && h.Contains("Lãnh đạo", StringComparison.Ordinal));

        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var mails = await db.OutboundEmails.Where(m => m.To == email).Select(m => new { m.Template, m.HtmlBody }).ToListAsync();
        var answerMail = Assert.Single(mails, m => m.Template == "case-answered");
        Assert.Contains("<strong>đèn đã được thay mới</strong>", answerMail.HtmlBody);
        Assert.DoesNotContain("<script", answerMail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("đèn đã được thay mới", tracking.Text("#answer"));
    }

    [Fact]
    public async Task Officer_CannotApproveOrRefuse_Gets403AndNothingChanges()
    {
        // Arrange
        var code = await FileAsync();
        var officer = await fixture.SignInAsync(Officer);

        // Act
        var refuse = await officer.GetAsync($"{CaseUrl(code)}/khong-thu-ly");
        var approve = await officer.GetAsync($"{CaseUrl(code)}/duyet");
        var page = await officer.GetDocumentAsync(CaseUrl(code));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refuse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal("Mới tiếp nhận", page.Text("#case-status"));
    }

    [Fact]
    public async Task Post_IllegalStep_Is422WithTheReasonAndNoChange()
    {
        // Arrange: an accepted case has no draft to approve.
        var code = await FileAsync();
        var lead = await fixture.SignInAsync(Lead);
        await StepAsync(lead, code, "thu-ly", []);

        // Act
        var response = await PostStepAsync(lead, code, "du-thao", [new("Input.Markdown", "")]);
        var approve = await PostStepAsync(lead, code, "duyet", []);
        var approvePage = await HtmlForms.ParseAsync(approve);
        var page = await lead.GetDocumentAsync(CaseUrl(code));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((HttpStatusCode)422, approve.StatusCode);
        Assert.Contains("Không thể duyệt trả lời khi hồ sơ đang được giải quyết", approvePage.Text("#refusal"));
        Assert.Equal("Đang giải quyết", page.Text("#case-status"));
    }

    [Fact]
    public async Task Post_AssignToTheOfficerWhoHasTheCase_Is422NamingThemInVietnamese()
    {
        // Arrange
        var code = await FileAsync();
        var officer = await fixture.SignInAsync(Officer);
        await StepAsync(officer, code, "thu-ly", []);
        var assignForm = await officer.GetDocumentAsync($"{CaseUrl(code)}/phan-cong");
        var me = assignForm.QuerySelectorAll("#Input_OfficerId option").Single(o => o.GetAttribute("value") != "");
        await StepAsync(officer, code, "phan-cong", [new("Input.OfficerId", me.GetAttribute("value")!)]);

        // Act
        var again = await PostStepAsync(officer, code, "phan-cong", [new("Input.OfficerId", me.GetAttribute("value")!)]);
        var page = await HtmlForms.ParseAsync(again);

        // Assert
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Equal($"Hồ sơ đang được giao cho {me.TextContent.Trim()}.", page.Text("#refusal p"));
    }

    [Fact]
    public async Task Get_RefuseForm_OffersTheGroundsOfTheCasesLawInVietnamese()
    {
        // Arrange
        var code = await FileAsync();
        var lead = await fixture.SignInAsync(Lead);

        // Act
        var form = await lead.GetDocumentAsync($"{CaseUrl(code)}/khong-thu-ly");

        // Assert: a phản ánh is refused on the decree's grounds only, worded as the law words them.
        var grounds = form.QuerySelectorAll("#Input_Ground option").Where(o => o.GetAttribute("value") != "").ToList();
        Assert.Equal(["PA-9-1", "PA-9-2", "PA-9-3"], grounds.Select(o => o.GetAttribute("value")));
        Assert.Equal(
            "Phản ánh không rõ nội dung, không có thông tin để liên hệ xác minh (Nghị định 20/2008/NĐ-CP (cần đối chiếu văn bản))",
            grounds[1].TextContent.Trim());
    }

    [Fact]
    public async Task Post_StaleForm_Is409AndTheOtherOfficersStepStands()
    {
        // Arrange: two officers open the accept form; the first accepts.
        var code = await FileAsync();
        var first = await fixture.SignInAsync(Officer);
        var second = await fixture.SignInAsync(Lead);
        var secondForm = await second.GetDocumentAsync($"{CaseUrl(code)}/de-nghi-bo-sung");
        await StepAsync(first, code, "thu-ly", []);

        // Act
        var stale = await second.PostAsync($"{CaseUrl(code)}/de-nghi-bo-sung", new FormUrlEncodedContent(
        [
            new(HtmlForms.TokenField, secondForm.AntiforgeryToken()),
            new("Input.Version", secondForm.QuerySelector("#Input_Version")!.GetAttribute("value")!),
            new("Input.Text", "Đề nghị cung cấp ảnh chụp hiện trạng."),
        ]));
        var stalePage = await HtmlForms.ParseAsync(stale);
        var page = await first.GetDocumentAsync(CaseUrl(code));

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", stalePage.Text("#refusal"));
        Assert.Equal("Đang giải quyết", page.Text("#case-status"));
    }

    [Fact]
    public async Task Transfer_MovesTheCaseToTheOtherAgencyKeepsReceiptAndTellsTheFiler()
    {
        // Arrange
        var email = $"chuyen.{Guid.NewGuid():N}@example.vn";
        var code = await FileAsync(email);
        var officer = await fixture.SignInAsync(Officer);
        var receivedBefore = (await officer.GetDocumentAsync(CaseUrl(code))).QuerySelectorAll(".summary-list div")
            .First(d => d.TextContent.Contains("Ngày nhận", StringComparison.Ordinal)).TextContent;

        // Act
        await StepAsync(officer, code, "chuyen-xu-ly", [new("Input.AgencyCode", "SXD"), new("Input.Text", "Công trình xây dựng thuộc thẩm quyền Sở Xây dựng.")]);
        var formerAgency = await officer.GetAsync(CaseUrl(code));
        var newAgency = await fixture.SignInAsync("canbo.sxd");
        var page = await newAgency.GetDocumentAsync(CaseUrl(code));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, formerAgency.StatusCode);
        Assert.Equal("Sở Xây dựng", page.Text("#lead-agency"));
        Assert.Contains(page.QuerySelectorAll(".summary-list div"), d => d.TextContent == receivedBefore);
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        Assert.True(await db.OutboundEmails.AnyAsync(m => m.To == email && m.Template == "case-transferred"), "The filer must be told who now handles the case.");
    }

    [Fact]
    public async Task Get_CasePage_IsAuditedAsAViewOfPersonalData()
    {
        // Arrange
        var code = await FileAsync();
        var officer = await fixture.SignInAsync(Officer);

        // Act
        await officer.GetDocumentAsync(CaseUrl(code));

        // Assert
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var raw = code.Replace("-", "", StringComparison.Ordinal);
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == AuditAction.CaseViewed && a.Subject == raw && a.ActorName.Contains("Cán bộ")));
    }

    [Fact]
    public async Task Publish_OffersTheFiledTitleToRedact_ThePortalListsOnlyTheRedactedTitle()
    {
        // Arrange: a filer who names a neighbour in the title, and agrees to publication.
        var tag = Guid.NewGuid().ToString("N")[..10];
        var filedTitle = $"Ông Trần Văn Hùng số 7 ngõ 12 đổ phế thải ra đường {tag}";
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = filedTitle;
            f["Input.ConsentsToPublication"] = "true";
        }));
        var officer = await fixture.SignInAsync(Officer);
        var lead = await fixture.SignInAsync(Lead);
        await StepAsync(officer, code, "thu-ly", []);
        await AssignToSelfAsync(officer, code);
        await StepAsync(officer, code, "du-thao", [new("Input.Markdown", "Phường đã thu dọn phế thải và nhắc nhở hộ gia đình.")]);
        await StepAsync(lead, code, "duyet", []);

        // Act
        var form = await lead.GetDocumentAsync($"{CaseUrl(code)}/cong-khai");
        var withoutTitle = await PostStepAsync(lead, code, "cong-khai", [new("Input.PublicTitle", " "), new("Input.Markdown", "Phường đã thu dọn phế thải.")]);
        await StepAsync(lead, code, "cong-khai", [new("Input.PublicTitle", $"Đổ phế thải ra đường trong ngõ {tag}"), new("Input.Markdown", "Phường đã thu dọn phế thải.")]);
        var published = await fixture.Portal.CreateBrowserClient().GetDocumentAsync("/tra-loi?q=" + tag);

        // Assert
        Assert.Equal(filedTitle, form.QuerySelector("#Input_PublicTitle")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutTitle.StatusCode);
        Assert.Contains("Vui lòng nhập tiêu đề công khai.", (await HtmlForms.ParseAsync(withoutTitle)).Text(".error-summary"));
        Assert.Equal($"Đổ phế thải ra đường trong ngõ {tag}", published.QuerySelector(".answer-list h3 a")?.TextContent.Trim());
        Assert.DoesNotContain("Trần Văn Hùng", published.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> FileAsync(string? email = null) =>
        await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Lấn chiếm vỉa hè {Guid.NewGuid():N}";
            f["Input.Email"] = email ?? "";
        }));

    private static string CaseUrl(string code) => $"/ho-so/{code}";

    /// <summary>Opens a step's form and posts it with the version it shows, as the officer would.</summary>
    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, string code, string step, KeyValuePair<string, string>[] fields)
    {
        var url = $"{CaseUrl(code)}/{step}";
        var form = await client.GetDocumentAsync(url);
        var body = fields
            .Append(new(HtmlForms.TokenField, form.AntiforgeryToken()))
            .Append(new("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The officer takes the case on: the one officer the form offers them is themselves.</summary>
    private static async Task AssignToSelfAsync(HttpClient officer, string code)
    {
        var assignForm = await officer.GetDocumentAsync($"{CaseUrl(code)}/phan-cong");
        var me = assignForm.QuerySelectorAll("#Input_OfficerId option").Single(o => o.GetAttribute("value") != "").GetAttribute("value")!;
        await StepAsync(officer, code, "phan-cong", [new("Input.OfficerId", me)]);
    }

    /// <summary>The step must succeed: a redirect back to the case.</summary>
    private static async Task StepAsync(HttpClient client, string code, string step, KeyValuePair<string, string>[] fields)
    {
        var response = await PostStepAsync(client, code, step, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlForms.ParseAsync(response);
            var why = page.QuerySelector("#refusal, .error-summary")?.TextContent.Trim();
            Assert.Fail($"Step {step} on {code} should succeed; got {(int)response.StatusCode}: {why}");
        }
    }

    private async Task<IDocument> TrackOnPortalAsync(string code, string contact)
    {
        var client = fixture.Portal.CreateBrowserClient();
        var response = await client.SubmitFormAsync("/tra-cuu", [new("Input.Code", code), new("Input.Contact", contact)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }
}
