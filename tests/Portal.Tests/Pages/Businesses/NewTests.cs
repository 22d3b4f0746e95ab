using System.Net;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Businesses;

/// <summary>Task 4.10: enterprises and workers in industrial parks and economic zones file to Ban Quản lý Khu kinh tế.</summary>
public sealed class NewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = "/doanh-nghiep/gui";
    private const string Authority = "Ban Quản lý Khu kinh tế Hải Phòng";

    [Theory]
    [InlineData("", "0100 109 106", "0100109106", "Công ty TNHH Cơ khí Nam Đình Vũ")]
    [InlineData("?culture=en", "0300588569-001", "0300588569-001", "Hai Phong Precision Parts Co., Ltd.")]
    public async Task Post_ValidBusinessCase_RoutedToEconomicZoneAuthorityWithTheEnterpriseStored(string culture, string typedTaxCode, string storedTaxCode, string enterprise)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Chậm cấp phép xây dựng nhà xưởng {Guid.NewGuid():N}";

        // Act
        var response = await client.SubmitFormAsync(FormUrl + culture, Form(f =>
        {
            f["Input.Title"] = title;
            f["Input.TaxCode"] = typedTaxCode;
            f["Input.EnterpriseName"] = enterprise;
        }));
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"A stored case answers 303; got {(int)response.StatusCode}.");
        Assert.Equal(Authority, confirmation.Text("#lead-agency"));
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Title == title));
        Assert.Equal(TrackingCode.Parse(confirmation.Text("#tracking-code")).Value, stored.TrackingCode);
        Assert.Equal("BQLKKT", stored.LeadAgencyCode);
        Assert.Equal("KKT-NOI-KHU", stored.RoutingRuleCode);
        Assert.True(stored.InIndustrialZone, "A business case is in an industrial park or economic zone.");
        Assert.Equal(FilerType.Business, stored.Filer.Type);
        Assert.Equal(enterprise, stored.Filer.OrganisationName);
        Assert.Equal("Lê Minh Tuấn", stored.Filer.FullName);
        Assert.NotNull(stored.Enterprise);
        Assert.Equal(storedTaxCode, stored.Enterprise.TaxCode);
        Assert.Equal("KCN-NAM-DINH-VU", stored.Enterprise.IndustrialParkCode);
        Assert.Equal("Trưởng phòng hành chính", stored.Enterprise.ContactPosition);
        Assert.Equal("11411", stored.LocalityCode);
    }

    [Fact]
    public async Task Post_OtherOrNotSurePark_StoredWithoutParkAndStillRoutedToTheAuthority()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Khu không có trong danh sách {Guid.NewGuid():N}";

        var response = await client.SubmitFormAsync(FormUrl, Form(f =>
        {
            f["Input.Title"] = title;
            f["Input.ParkCode"] = "khac";
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Title == title));
        Assert.Equal("BQLKKT", stored.LeadAgencyCode);
        Assert.Null(stored.Enterprise!.IndustrialParkCode);
        Assert.Null(stored.LocalityCode);
    }

    [Theory]
    [InlineData("", "0100109105", "Mã số thuế không đúng: chữ số kiểm tra")]
    [InlineData("", "01001091", "Mã số thuế chưa đúng định dạng")]
    [InlineData("?culture=en", "0100109105", "This tax code is not valid: its check digit")]
    [InlineData("?culture=en", "0100109106-01", "The tax code is not in the right format")]
    public async Task Post_WrongTaxCode_Returns400WithItsMessageLinkedToTheFieldAndTheTypedCodeKept(string culture, string typed, string message)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var before = await fixture.QueryAsync(db => db.Cases.CountAsync());

        // Act
        var response = await client.SubmitFormAsync(FormUrl + culture, Form(f => f["Input.TaxCode"] = typed));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var link = page.QuerySelector(".error-summary a[href='#Input_TaxCode']");
        Assert.NotNull(link);
        Assert.StartsWith(message, link.TextContent);
        Assert.StartsWith(message, page.Text("#Input_TaxCode-error"));
        Assert.Contains("Input_TaxCode-error", page.QuerySelector("#Input_TaxCode")!.GetAttribute("aria-describedby"));
        Assert.Equal(typed, page.QuerySelector("#Input_TaxCode")!.GetAttribute("value"));
        Assert.Equal("Công ty TNHH Cơ khí Nam Đình Vũ", page.QuerySelector("#Input_EnterpriseName")!.GetAttribute("value"));
        Assert.Equal(before, await fixture.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Theory]
    [InlineData("", "không có trong danh sách")]
    [InlineData("?culture=en", "is not in the list")]
    public async Task Post_UnknownPark_Returns400AndStoresNothing(string culture, string message)
    {
        var client = fixture.Factory.CreateBrowserClient();
        var before = await fixture.QueryAsync(db => db.Cases.CountAsync());

        var response = await client.SubmitFormAsync(FormUrl + culture, Form(f => f["Input.ParkCode"] = "KCN-KHONG-CO"));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text("#Input_ParkCode-error"));
        Assert.Equal(before, await fixture.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Theory]
    [InlineData("Input.EnterpriseName", 201, "Tên doanh nghiệp không quá 200 ký tự.")]
    [InlineData("Input.TaxCode", 25, "Mã số thuế chưa đúng định dạng")]
    [InlineData("Input.ContactName", 101, "Họ và tên không quá 100 ký tự.")]
    [InlineData("Input.ContactPosition", 101, "Chức vụ không quá 100 ký tự.")]
    [InlineData("Input.Title", 201, "Tiêu đề không quá 200 ký tự.")]
    [InlineData("Input.Description", 5001, "Nội dung cần từ 20 đến 5000 ký tự")]
    [InlineData("Input.ParkCode", 33, "không có trong danh sách")]
    public async Task Post_OverLongField_Returns400WithItsLimit(string field, int length, string message)
    {
        var client = fixture.Factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync(FormUrl, Form(f => f[field] = new string('1', length)));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text($"#{field.Replace('.', '_')}-error"));
    }

    [Fact]
    public async Task Post_NothingFilledInEnglish_EnglishSummaryLinkedToEveryRequiredField()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync(FormUrl + "?culture=en", [new("Input.Title", "Delay in issuing a building permit")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var summary = page.QuerySelector(".error-summary")!;
        foreach (var field in new[] { "#Input_EnterpriseName", "#Input_TaxCode", "#Input_ParkCode", "#Input_ContactName", "#Input_Phone", "#Input_Kind", "#Input_TopicCode", "#Input_Description", "#Input_PrivacyAccepted" })
        {
            Assert.True(summary.QuerySelector($"a[href='{field}']") is not null, $"The summary should link to {field}; it says: {summary.TextContent}");
            Assert.True(page.QuerySelector(field) is not null, $"The summary links to {field}, which must exist on the page.");
        }

        Assert.Contains("Please enter the enterprise’s tax code.", summary.TextContent);
        Assert.DoesNotContain("Business.", page.Body!.TextContent);
    }

    [Fact]
    public async Task Get_FormInBothLanguages_ListsParksInVietnameseWithOtherChoiceAndNoRawKeys()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var vietnamese = await client.GetDocumentAsync(FormUrl);
        var english = await client.GetDocumentAsync(FormUrl + "?culture=en");

        Assert.Equal("Phản ánh, kiến nghị của doanh nghiệp trong khu công nghiệp, khu kinh tế", vietnamese.Text("h1"));
        Assert.Equal("Feedback from businesses in industrial parks and economic zones", english.Text("h1"));
        var park = english.QuerySelector("#Input_ParkCode option[value='KCN-VSIP']");
        Assert.Equal("KCN VSIP Hải Phòng", park?.TextContent);
        Assert.Equal("vi", park?.GetAttribute("lang"));
        Assert.Equal("Another park, or not sure", english.Text("#Input_ParkCode option[value='khac']"));
        Assert.Matches("^[0-9a-f]{32}$", english.QuerySelector("input[name=SubmissionKey]")?.GetAttribute("value") ?? "");
        Assert.DoesNotContain("Business.", vietnamese.Body!.TextContent);
        Assert.DoesNotContain("Business.", english.Body!.TextContent);
    }

    [Fact]
    public async Task Get_HomePage_LinksToTheBusinessForm()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var home = await client.GetDocumentAsync("/");

        Assert.NotNull(home.QuerySelector($"#home-business a[href='{FormUrl}']"));
    }

    private static Dictionary<string, string> Form(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.EnterpriseName"] = "Công ty TNHH Cơ khí Nam Đình Vũ",
            ["Input.TaxCode"] = "0100109106",
            ["Input.ParkCode"] = "KCN-NAM-DINH-VU",
            ["Input.ContactName"] = "Lê Minh Tuấn",
            ["Input.ContactPosition"] = "Trưởng phòng hành chính",
            ["Input.Phone"] = $"0913 {Random.Shared.Next(100, 999)} 456",
            ["Input.Email"] = "",
            ["Input.Kind"] = "Recommendation",
            ["Input.TopicCode"] = "khu-cong-nghiep",
            ["Input.Title"] = "Chậm cấp giấy phép xây dựng nhà xưởng",
            ["Input.Description"] = "Hồ sơ xin cấp phép xây dựng nhà xưởng nộp từ tháng 8 đến nay chưa có kết quả, doanh nghiệp chưa được giải thích lý do.",
            ["Input.PrivacyAccepted"] = "true",
        };
        change?.Invoke(fields);
        return fields;
    }
}
