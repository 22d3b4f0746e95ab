using System.Globalization;
using System.Net;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.TestCommon;
using DanVan.Feedback.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Tests.Web;

/// <summary>
/// Issue 17: the Portal takes its stylesheet base and its case words from src/Web (ADR 22), in
/// Vietnamese by default and in English when the filer chose it (ADR 9).
/// </summary>
public sealed class SharedWebTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string TrackUrl = "/tra-cuu";

    [Fact]
    public async Task Get_SharedStylesheet_IsServedAsCss()
    {
        // Act
        var response = await fixture.Factory.CreateBrowserClient().GetAsync("/_content/DanVan.Feedback.Web/css/shared.css");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".error-summary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyPage_LinksTheSharedStylesheetBeforeItsOwn()
    {
        // Act
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync("/");

        // Assert: the Portal's own rules come second, so its colour and width win.
        var sheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "").ToList();
        Assert.True(sheets.Count >= 2, "The layout should link the shared and the Portal's stylesheets.");
        Assert.StartsWith("/_content/DanVan.Feedback.Web/css/shared", sheets[0], StringComparison.Ordinal);
        Assert.StartsWith("/css/site", sheets[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTrack_InVietnamese_ShowsKindAndStatusFromTheSharedVocabulary()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client);

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", code), new("Input.Contact", "0912345678")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Phản ánh", page.Text("#case-kind"));
        Assert.Equal("Đã tiếp nhận, chờ xử lý", page.Text("#case-status"));
        Assert.Equal(In("vi-VN", words => words.Kind(CaseKind.Feedback)), page.Text("#case-kind"));
    }

    [Fact]
    public async Task PostTrack_WithCultureEn_ShowsKindAndStatusInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client);

        // Act
        var response = await client.SubmitFormAsync(TrackUrl + "?culture=en", [new("Input.Code", code), new("Input.Contact", "0912345678")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Report", page.Text("#case-kind"));
        Assert.Equal("Received, waiting to be dealt with", page.Text("#case-status"));
        Assert.Equal(In("en", words => words.Kind(CaseKind.Feedback)), page.Text("#case-kind"));
    }

    [Fact]
    public void Vocabulary_EveryKindStatusChannelAndStage_HasItsWordsInBothLanguages()
    {
        // Arrange
        var text = fixture.Factory.Services.GetRequiredService<IStringLocalizer<CaseText>>();
        var keys = Enum.GetNames<CaseKind>().Select(k => "Case.Kind." + k)
            .Concat(Enum.GetNames<CaseStatus>().Select(s => "Case.Status." + s))
            .Concat(Enum.GetNames<CaseChannel>().Select(c => "Case.Channel." + c))
            .Concat(Enum.GetNames<DeadlineStage>().Select(s => "Case.Stage." + s))
            .Concat(Enum.GetNames<ReviewReasons>().Where(r => r != nameof(ReviewReasons.None)).Select(r => "Case.ReviewReason." + r))
            .ToList();

        foreach (var culture in new[] { "vi-VN", "en" })
        {
            // Act
            var missing = In(culture, _ => keys.Where(key => text[key].ResourceNotFound).ToList());

            // Assert: a value Core adds must get its words in both languages, or it shows as its code.
            Assert.True(missing.Count == 0, $"The shared resources lack ({culture}): {string.Join(", ", missing)}");
        }
    }

    private T In<T>(string culture, Func<CaseVocabulary, T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        var beforeFormat = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read(fixture.Factory.Services.GetRequiredService<CaseVocabulary>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeFormat;
        }
    }

    private static async Task<string> FileAsync(HttpClient client)
    {
        var response = await client.SubmitFormAsync("/phan-anh/gui", TestData.FeedbackForm());
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code");
    }
}
