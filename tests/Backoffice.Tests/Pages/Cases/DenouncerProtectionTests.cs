using System.Net;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>Luật Tố cáo 2018, Điều 47–48: the denouncer's identity is masked, revealed only to those who resolve the case, for a reason, audited.</summary>
public sealed class DenouncerProtectionTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string DenouncerName = "Phạm Thị Hoa";
    private const string DenouncerPhone = "0987 654 321";

    [Fact]
    public async Task CasePage_MasksTheDenouncer_LeadRevealsWithAReason_AndTheRevealIsAudited()
    {
        // Arrange
        var code = await RecordDenunciationAsync();
        var lead = await fixture.SignInAsync("lanhdao.ubnd-11311");

        // Act
        var masked = await lead.GetDocumentAsync($"/ho-so/{code}");
        var withoutReason = await lead.SubmitFormAsync($"/ho-so/{code}?handler=Reveal", [new("RevealReason", "")]);
        var revealed = await lead.SubmitFormAsync($"/ho-so/{code}?handler=Reveal", [new("RevealReason", "Cần liên hệ người tố cáo để xác minh thời điểm nộp tiền.")]);
        var revealedPage = await HtmlForms.ParseAsync(revealed);

        // Assert
        Assert.DoesNotContain(DenouncerName, masked.Body!.TextContent);
        Assert.DoesNotContain("654", masked.Body!.TextContent);
        Assert.Contains("được mã hóa và giữ bí mật", masked.Text("#identity-protected"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(DenouncerName, revealedPage.Text("#revealed-identity"));
        Assert.Contains("no-store", revealed.Headers.CacheControl?.ToString() ?? "");

        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var raw = code.Replace("-", "", StringComparison.Ordinal);
        var reveal = await db.AuditLog.SingleAsync(a => a.Subject == raw && a.Action == AuditAction.IdentityRevealed);
        Assert.Equal("Cần liên hệ người tố cáo để xác minh thời điểm nộp tiền.", reveal.Detail);
        Assert.Contains("Lãnh đạo", reveal.ActorName);
    }

    [Theory]
    [InlineData("canbo.ubnd-11311", HttpStatusCode.Forbidden)] // an officer the case is not assigned to
    [InlineData("lanhdao.snnmt", HttpStatusCode.NotFound)] // another agency
    [InlineData("danhgia", HttpStatusCode.NotFound)] // Sở Nội vụ's assessor
    public async Task Reveal_ByAnyoneElse_IsRefusedAndNothingIsShown(string userName, HttpStatusCode expected)
    {
        // Arrange
        var code = await RecordDenunciationAsync();
        var client = await fixture.SignInAsync(userName);
        var token = (await (await fixture.SignInAsync("canbo.ubnd-11311")).GetDocumentAsync("/ho-so/nhap-moi")).AntiforgeryToken();

        // Act: a forged post, since no reveal form is offered to them.
        var page = await client.GetAsync($"/ho-so/{code}");
        var form = page.StatusCode == HttpStatusCode.OK ? await HtmlForms.ParseAsync(page) : null;
        var response = await client.PostAsync($"/ho-so/{code}?handler=Reveal", new FormUrlEncodedContent(
            [new("RevealReason", "Tò mò"), new(HtmlForms.TokenField, form?.QuerySelector($"input[name={HtmlForms.TokenField}]")?.GetAttribute("value") ?? token)]));

        // Assert
        Assert.Null(form?.QuerySelector("#RevealReason"));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
            $"{userName} must not get the identity; got {(int)response.StatusCode}.");
        Assert.DoesNotContain(DenouncerName, await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, page.StatusCode == HttpStatusCode.OK ? response.StatusCode : page.StatusCode);
    }

    private async Task<string> RecordDenunciationAsync()
    {
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var recorded = await officer.SubmitFormAsync("/ho-so/nhap-moi", new Dictionary<string, string>
        {
            ["Input.Channel"] = "InPerson",
            ["Input.Kind"] = "Denunciation",
            ["Input.TopicCode"] = "thu-tuc-cap-xa",
            ["Input.LocalityCode"] = TestData.HongBang,
            ["Input.Title"] = $"Tố cáo cán bộ địa chính thu tiền ngoài quy định {Guid.NewGuid():N}",
            ["Input.Description"] = "Cán bộ địa chính phường yêu cầu nộp thêm 2 triệu đồng mới nhận hồ sơ cấp giấy chứng nhận.",
            ["Input.FilerType"] = "Person",
            ["Input.FilerName"] = DenouncerName,
            ["Input.Phone"] = DenouncerPhone,
            ["Input.Address"] = "Số 8 ngõ 12 phố Điện Biên Phủ, phường Hồng Bàng",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        return (await officer.GetDocumentAsync("/ho-so/nhap-moi")).Text("#recorded-code");
    }
}
