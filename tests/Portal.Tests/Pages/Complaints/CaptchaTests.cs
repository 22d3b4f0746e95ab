using System.Net;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Portal.Tests.Safety;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Complaints;

/// <summary>
/// The complaint's check step with self-hosted ALTCHA, as Production runs it (ADR 10): the CAPTCHA and the files are
/// both on the check step, so a failed CAPTCHA shows that step again and writes no file.
/// </summary>
public sealed class CaptchaTests(AltchaPortalFixture fixture) : IClassFixture<AltchaPortalFixture>
{
    private const string FormUrl = "/khieu-nai/gui";

    [Fact]
    public async Task Post_SendWithAFileWithoutCaptcha_Returns400OnTheCheckStepAsksForTheFileAgainAndWritesNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Chưa xác minh {Guid.NewGuid():N}";
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm(f => f["Input.Request"] = marker)));

        // Act
        var response = await client.PressWithFilesAsync(FormUrl, check, "#send", [new("quyết định.pdf", TestFiles.Pdf(), "application/pdf")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Kiểm tra lại đơn khiếu nại trước khi gửi", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("#check-form #Captcha altcha-widget"));
        Assert.NotNull(page.QuerySelector("#check-form #send"));
        Assert.Contains("vui lòng đánh dấu vào ô xác minh người gửi", page.Text(".error-summary a[href='#Captcha']"));
        Assert.Null(page.QuerySelector("#Attachments-error"));
        Assert.Contains("quý vị vui lòng chọn lại tệp đính kèm", page.Text("#attachments-again"));
        Assert.Equal(marker, page.QuerySelector("#check-form input[type=hidden][name='Input.Request']")?.GetAttribute("value"));
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Complaint!.Request == marker)), "Nothing is stored without the CAPTCHA.");
        Assert.Equal(0, StoredFileCount());
    }

    [Fact]
    public async Task Post_SendWithADisguisedFileWithoutCaptcha_ShowsBothProblemsOnTheCheckStep()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var check = await HtmlForms.ParseAsync(await client.SubmitFormAsync(FormUrl, TestData.ComplaintForm()));

        // Act
        var response = await client.PressWithFilesAsync(FormUrl, check, "#send", [new("ảnh.png", TestFiles.Html(), "image/png")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert: the filer sees every problem in one go, on the step where both can be put right.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#check-form #send"));
        Assert.Equal(["#Attachments", "#Captcha"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.Contains("Tệp “ảnh.png” không phải là ảnh JPEG, PNG", page.Text("#Attachments-error"));
    }

    private int StoredFileCount()
    {
        var directory = fixture.Factory.Services.GetRequiredService<AttachmentStore>().Directory;
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count() : 0;
    }
}
