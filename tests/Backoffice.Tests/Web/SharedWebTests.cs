using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Web;

/// <summary>
/// Issue 17: the staff site takes its stylesheet base and its case words from src/Web (ADR 22), in
/// Vietnamese, the same words the Portal uses where both show the same thing.
/// </summary>
public sealed class SharedWebTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_SharedStylesheet_IsServedAsCssBeforeSignIn()
    {
        // Act: the sign-in page needs it, so it is public like the site's own stylesheet.
        var response = await fixture.Backoffice.CreateBrowserClient().GetAsync("/_content/DanVan.Feedback.Web/css/shared.css");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".error-summary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SignIn_LinksTheSharedStylesheetBeforeItsOwn()
    {
        // Act
        var page = await fixture.Backoffice.CreateBrowserClient().GetDocumentAsync("/dang-nhap");

        // Assert
        var sheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "").ToList();
        Assert.Equal(2, sheets.Count);
        Assert.StartsWith("/_content/DanVan.Feedback.Web/css/shared", sheets[0], StringComparison.Ordinal);
        Assert.StartsWith("/css/site", sheets[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCase_ShowsKindStatusAndChannelFromTheSharedVocabularyInVietnamese()
    {
        // Arrange
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = $"Đèn đường hỏng {Guid.NewGuid():N}";
            f["Input.Phone"] = $"09{Random.Shared.Next(10000000, 99999999)}";
        }));
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var details = await officer.GetDocumentAsync($"/ho-so/{code.Replace("-", "", StringComparison.Ordinal)}");

        // Assert: staff see the exact state ("Mới tiếp nhận"), where the filer reads "Đã tiếp nhận, chờ xử lý".
        Assert.Equal("Phản ánh", details.Text("#case-kind"));
        Assert.Equal("Mới tiếp nhận", details.Text("#case-status"));
        Assert.Equal("Cổng thông tin", details.Text("#case-channel"));
        Assert.Equal("vi", details.DocumentElement.GetAttribute("lang"));
    }
}
