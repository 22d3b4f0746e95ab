using System.Net;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Admin;

public sealed class DeadlineAdministrationTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Theory]
    [InlineData("/quan-tri/lich")]
    [InlineData("/quan-tri/thoi-han")]
    [InlineData("/quan-tri/thoi-han/PA-TIEP-NHAN")]
    [InlineData("/hangfire")]
    [InlineData("/quan-tri/thu-chua-gui")]
    public async Task Get_AsOfficer_IsRefused(string url)
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var response = await officer.GetAsync(url);

        // Assert
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/loi/403", StringComparison.Ordinal)),
            $"Only administrators may see {url}; an officer got {(int)response.StatusCode} {response.Headers.Location}.");
    }

    [Fact]
    public async Task PostAdd_FirstEntryOfAProvisionalYear_MakesTheYearOfficialAndKeepsItsHolidays()
    {
        // Arrange
        var admin = await fixture.SignInAsync(DevelopmentStaffSeeder.AdministratorUserName);
        var before = await admin.GetDocumentAsync("/quan-tri/lich?nam=2027");

        // Act: the government swaps Mon 3/5/2027 for Sat 8/5/2027 (an example announcement).
        var response = await admin.SubmitFormAsync("/quan-tri/lich?nam=2027&handler=Add", [
            new("Input.Date", "2027-05-08"), new("Input.Kind", "WorkingDay"), new("Input.Reason", "Làm bù ngày nghỉ 03/5/2027 (ví dụ)")]);
        var after = await admin.GetDocumentAsync("/quan-tri/lich?nam=2027");

        // Assert
        Assert.StartsWith("Dự kiến", before.Text("#calendar-status"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("Chính thức", after.Text("#calendar-status"));
        var rows = after.QuerySelectorAll("#calendar tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("08/05/2027", StringComparison.Ordinal) && r.Contains("Làm bù", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("30/04/2027", StringComparison.Ordinal) && r.Contains("Nghỉ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("02/09/2027", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-11", "WorkingDay", "Input.Kind", "vốn đã là ngày làm việc")]
    [InlineData("2026-02-17", "DayOff", "Input.Date", "đã có trong lịch")]
    [InlineData("", "DayOff", "Input.Date", "Vui lòng nhập ngày")]
    public async Task PostAdd_ContradictoryEntry_Returns400WithTheReason(string date, string kind, string field, string message)
    {
        // Arrange
        var admin = await fixture.SignInAsync(DevelopmentStaffSeeder.AdministratorUserName);

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/lich?nam=2026&handler=Add", [
            new("Input.Date", date), new("Input.Kind", kind), new("Input.Reason", "Thử")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"#{field.Replace('.', '_')}", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, page.Text(".error-summary"));
    }

    [Fact]
    public async Task PostEdit_ComplexLimitShorterThanOrdinary_Returns400AndKeepsThePolicy()
    {
        // Arrange
        var admin = await fixture.SignInAsync(DevelopmentStaffSeeder.AdministratorUserName);

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/thoi-han/KHN-GIAI-QUYET-LAN-DAU", Policy(days: "30", complex: "20"));
        var page = await HtmlForms.ParseAsync(response);
        var list = await admin.GetDocumentAsync("/quan-tri/thoi-han");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Thời hạn vụ việc phức tạp (20 ngày) không được ngắn hơn thời hạn thông thường (30 ngày).", page.Text(".error-summary"));
        Assert.Contains("phức tạp 45", list.QuerySelectorAll("#policies tr").First(r => r.TextContent.Contains("KHN-GIAI-QUYET-LAN-DAU", StringComparison.Ordinal)).TextContent);
    }

    [Fact]
    public async Task PostEdit_ShorterIntakeLimit_MovesTheDueDateOfOpenCases()
    {
        // Arrange: a case filed Thu 12/2/2026 is due Thu 26/2 under 5 working days.
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Đổi thời hạn {Guid.NewGuid():N}"));
        var admin = await fixture.SignInAsync(DevelopmentStaffSeeder.AdministratorUserName);
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var url = $"/ho-so/{code.Replace("-", "", StringComparison.Ordinal)}";
        var before = await officer.GetDocumentAsync(url);

        // Act: an administrator corrects the limit to 3 working days.
        var response = await admin.SubmitFormAsync("/quan-tri/thoi-han/PA-TIEP-NHAN", Policy(days: "3", unit: "WorkingDays", source: "NĐ 20/2008/NĐ-CP (thử nghiệm)"));
        var after = await officer.GetDocumentAsync(url);

        // Assert: 13/2, 23/2, 24/2.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("26/02/2026", before.Text("#due-date"));
        Assert.StartsWith("24/02/2026", after.Text("#due-date"));
    }

    private static KeyValuePair<string, string>[] Policy(string days, string complex = "", string unit = "CalendarDays", string source = "Luật Khiếu nại 2011, Điều 28") =>
    [
        new("Input.Unit", unit),
        new("Input.Days", days),
        new("Input.ComplexDays", complex),
        new("Input.RemoteDays", ""),
        new("Input.RemoteComplexDays", ""),
        new("Input.MaxExtensions", "0"),
        new("Input.MaxDaysPerExtension", "0"),
        new("Input.PausesWhileWaitingForFiler", "true"),
        new("Input.LegalSource", source),
    ];
}
