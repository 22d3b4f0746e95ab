using System.Net;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Denunciations;

/// <summary>Gửi tố cáo (Luật Tố cáo 2018): a person with name and address, sealed; without them, information only (Điều 25).</summary>
public sealed class NewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = "/to-cao/gui";
    private const string DenouncerName = "Phạm Thị Hoa";
    private const string DenouncerAddress = "Số 8 ngõ 12 phố Điện Biên Phủ, phường Hồng Bàng";

    [Fact]
    public async Task Post_ValidDenunciation_SealsNameAndAddressStoresWhomItNamesAndRoutesToTheirAgencyWithThanhTra()
    {
        // Arrange: corruption by an official of Sở Y tế.
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Đỗ Văn Đức {Guid.NewGuid():N}"[..30];

        // Act
        var (check, sent) = await client.CheckAndSendAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.AccusedName"] = accused;
            f["Input.AccusedAgency"] = "Bệnh viện thành phố";
            f["Input.AccusedAgencyCode"] = "SYT";
            f["Input.TopicCode"] = "tham-nhung-nhung-nhieu";
            f["Input.Email"] = "pham.hoa@example.vn";
        }));
        var confirmation = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);

        // Assert: the check step states the protection; the case is stored, sealed and routed.
        Assert.Contains("Điều 47, 48 Luật Tố cáo năm 2018", check.Text("#check-warnings"));
        Assert.Equal(DenouncerAddress, check.Text("#answer-Input_Address dd"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("Đã gửi đơn tố cáo", confirmation.Text("h1"));
        Assert.Equal("Sở Y tế", confirmation.Text("#lead-agency"));

        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Denunciation!.AccusedName == accused));
        Assert.Equal(CaseKind.Denunciation, stored.Kind);
        Assert.Equal(DenunciationDetails.DenunciationTitle, stored.Title);
        Assert.Equal(("SYT", "TTTP", "THAM-NHUNG-CO-QUAN"), (stored.LeadAgencyCode, stored.OverseerAgencyCode, stored.RoutingRuleCode));
        Assert.True(stored.InReviewQueue && stored.ReviewReasons.HasFlag(ReviewReasons.Corruption), "A denunciation of corruption goes to Thanh tra's review queue (task 4.5).");
        Assert.Equal(("Cán bộ địa chính phường", "Bệnh viện thành phố", "SYT"), (stored.Denunciation!.AccusedPosition, stored.Denunciation.AccusedAgency, stored.Denunciation.AccusedAgencyCode));
        Assert.Equal("Tin nhắn yêu cầu chuyển tiền, lưu trên điện thoại của tôi.", stored.Denunciation.Evidence);
        await AssertIdentitySealedAsync(stored);
    }

    [Fact]
    public async Task Post_SendWithAPdf_StoresTheFileWithTheDenunciationAndTheIdentityStaysSealed()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Ngô Văn Tài {Guid.NewGuid():N}"[..30];
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.DenunciationForm(f => f["Input.AccusedName"] = accused)));

        // Act
        var sent = await client.PressWithFilesAsync(FormUrl, check, "#send", [new("tin nhắn chuyển tiền.pdf", TestFiles.Pdf(), "application/pdf")]);

        // Assert: the check step says honestly who sees the files and that they are not sealed.
        Assert.Equal("Tệp tài liệu, chứng cứ kèm theo (nếu có)", check.Text("label[for=Attachments]"));
        var note = check.Text("#attachments-note");
        Assert.Contains("Cán bộ tiếp nhận, giải quyết sẽ xem các tệp này", note);
        Assert.Contains("không được mã hóa", note);
        Assert.Contains("Nếu quý vị không muốn bị nhận biết, xin đừng để họ tên, địa chỉ của mình trong tệp", note);
        Assert.Contains("attachments-note", check.QuerySelector("#Attachments")!.GetAttribute("aria-describedby"));

        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"Gửi with a PDF stores the denunciation (303); got {(int)sent.StatusCode}.");
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Denunciation!.AccusedName == accused));
        Assert.Equal(CaseKind.Denunciation, stored.Kind);
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal(("tin nhắn chuyển tiền.pdf", AttachmentKind.Pdf), (attachment.DisplayName, attachment.Kind));
        Assert.True(File.Exists(fixture.Factory.Services.GetRequiredService<AttachmentStore>().PathOf(attachment.StoredName)), "The PDF must be in the attachment store.");
        await AssertIdentitySealedAsync(stored);
    }

    [Fact]
    public async Task Post_WithoutIdentitySendWithAPng_FilesTheInformationWithTheFile()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Đinh Văn Lộc {Guid.NewGuid():N}"[..30];
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.GivesIdentity"] = "false";
            f["Input.AccusedName"] = accused;
        })));

        // Act
        var sent = await client.PressWithFilesAsync(FormUrl, check, "#send", [new("ảnh chụp.png", TestFiles.Png(), "image/png")]);

        // Assert
        Assert.Contains("Điều 25 Luật Tố cáo năm 2018", check.Text("#check-warnings"));
        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"Information without identity may carry files too (303); got {(int)sent.StatusCode}.");
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Denunciation!.AccusedName == accused));
        Assert.True(stored.IsAnonymousReport);
        Assert.Null(stored.SealedIdentity);
        Assert.Equal(AttachmentKind.Png, Assert.Single(stored.Attachments).Kind);
    }

    [Fact]
    public async Task Post_ValidDenunciation_TheReceiptGoesOnlyToTheDenouncerAndNamesNobody()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Vũ Văn Tám {Guid.NewGuid():N}"[..30];

        // Act
        var (_, sent) = await client.CheckAndSendAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.AccusedName"] = accused;
            f["Input.Email"] = "to.cao@example.vn";
        }));

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var caseId = await fixture.QueryAsync(db => db.Cases.Where(c => c.Denunciation!.AccusedName == accused).Select(c => c.Id).SingleAsync());
        var mails = await fixture.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync());
        var receipt = Assert.Single(mails);
        Assert.Equal("to.cao@example.vn", receipt.To);
        Assert.DoesNotContain(accused, receipt.Subject + receipt.TextBody + receipt.HtmlBody);
        Assert.DoesNotContain(DenouncerName, receipt.Subject + receipt.TextBody + receipt.HtmlBody);
    }

    [Fact]
    public async Task Post_ValidDenunciationInEnglish_TheReceiptIsInEnglishAndAddressesTheDenouncerWithoutTheirName()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        await client.GetAsync("/ngon-ngu?culture=en&returnUrl=%2Fto-cao%2Fgui");
        var accused = $"Vũ Văn Chín {Guid.NewGuid():N}"[..30];

        // Act
        var (_, sent) = await client.CheckAndSendAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.AccusedName"] = accused;
            f["Input.Email"] = "to.cao.en@example.vn";
        }));

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var caseId = await fixture.QueryAsync(db => db.Cases.Where(c => c.Denunciation!.AccusedName == accused).Select(c => c.Id).SingleAsync());
        var receipt = Assert.Single(await fixture.QueryAsync(db => db.OutboundEmails.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync()));
        Assert.Contains("Dear Sir or Madam,", receipt.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(DenouncerName, receipt.Subject + receipt.TextBody + receipt.HtmlBody);
    }

    [Fact]
    public async Task Post_WithoutIdentity_CheckStepSaysArticle25AndItIsFiledAsInformationNotADenunciation()
    {
        // Arrange: a name typed anyway must not be kept.
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Hoàng Văn Sáu {Guid.NewGuid():N}"[..30];

        // Act
        var (check, sent) = await client.CheckAndSendAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.GivesIdentity"] = "false";
            f["Input.AccusedName"] = accused;
            f["Input.AccusedAgencyCode"] = "SXD";
            f["Input.TopicCode"] = "xay-dung-nha-o";
            f["Input.Address"] = "";
        }));
        var confirmation = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);

        // Assert
        var warning = check.Text("#check-warnings");
        Assert.Contains("Điều 25 Luật Tố cáo năm 2018", warning);
        Assert.Contains("không được xử lý như một đơn tố cáo", warning);
        Assert.Null(check.QuerySelector("#answer-Input_FullName"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("Đã gửi thông tin", confirmation.Text("h1"));

        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Denunciation!.AccusedName == accused));
        Assert.Equal(CaseKind.Feedback, stored.Kind);
        Assert.True(stored.IsAnonymousReport);
        Assert.Null(stored.SealedIdentity);
        Assert.Equal(Filer.AnonymousName, stored.Filer.FullName);
        Assert.Equal("0987654321", stored.Filer.Phone);
        Assert.Equal(DenunciationDetails.AnonymousReportTitle, stored.Title);
        Assert.Equal(("SXD", "TTTP", "TO-CAO-CO-QUAN"), (stored.LeadAgencyCode, stored.OverseerAgencyCode, stored.RoutingRuleCode));
        Assert.False(RawRowContains(stored.TrackingCode, DenouncerName), "A name typed by a sender who chose to withhold it is not kept.");
    }

    [Fact]
    public async Task Post_WithoutIdentityOrContact_IsStillAccepted()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Không liên hệ {Guid.NewGuid():N}"[..30];

        // Act
        var (_, sent) = await client.CheckAndSendAsync(FormUrl, TestData.DenunciationForm(f =>
        {
            f["Input.GivesIdentity"] = "false";
            f["Input.AccusedName"] = accused;
            f["Input.FullName"] = "";
            f["Input.Address"] = "";
            f["Input.Phone"] = "";
        }));

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Denunciation!.AccusedName == accused));
        Assert.Null(stored.Filer.Phone);
        Assert.Null(stored.Filer.Email);
    }

    [Fact]
    public async Task Post_CheckStep_IsNeverCachedAndCarriesTheAnswersHidden()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync(FormUrl, TestData.DenunciationForm());
        var check = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
        Assert.Equal(DenouncerName, check.QuerySelector("#check-form input[type=hidden][name='Input.FullName']")?.GetAttribute("value"));
        Assert.Equal("Sửa", check.Text("#edit"));
    }

    [Theory]
    [InlineData("Input.Address", "", "#Input_Address", "Đơn tố cáo phải có địa chỉ người tố cáo.")]
    [InlineData("Input.FullName", "", "#Input_FullName", "Đơn tố cáo phải có họ và tên người tố cáo.")]
    [InlineData("Input.Phone", "", "#Input_Phone", "Quý vị vui lòng nhập số điện thoại hoặc thư điện tử")]
    [InlineData("Input.GivesIdentity", "", "#Input_GivesIdentity", "Quý vị vui lòng chọn có hoặc không cung cấp họ tên, địa chỉ.")]
    [InlineData("Input.GivesIdentity", "Alien", "#Input_GivesIdentity", "“Alien”")]
    [InlineData("Input.AccusedName", "", "#Input_AccusedName", "Quý vị vui lòng nhập họ và tên người bị tố cáo.")]
    [InlineData("Input.AccusedAgency", "", "#Input_AccusedAgency", "Quý vị vui lòng ghi cơ quan, đơn vị công tác của người bị tố cáo.")]
    [InlineData("Input.AccusedAgencyCode", "KHONG-CO", "#Input_AccusedAgencyCode", "Cơ quan đã chọn không có trong danh sách.")]
    [InlineData("Input.Description", "Quá ngắn", "#Input_Description", "Nội dung hành vi vi phạm từ 20 đến 5000 ký tự")]
    [InlineData("Input.Evidence", "LONG:5001", "#Input_Evidence", "Phần tài liệu, chứng cứ không quá 5000 ký tự.")]
    [InlineData("Input.Address", "LONG:301", "#Input_Address", "Địa chỉ không quá 300 ký tự.")]
    [InlineData("Input.AccusedPosition", "LONG:201", "#Input_AccusedPosition", "Chức vụ không quá 200 ký tự.")]
    [InlineData("Input.PrivacyAccepted", "false", "#Input_PrivacyAccepted", "Quý vị vui lòng xác nhận đã đọc thông báo về xử lý dữ liệu cá nhân.")]
    public async Task Post_InvalidInput_Returns400WithTheVietnameseMessageKeepsWhatWasTypedAndStoresNothing(string field, string value, string link, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var accused = $"Không lưu {Guid.NewGuid():N}"[..30];
        var form = TestData.DenunciationForm(f =>
        {
            f["Input.AccusedName"] = accused;
            f[field] = value.StartsWith("LONG:", StringComparison.Ordinal) ? new string('ă', int.Parse(value[5..], System.Globalization.CultureInfo.InvariantCulture)) : value;
        });

        // Act
        var response = await client.SubmitFormAsync(FormUrl, form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains(link, summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, summary.TextContent);
        Assert.True(page.QuerySelector(link) is not null, $"The summary links to {link}, which must exist on the page.");
        Assert.Contains(form["Input.Description"], page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal(form["Input.AccusedName"], page.QuerySelector("#Input_AccusedName")!.GetAttribute("value") ?? "");
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Denunciation!.AccusedName == accused)), "A refused form must store nothing.");
    }

    [Fact]
    public async Task Get_InEnglish_TheFormAndTheProtectionNoticeReadInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync(FormUrl + "?culture=en");
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl + "?culture=en", TestData.DenunciationForm(f => f["Input.GivesIdentity"] = "false")));

        // Assert
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Make a denunciation (tố cáo)", page.Text("h1"));
        Assert.Contains("Articles 47 and 48 of the Law on Denunciations 2018", page.Text("#identity-protection"));
        Assert.DoesNotContain("Denunciation.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Article 25 of the Law on Denunciations 2018", check.Text("#check-warnings"));
    }

    /// <summary>The denouncer's name and address are sealed: not in the filer's columns, not readable in the row, opened only by the sealer.</summary>
    private async Task AssertIdentitySealedAsync(FeedbackCase stored)
    {
        Assert.True(stored.Filer.IsWithheld, "The denouncer's identity is sealed, not in the filer's columns.");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentitySealer>().Open(stored.SealedIdentity!);
        Assert.Equal((DenouncerName, DenouncerAddress), (identity.FullName, identity.Address));
        Assert.False(RawRowContains(stored.TrackingCode, DenouncerName) || RawRowContains(stored.TrackingCode, DenouncerAddress),
            "Neither the denouncer's name nor address may be readable in the stored row.");
    }

    private bool RawRowContains(string trackingCode, string text)
    {
        using var connection = new SqliteConnection(fixture.Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Cases WHERE TrackingCode = $code";
        command.Parameters.AddWithValue("$code", trackingCode);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i) && Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!.Contains(text, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
