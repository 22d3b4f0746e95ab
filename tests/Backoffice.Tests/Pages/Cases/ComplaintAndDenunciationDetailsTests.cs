using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>What the Portal's complaint and denunciation forms collected, as the agency handling the case reads it.</summary>
public sealed class ComplaintAndDenunciationDetailsTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task CasePage_LateComplaintForSomeoneElse_ShowsTheDecisionTheLateFilingAndTheRepresentation()
    {
        // Arrange
        var code = await FileAsync("/khieu-nai/gui", TestData.ComplaintForm(f =>
        {
            f["Input.LearnedOn"] = "2025-10-01";
            f["Input.DecisionDate"] = "2025-09-25";
            f["Input.DelayReason"] = "Tôi nằm viện từ tháng 10 đến tháng 12/2025.";
            f["Input.Representation"] = "Authorised";
            f["Input.RepresentedName"] = "Nguyễn Thị Mai";
        }));
        var lead = await fixture.SignInAsync("lanhdao.ubnd-11311");

        // Act
        var page = await lead.GetDocumentAsync($"/ho-so/{code}");

        // Assert
        var details = page.Text("#complaint-details");
        Assert.Contains("125/QĐ-UBND ngày 25/09/2025", details);
        Assert.Contains("Tôi nằm viện", details);
        Assert.Contains("Quá thời hiệu 90 ngày", page.Text("#complaint-late"));
        Assert.Contains("được Nguyễn Thị Mai ủy quyền", page.Text("#complaint-representation"));
    }

    [Fact]
    public async Task CasePage_Denunciation_ShowsWhomItNamesButNotTheDenouncer()
    {
        // Arrange
        var code = await FileAsync("/to-cao/gui", TestData.DenunciationForm());
        var lead = await fixture.SignInAsync("lanhdao.ubnd-11311");

        // Act
        var page = await lead.GetDocumentAsync($"/ho-so/{code}");

        // Assert
        var details = page.Text("#denunciation-details");
        Assert.Contains("Lê Văn Cường", details);
        Assert.Contains("Cán bộ địa chính phường", details);
        Assert.Contains("Tin nhắn yêu cầu chuyển tiền", details);
        Assert.Contains("được mã hóa và giữ bí mật", page.Text("#identity-protected"));
        Assert.DoesNotContain("Phạm Thị Hoa", page.Body!.TextContent);
        Assert.DoesNotContain("Điện Biên Phủ", page.Body!.TextContent);
    }

    [Fact]
    public async Task CasePage_AnonymousReport_SaysItIsInformationUnderArticle25()
    {
        // Arrange
        var code = await FileAsync("/to-cao/gui", TestData.DenunciationForm(f =>
        {
            f["Input.GivesIdentity"] = "false";
            f["Input.FullName"] = "";
            f["Input.Address"] = "";
        }));
        var lead = await fixture.SignInAsync("lanhdao.ubnd-11311");

        // Act
        var page = await lead.GetDocumentAsync($"/ho-so/{code}");

        // Assert
        Assert.Contains("Điều 25 Luật Tố cáo 2018", page.Text("#anonymous-report"));
        Assert.Contains("Lê Văn Cường", page.Text("#denunciation-details"));
    }

    private async Task<string> FileAsync(string url, Dictionary<string, string> form)
    {
        var client = fixture.Portal.CreateBrowserClient();
        var (_, sent) = await client.CheckAndSendAsync(url, form);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var confirmation = await client.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code").Replace("-", "", StringComparison.Ordinal);
    }
}
