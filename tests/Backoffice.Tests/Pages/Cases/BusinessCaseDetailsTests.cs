using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Cases;

/// <summary>Task 4.10: a business's case, filed on the Portal, shows the Economic Zone Authority's officer whom to answer.</summary>
public sealed class BusinessCaseDetailsTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_BusinessCase_ShowsEnterpriseTaxCodeParkAndContactPosition()
    {
        // Arrange: filed on the Portal's business form, typed with spaces.
        var portal = fixture.Portal.CreateBrowserClient();
        var filed = await portal.SubmitFormAsync("/doanh-nghiep/gui", new Dictionary<string, string>
        {
            ["Input.EnterpriseName"] = "Công ty TNHH Điện tử Tràng Duệ",
            ["Input.TaxCode"] = "0300 588 569",
            ["Input.ParkCode"] = "KCN-TRANG-DUE",
            ["Input.ContactName"] = "Vũ Thị Mai",
            ["Input.ContactPosition"] = "Phó Giám đốc",
            ["Input.Phone"] = "0936 222 333",
            ["Input.Kind"] = "Recommendation",
            ["Input.TopicCode"] = "khu-cong-nghiep",
            ["Input.Title"] = "Đề nghị bố trí thêm tuyến xe buýt cho công nhân",
            ["Input.Description"] = "Công nhân ca đêm không có phương tiện công cộng về nhà sau 22 giờ, đề nghị bố trí thêm tuyến xe buýt.",
            ["Input.PrivacyAccepted"] = "true",
        });
        Assert.Equal(HttpStatusCode.SeeOther, filed.StatusCode);
        var code = (await portal.GetDocumentAsync(filed.Headers.Location!.OriginalString)).Text("#tracking-code");
        var officer = await fixture.SignInAsync("canbo.bqlkkt");

        // Act
        var page = await officer.GetDocumentAsync($"/ho-so/{code}");

        // Assert
        Assert.Equal("Công ty TNHH Điện tử Tràng Duệ", page.Text("#filer-organisation"));
        Assert.Equal("0300588569", page.Text("#enterprise-tax-code"));
        Assert.Equal("KCN Tràng Duệ", page.Text("#enterprise-park"));
        Assert.Equal("Phó Giám đốc", page.Text("#enterprise-contact-position"));
        Assert.Contains("Vũ Thị Mai", page.Body!.TextContent);
    }
}
