using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Portal.Tests.Pages;

/// <summary>Vietnamese first, English on request: by the header's switch (a plain link), the cookie it sets, or ?culture=en.</summary>
public sealed partial class LanguageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    /// <summary>A resource key shown instead of its text (Layout.Nav.File), which is what a missing key looks like.</summary>
    [GeneratedRegex(@"\b(Layout|ErrorSummary|ModelBinding|Case|Home|Error|Privacy|Intake|Sent|Track)(\.[A-Z][A-Za-z]*)+\b")]
    private static partial Regex ResourceKey();

    [Theory]
    [InlineData("/", "Gửi phản ánh, kiến nghị đến chính quyền thành phố Hải Phòng")]
    [InlineData("/phan-anh/gui", "Gửi phản ánh, kiến nghị")]
    [InlineData("/tra-cuu", "Tra cứu hồ sơ")]
    [InlineData("/quyen-rieng-tu", "Thông báo xử lý dữ liệu cá nhân")]
    public async Task Get_BrowserAsksForEnglish_PageIsStillVietnamese(string url, string heading)
    {
        // Arrange: Vietnamese first; a browser's Accept-Language does not switch a Vietnamese government site.
        var client = fixture.Factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en-GB,en;q=0.9");

        // Act
        var page = await client.GetDocumentAsync(url);

        // Assert
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text("h1"));
        Assert.Equal("English", page.Text(".language-switch a"));
        Assert.Equal("en", page.QuerySelector(".language-switch a")!.GetAttribute("lang"));
        AssertNoResourceKeys(page);
    }

    [Theory]
    [InlineData("/", "Send a report or recommendation to Hải Phòng city government", "Before you start")]
    [InlineData("/phan-anh/gui", "Send a report or recommendation", "About you")]
    [InlineData("/tra-cuu", "Track a case", "Tracking code")]
    [InlineData("/quyen-rieng-tu", "Personal data notice", "Your rights")]
    public async Task Get_CultureEnInQuery_PageIsEnglishWithLangEn(string url, string heading, string text)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync(url + "?culture=en");

        // Assert
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text("h1"));
        Assert.Contains("Skip to main content", page.Text(".skip-link"));
        Assert.Contains("Track a case", page.Text(".site-nav"));
        Assert.Contains("Personal data notice", page.Text(".site-footer"));
        Assert.Equal("Tiếng Việt", page.Text(".language-switch a"));
        Assert.Equal("vi", page.QuerySelector(".language-switch a")!.GetAttribute("lang"));
        Assert.EndsWith("Hải Phòng reports and recommendations", page.Title);
        Assert.Contains(text, page.Body!.TextContent);

        AssertNoResourceKeys(page);
    }

    [Fact]
    public async Task Get_FormInEnglish_LabelsAndTopicsInEnglish_VietnameseNamesMarkedLangVi()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync("/phan-anh/gui?culture=en");

        // Assert
        Assert.Equal("Commune, ward or special zone where it happened *", page.Text("label[for=Input_LocalityCode]"));
        Assert.Equal("Public order in the neighbourhood", page.Text("#Input_TopicCode option[value=trat-tu-do-thi]"));
        var commune = page.QuerySelector($"#Input_LocalityCode option[value='{TestData.HongBang}']")!;
        Assert.Contains("Hồng Bàng", commune.TextContent);
        Assert.True(commune.GetAttribute("lang") == "vi", "A Vietnamese name on an English page is marked lang=vi, so a screen reader reads it in Vietnamese.");
        Assert.Equal("Ban Quản lý Khu kinh tế", page.Text("#zone-hint span[lang=vi]"));
        Assert.Equal("Send", page.Text("form button[type=submit]"));
        Assert.NotNull(page.QuerySelector(".notice a[href='/quyen-rieng-tu']"));
    }

    [Fact]
    public async Task Get_MissingPageInEnglish_Returns404InEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/khong-co-trang-nay?culture=en");
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("main a[href='/tra-cuu']"));
    }

    [Fact]
    public async Task Get_MissingPage_Returns404InVietnamese()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/khong-co-trang-nay");
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
    }

    [Fact]
    public async Task FollowSwitchLink_WithoutJavaScript_SamePageInEnglishThenBackInVietnamese()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var vietnamese = await client.GetDocumentAsync("/tra-cuu");

        // Act: the link in the header, as a browser without JavaScript follows it.
        var toEnglish = await client.GetAsync(vietnamese.QuerySelector(".language-switch a")!.GetAttribute("href"));
        var english = await client.GetDocumentAsync(toEnglish.Headers.Location!.OriginalString);
        var toVietnamese = await client.GetAsync(english.QuerySelector(".language-switch a")!.GetAttribute("href"));
        var back = await client.GetDocumentAsync(toVietnamese.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/tra-cuu", toEnglish.Headers.Location!.OriginalString);
        Assert.Single(toEnglish.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Track a case", english.Text("h1"));
        Assert.Equal("/tra-cuu", toVietnamese.Headers.Location!.OriginalString);
        Assert.Equal("vi", back.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tra cứu hồ sơ", back.Text("h1"));
    }

    [Fact]
    public async Task Switch_CookieKeepsEnglishOnOtherPages()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        await client.GetAsync("/ngon-ngu?culture=en&returnUrl=%2F");
        var form = await client.GetDocumentAsync("/phan-anh/gui");
        var privacy = await client.GetDocumentAsync("/quyen-rieng-tu");

        // Assert
        Assert.Equal("Send a report or recommendation", form.Text("h1"));
        Assert.Equal("Personal data notice", privacy.Text("h1"));
    }

    [Fact]
    public async Task Get_CultureEnInALink_NextPagesStayEnglish()
    {
        // Arrange: a link such as the economic zone authority's English site would give.
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var arrival = await client.GetAsync("/?culture=en");
        var next = await client.GetDocumentAsync("/phan-anh/gui");

        // Assert
        Assert.Single(arrival.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Equal("en", next.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Send a report or recommendation", next.Text("h1"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/phan-anh/gui")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Switch_ReturnUrlNotOfThisSite_GoesHome(string returnUrl)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/ngon-ngu?culture=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        // Assert
        Assert.True(response.Headers.Location?.OriginalString == "/", $"The switch must never send the filer off the site; it went to '{response.Headers.Location}'.");
    }

    [Fact]
    public async Task Switch_ReturnUrlWithCultureInQuery_DropsItSoTheChoiceSticks()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/ngon-ngu?culture=vi-VN&returnUrl=" + Uri.EscapeDataString("/tra-cuu?culture=en&x=1"));

        // Assert
        Assert.Equal("/tra-cuu?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Switch_UnofferedCulture_SetsNoCookie()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/ngon-ngu?culture=fr&returnUrl=%2Ftra-cuu");
        var page = await client.GetDocumentAsync("/tra-cuu");

        // Assert
        Assert.Equal("/tra-cuu", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"), "Only Vietnamese and English are offered.");
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task SwitchOnConfirmation_KeepsShowingTheTrackingCode()
    {
        // Arrange: filed in Vietnamese; the filer switches to English on the confirmation page.
        var client = fixture.Factory.CreateBrowserClient();
        var filed = await client.SubmitFormAsync("/phan-anh/gui", TestData.FeedbackForm());
        var confirmation = await client.GetDocumentAsync(filed.Headers.Location!.OriginalString);

        // Act
        var switched = await client.GetAsync(confirmation.QuerySelector(".language-switch a")!.GetAttribute("href"));
        var english = await client.GetDocumentAsync(switched.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal("Report or recommendation sent", english.Text("h1"));
        Assert.Equal(confirmation.Text("#tracking-code"), english.Text("#tracking-code"));
        Assert.Equal(TestData.HongBangCommittee, english.Text("#lead-agency"));
    }

    private static void AssertNoResourceKeys(IDocument page)
    {
        var shown = ResourceKey().Match(page.DocumentElement.OuterHtml);
        Assert.False(shown.Success, $"The page shows the resource key '{shown.Value}' instead of its text: the key is missing from a .resx.");
    }
}
