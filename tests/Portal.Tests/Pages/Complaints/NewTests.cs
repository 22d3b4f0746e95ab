using System.Net;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Complaints;

/// <summary>Gửi khiếu nại (Luật Khiếu nại 2011): the form, its check step, and what is stored.</summary>
public sealed class NewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = "/khieu-nai/gui";

    [Fact]
    public async Task Post_ValidComplaintThroughCheckStep_StoresTheComplaintWithItsDetailsRoutedToTheCommune()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Đề nghị hủy quyết định {Guid.NewGuid():N}";
        var before = await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Kind == CaseKind.Complaint));

        // Act
        var checkResponse = await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f => f["Input.Request"] = marker));
        var check = await HtmlForms.ParseAsync(checkResponse);
        var storedAfterCheck = await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Kind == CaseKind.Complaint));
        var sent = await client.PressAsync(FormUrl, check, "#send");
        var confirmation = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);

        // Assert: the check step shows the answers read-only and stores nothing.
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Equal("Kiểm tra lại đơn khiếu nại trước khi gửi", check.Text("h1"));
        Assert.Equal("Chủ tịch UBND phường Hồng Bàng", check.Text("#answer-Input_IssuedBy dd"));
        Assert.Equal("20/01/2026", check.Text("#answer-Input_LearnedOn dd"));
        Assert.Null(check.QuerySelector("#check-warnings"));
        Assert.Null(check.QuerySelector("textarea, input[type=text]"));
        Assert.Equal(before, storedAfterCheck);

        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"Gửi stores the case and answers 303; got {(int)sent.StatusCode}.");
        Assert.Equal("Đã gửi đơn khiếu nại", confirmation.Text("h1"));
        Assert.Equal(TestData.HongBangCommittee, confirmation.Text("#lead-agency"));

        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Complaint!.Request == marker));
        Assert.Equal(CaseKind.Complaint, stored.Kind);
        Assert.Equal(TrackingCode.Parse(confirmation.Text("#tracking-code")).Value, stored.TrackingCode);
        Assert.Equal("UBND-11311", stored.LeadAgencyCode);
        Assert.Equal("Khiếu nại Quyết định số 125/QĐ-UBND của Chủ tịch UBND phường Hồng Bàng", stored.Title);
        Assert.Equal("Trần Văn Bình", stored.Filer.FullName);
        var details = stored.Complaint!;
        Assert.Equal("125/QĐ-UBND", details.DecisionNumber);
        Assert.Equal(new DateOnly(2026, 1, 15), details.DecisionDate);
        Assert.Equal(new DateOnly(2026, 1, 20), details.LearnedOn);
        Assert.Equal("Số 12 phố Hoàng Văn Thụ, phường Hồng Bàng", details.FilerAddress);
        Assert.Equal(Representation.Self, details.Representation);
    }

    [Fact]
    public async Task Post_Check_TheFilesAreChosenOnTheCheckFormAboveGửi_AndSửaPostsWithoutThem()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm()));

        // Assert: a browser uploads files only with a multipart form, and "Sửa" must not upload them for nothing.
        Assert.Equal("multipart/form-data", check.QuerySelector("#check-form")!.GetAttribute("enctype"));
        Assert.Equal("application/x-www-form-urlencoded", check.QuerySelector("#check-form #edit")!.GetAttribute("formenctype"));
        Assert.Null(check.QuerySelector("#send")!.GetAttribute("formenctype"));
        var input = check.QuerySelector("#check-form input[type=file]#Attachments[name=Attachments][multiple]");
        Assert.NotNull(input);
        Assert.Equal("Tài liệu, chứng cứ kèm theo (nếu có)", check.Text("label[for=Attachments]"));
        Assert.Contains("tối đa 5 tệp, mỗi tệp không quá 10 MB", check.Text("#attachments-hint"));
        Assert.Contains("văn bản ủy quyền", check.Text("#attachments-note"));
        Assert.Equal(["attachments-hint", "attachments-note"], input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal(["Attachments", "send"], check.QuerySelectorAll("#Attachments, #send").Select(e => e.Id));
    }

    [Fact]
    public async Task Post_SendWithAPdfAndAPng_StoresBothWithTheComplaintAndTheFilesAreInTheStore()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Kèm quyết định và ảnh quầy hàng {Guid.NewGuid():N}";
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f => f["Input.Request"] = marker)));

        // Act
        var sent = await client.PressWithFilesAsync(FormUrl, check, "#send",
        [
            new("quyết định 125.pdf", TestFiles.Pdf(), "application/pdf"),
            new("quầy hàng.png", TestFiles.Png(withMetadata: true), "image/png"),
        ]);

        // Assert
        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"Gửi with two good files stores the complaint (303); got {(int)sent.StatusCode}: {(await HtmlForms.ParseAsync(sent)).QuerySelector(".error-summary")?.TextContent.Trim()}");
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Complaint!.Request == marker));
        Assert.Equal(CaseKind.Complaint, stored.Kind);
        var attachments = stored.Attachments.OrderBy(a => a.Id).ToList();
        Assert.Equal(["quyết định 125.pdf", "quầy hàng.png"], attachments.Select(a => a.DisplayName));
        Assert.Equal([AttachmentKind.Pdf, AttachmentKind.Png], attachments.Select(a => a.Kind));
        var store = fixture.Factory.Services.GetRequiredService<AttachmentStore>();
        Assert.All(attachments, a => Assert.True(File.Exists(store.PathOf(a.StoredName)), $"“{a.DisplayName}” must be in the attachment store."));
        Assert.Equal(TestFiles.Pdf(), await File.ReadAllBytesAsync(store.PathOf(attachments[0].StoredName)));
    }

    [Fact]
    public async Task Post_SendWithADisguisedFile_Returns400OnTheCheckStepNamingTheFile_KeepsTheAnswersStoresNothing_ThenAGoodFileSends()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Tệp giả dạng PDF {Guid.NewGuid():N}";
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f => f["Input.Request"] = marker)));
        var filesBefore = StoredFileCount();

        // Act: a program renamed .pdf, sent with the right type declared.
        var refused = await client.PressWithFilesAsync(FormUrl, check, "#send", [new("bien-ban.pdf", TestFiles.Executable(), "application/pdf")]);
        var again = await HtmlForms.ParseAsync(refused);
        var storedAfterRefusal = await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Complaint!.Request == marker));
        var filesAfterRefusal = StoredFileCount();
        var sent = await client.PressWithFilesAsync(FormUrl, again, "#send", [new("bien-ban.pdf", TestFiles.Pdf(), "application/pdf")]);

        // Assert: the check step again, not the form, with the message in the summary and at the field.
        const string message = "Tệp “bien-ban.pdf” không phải là ảnh JPEG, PNG hay tài liệu PDF, DOCX, XLSX hợp lệ nên không thể nhận.";
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Kiểm tra lại đơn khiếu nại trước khi gửi", again.Text("h1"));
        Assert.NotNull(again.QuerySelector("#check-form #send"));
        Assert.Null(again.QuerySelector("textarea, input[type=text]"));
        Assert.Contains(message, again.Text(".error-summary a[href='#Attachments']"));
        Assert.Contains(message, again.Text("#Attachments-error"));
        Assert.Contains("Attachments-error", again.QuerySelector("#Attachments")!.GetAttribute("aria-describedby"));
        Assert.Contains("quý vị vui lòng chọn lại tệp đính kèm", again.Text("#attachments-again"));
        Assert.Equal(marker, again.QuerySelector("#check-form input[type=hidden][name='Input.Request']")?.GetAttribute("value"));
        Assert.Equal("Chủ tịch UBND phường Hồng Bàng", again.QuerySelector("#check-form input[type=hidden][name='Input.IssuedBy']")?.GetAttribute("value"));
        Assert.Equal(marker, again.Text("#answer-Input_Request dd"));
        Assert.False(storedAfterRefusal, "A refused file must store no case.");
        Assert.Equal(filesBefore, filesAfterRefusal);

        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"Choosing a good file on the re-shown check step sends the complaint; got {(int)sent.StatusCode}.");
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Complaint!.Request == marker));
        Assert.Equal(AttachmentKind.Pdf, Assert.Single(stored.Attachments).Kind);
    }

    [Fact]
    public async Task Post_SendLargerThanThePageAccepts_Returns413AndStoresNothing()
    {
        // Arrange: six files at the limit on the check step, more than the page's overall limit (ADR 13).
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Gửi quá lớn {Guid.NewGuid():N}";
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f => f["Input.Request"] = marker)));
        var big = new byte[AttachmentRules.MaxFileBytes];

        // Act
        var response = await client.PressWithFilesAsync(FormUrl, check, "#send", Enumerable.Range(1, 6).Select(i => new UploadFile($"anh-{i}.jpg", big, "image/jpeg")));
        var page = await HtmlForms.ParseAsync(response);

        // Assert: refused by the page's own request limit before anything is read, not by the count of files.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Nội dung gửi lên quá lớn", page.Text("h1"));
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Complaint!.Request == marker)), "A post over the limit must store nothing.");
    }

    [Fact]
    public async Task Post_LearnedMoreThan90DaysAgo_CheckStepWarnsWithArticle9AndTheCaseIsStillFiled()
    {
        // Arrange: the test clock is 12/02/2026; 01/10/2025 is 134 days before.
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Gửi muộn {Guid.NewGuid():N}";

        // Act
        var (check, sent) = await client.CheckAndSendAsync(FormUrl, TestData.ComplaintForm(f =>
        {
            f["Input.LearnedOn"] = "2025-10-01";
            f["Input.DecisionDate"] = "2025-09-25";
            f["Input.DelayReason"] = marker;
        }));

        // Assert
        var warning = check.Text("#check-warnings");
        Assert.Contains("Điều 9 Luật Khiếu nại năm 2011", warning);
        Assert.Contains("90 ngày", warning);
        Assert.Contains("ốm đau, thiên tai", warning);
        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"A late complaint is warned about, never refused; got {(int)sent.StatusCode}.");
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Complaint!.DelayReason == marker));
        Assert.True(stored.Complaint!.IsPastFilingLimitOn(new DateOnly(2026, 2, 12)));
    }

    [Fact]
    public async Task Post_LearnedMoreThan90DaysAgo_FormAlsoWarnsWhenShownAgain()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act: late, and a field missing, so the form comes back.
        var response = await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f =>
        {
            f["Input.LearnedOn"] = "2025-10-01";
            f["Input.Request"] = "";
        }));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Điều 9 Luật Khiếu nại năm 2011", page.Text("#late-warning"));
    }

    [Fact]
    public async Task Post_EditOnCheckStep_ReturnsToTheFormWithEverythingTypedAndNoErrors()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm()));

        // Act
        var response = await client.PressAsync(FormUrl, check, "#edit");
        var form = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(form.QuerySelector(".error-summary"));
        Assert.Equal("Chủ tịch UBND phường Hồng Bàng", form.QuerySelector("#Input_IssuedBy")!.GetAttribute("value"));
        Assert.Equal("2026-01-20", form.QuerySelector("#Input_LearnedOn")!.GetAttribute("value"));
        Assert.Contains("trả lại số tiền phạt", form.QuerySelector("#Input_Request")!.TextContent);
        Assert.True(form.QuerySelector("#Input_ConcernsOwnRights")!.HasAttribute("checked"), "The confirmation ticked before must stay ticked.");
    }

    [Fact]
    public async Task Post_ForSomeoneElseWithAuthorisation_StoresWhomTheFilerRepresents()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var represented = $"Nguyễn Thị Mai {Guid.NewGuid():N}"[..40];

        // Act
        var (check, sent) = await client.CheckAndSendAsync(FormUrl, TestData.ComplaintForm(f =>
        {
            f["Input.Representation"] = "Authorised";
            f["Input.RepresentedName"] = represented;
        }));

        // Assert
        Assert.Equal(represented, check.Text("#answer-Input_RepresentedName dd"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Complaint!.RepresentedName == represented));
        Assert.Equal(Representation.Authorised, stored.Complaint!.Representation);
    }

    [Fact]
    public async Task Post_ForgedKind_IsIgnoredAndTheCaseIsAComplaint()
    {
        // Arrange: the kind comes from the page, never from the post.
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Loại giả mạo {Guid.NewGuid():N}";

        // Act
        var (_, sent) = await client.CheckAndSendAsync(FormUrl, TestData.ComplaintForm(f =>
        {
            f["Input.Kind"] = "Denunciation";
            f["Kind"] = "Denunciation";
            f["Input.Request"] = marker;
        }));

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Complaint!.Request == marker));
        Assert.Equal(CaseKind.Complaint, stored.Kind);
        Assert.Null(stored.SealedIdentity);
    }

    [Theory]
    [InlineData("Input.IssuedBy", "", "#Input_IssuedBy", "Quý vị vui lòng ghi cơ quan hoặc người đã ban hành quyết định, thực hiện hành vi.")]
    [InlineData("Input.LearnedOn", "", "#Input_LearnedOn", "Quý vị vui lòng nhập ngày nhận được hoặc biết được quyết định, hành vi, ví dụ 15/01/2026.")]
    [InlineData("Input.LearnedOn", "2026-03-01", "#Input_LearnedOn", "Ngày nhận được hoặc biết được quyết định, hành vi không thể sau ngày hôm nay.")]
    [InlineData("Input.DecisionNumber", "", "#Input_DecisionNumber", "Quý vị vui lòng ghi số, ký hiệu của quyết định hoặc mô tả hành vi bị khiếu nại.")]
    [InlineData("Input.ConcernsOwnRights", "false", "#Input_ConcernsOwnRights", "Quý vị vui lòng xác nhận quyết định, hành vi bị khiếu nại ảnh hưởng trực tiếp đến quyền, lợi ích hợp pháp của mình.")]
    [InlineData("Input.Representation", "LegalRepresentative", "#Input_RepresentedName", "Quý vị vui lòng nhập họ và tên người mà quý vị khiếu nại thay.")]
    [InlineData("Input.Representation", "Alien", "#Input_Representation", "“Alien”")]
    [InlineData("Input.Address", "", "#Input_Address", "Quý vị vui lòng nhập địa chỉ.")]
    [InlineData("Input.Phone", "12345", "#Input_Phone", "Số điện thoại chưa đúng.")]
    [InlineData("Input.TopicCode", "khong-co-linh-vuc-nay", "#Input_TopicCode", "Lĩnh vực đã chọn không có trong danh sách.")]
    [InlineData("Input.LocalityCode", "99999", "#Input_LocalityCode", "Xã, phường, đặc khu đã chọn không có trong danh sách.")]
    [InlineData("Input.Request", "LONG:2001", "#Input_Request", "Đề nghị không quá 2000 ký tự.")]
    [InlineData("Input.IssuedBy", "LONG:301", "#Input_IssuedBy", "Tên cơ quan, người ban hành không quá 300 ký tự.")]
    [InlineData("Input.DecisionNumber", "LONG:101", "#Input_DecisionNumber", "Số, ký hiệu quyết định không quá 100 ký tự.")]
    [InlineData("Input.ActDescription", "LONG:2001", "#Input_ActDescription", "Mô tả hành vi không quá 2000 ký tự.")]
    [InlineData("Input.RepresentedName", "LONG:101", "#Input_RepresentedName", "Họ và tên người được đại diện không quá 100 ký tự.")]
    public async Task Post_InvalidInput_Returns400WithTheVietnameseMessageKeepsWhatWasTypedAndStoresNothing(string field, string value, string link, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Không được lưu {Guid.NewGuid():N}";
        var form = TestData.ComplaintForm(f =>
        {
            f["Input.Description"] = marker + " — quyết định xử phạt không đúng với thực tế.";
            f[field] = value.StartsWith("LONG:", StringComparison.Ordinal) ? new string('ă', int.Parse(value[5..], System.Globalization.CultureInfo.InvariantCulture)) : value;
            if (field == "Input.DecisionNumber" && value.Length == 0)
            {
                f["Input.ActDescription"] = "";
            }
        });

        // Act: straight to "Gửi", as a forged post would; the check step refuses it the same way.
        form["Step"] = "Send";
        var response = await client.SubmitFormAsync(FormUrl, form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains(link, summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, summary.TextContent);
        Assert.True(page.QuerySelector(link) is not null, $"The summary links to {link}, which must exist on the page.");
        Assert.Contains(marker, page.QuerySelector("#Input_Description")!.TextContent);
        Assert.StartsWith("Lỗi:", page.Title);
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Description.StartsWith(marker))), "A refused form must store nothing.");
    }

    [Fact]
    public async Task Get_InEnglish_TheFormReadsInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync(FormUrl + "?culture=en");

        // Assert
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Make a complaint (khiếu nại)", page.Text("h1"));
        Assert.Contains("Law on Complaints 2011, Article 9", page.Text("#complaint-rules"));
        Assert.DoesNotContain("Complaint.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InEnglish_ErrorsAndCheckStepReadInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var invalid = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl + "?culture=en", [new("Input.IssuedBy", "Department of Construction")]));
        var checkResponse = await client.SubmitFormAsync(FormUrl + "?culture=en", TestData.ComplaintForm(f => f["Input.LearnedOn"] = "2025-10-01"));
        var check = await HtmlForms.ParseAsync(checkResponse);

        // Assert
        var summary = invalid.Text(".error-summary");
        Assert.Contains("Please give the number of the decision or describe the act you are complaining about.", summary);
        Assert.Contains("Please confirm that the decision or act directly affects your own lawful rights and interests.", summary);
        Assert.Equal("Department of Construction", invalid.QuerySelector("#Input_IssuedBy")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Equal("Check your complaint before sending it", check.Text("h1"));
        Assert.Contains("Article 9 of the Law on Complaints 2011", check.Text("#check-warnings"));
        Assert.Equal("1 October 2025", check.Text("#answer-Input_LearnedOn dd"));
        Assert.Equal("Send", check.Text("#send"));
        Assert.Equal("Supporting documents and evidence (optional)", check.Text("label[for=Attachments]"));
    }

    private int StoredFileCount()
    {
        var directory = fixture.Factory.Services.GetRequiredService<AttachmentStore>().Directory;
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count() : 0;
    }
}
