using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages;

public sealed class InboxTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_CaseFiledOnPortal_ListedInThatCommunesInboxWithDetailsAndHistory()
    {
        // Arrange
        var title = $"Rác thải ùn ứ đầu ngõ {Guid.NewGuid():N}";
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f["Input.TopicCode"] = "ve-sinh-moi-truong";

            // A phone of its own: the same filer on the same topic again would be flagged as prolonged (task 4.5).
            f["Input.Phone"] = $"09{Random.Shared.Next(10000000, 99999999)}";
        }));
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var inbox = await officer.GetDocumentAsync("/");
        var link = inbox.QuerySelectorAll("#inbox a").FirstOrDefault(a => a.TextContent.Trim() == code);
        var details = await officer.GetDocumentAsync(link?.GetAttribute("href") ?? "/missing");

        // Assert
        Assert.True(link is not null, $"Case {code} filed for Phường Hồng Bàng must be in that UBND's inbox.");
        Assert.Contains(title, inbox.QuerySelector("#inbox")!.TextContent);
        Assert.Equal(TestData.HongBangCommittee, details.Text("#lead-agency"));
        Assert.Contains("Nguyễn Thị Lan", details.Body!.TextContent);
        var history = details.QuerySelectorAll("#history li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Tiếp nhận hồ sơ", history[0]);
        Assert.Contains("DIA-PHUONG", history[1]);
    }

    [Fact]
    public async Task Get_AnotherAgencysCase_AbsentFromInboxAndDetailsIs404()
    {
        // Arrange
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Chỉ cho UBND Hồng Bàng {Guid.NewGuid():N}"));
        var otherOfficer = await fixture.SignInAsync("canbo.snnmt");

        // Act
        var inbox = await otherOfficer.GetDocumentAsync("/");
        var details = await otherOfficer.GetAsync($"/ho-so/{code.Replace("-", "", StringComparison.Ordinal)}");

        // Assert
        Assert.DoesNotContain(code, inbox.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain("Nguyễn Thị Lan", await details.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_CoordinatingAgency_SeesTheCaseMarkedAsCoordinationInThePhoiHopTab()
    {
        // Arrange: a case inside an industrial zone is led by Ban Quản lý, with Sở KH&CN coordinating (task 4.10).
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Thủ tục môi trường trong KCN {Guid.NewGuid():N}";
            f["Input.InIndustrialZone"] = "true";
        }));
        var coordinator = await fixture.SignInAsync("canbo.skhcn");

        // Act
        var inbox = await coordinator.GetDocumentAsync("/?phoi-hop=1");
        var details = await coordinator.GetAsync($"/ho-so/{code.Replace("-", "", StringComparison.Ordinal)}");

        // Assert
        var row = inbox.QuerySelectorAll("#inbox tr").FirstOrDefault(tr => tr.TextContent.Contains(code, StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("Phối hợp", row.TextContent);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownOrMalformedCode_Returns404()
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var malformed = await officer.GetAsync("/ho-so/khong-phai-ma");
        var unknown = await officer.GetAsync("/ho-so/" + Core.Cases.TrackingCode.NewRandom().Value);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Get_Healthz_AnswersWithoutSignIn()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/healthz");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
