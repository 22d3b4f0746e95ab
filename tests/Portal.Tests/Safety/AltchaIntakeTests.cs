using System.Net;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Safety;

/// <summary>The Portal with self-hosted ALTCHA, as Production runs it.</summary>
public sealed class AltchaPortalFixture() : PortalFixture(portal =>
{
    portal.Settings["Captcha:Provider"] = "Altcha";
    portal.Settings["Captcha:Altcha:HmacKey"] = "khoa-hmac-cua-cong-thu-nghiem-2026-du-dai";
    portal.Settings["Captcha:Altcha:MaxNumber"] = "5000";
});

/// <summary>A real ALTCHA round trip: the challenge from the running Portal, solved here, posted with the form.</summary>
public sealed class AltchaIntakeTests(AltchaPortalFixture fixture) : IClassFixture<AltchaPortalFixture>
{
    private const string FormUrl = "/phan-anh/gui";

    [Fact]
    public async Task Get_Challenge_IsFreshJsonNeverCached()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var first = await client.GetAsync("/altcha/challenge");
        var second = await client.GetStringAsync("/altcha/challenge");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoStore == true, "A challenge is solved once; a cached one would be refused.");
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), second);
    }

    [Fact]
    public async Task Get_Form_HasTheWidgetInsideTheFormAndAnExplanationWithoutJavaScript()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync(FormUrl);

        var widget = page.QuerySelector("form #Captcha altcha-widget");
        Assert.NotNull(widget);
        Assert.Equal("/altcha/challenge", widget.GetAttribute("challenge"));
        Assert.Equal("altcha", widget.GetAttribute("name"));
        Assert.Contains("đường dây nóng", page.QuerySelector("#Captcha noscript")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SolvedChallenge_FilesTheCase_AndTheSamePayloadAgainIsRefusedKeepingTheInput()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var payload = AltchaSolver.Solve(await client.GetStringAsync("/altcha/challenge"));
        var title = $"Rác thải ven sông Tam Bạc {Guid.NewGuid():N}";

        // Act
        var filed = await client.SubmitFormAsync(FormUrl, Form(title, payload));
        var replayed = await client.SubmitFormAsync(FormUrl, Form(title + " lần hai", payload));
        var page = await HtmlForms.ParseAsync(replayed);

        // Assert
        Assert.True(filed.StatusCode == HttpStatusCode.SeeOther, $"A solved challenge files the case (303); got {(int)filed.StatusCode}.");
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("đã hết hạn hoặc đã được sử dụng", page.QuerySelector(".error-summary a[href='#Captcha']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(title + " lần hai", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Title.StartsWith(title))));
    }

    [Fact]
    public async Task Post_ForgedPayload_Returns400WithMessageAndInputKept()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var forged = AltchaSolver.Payload("SHA-256", new string('a', 64), 42, "abc?expires=9999999999&", new string('b', 64));
        var description = "Đường Lạch Tray đoạn trước số 200 có ổ gà lớn, xe máy đi qua rất nguy hiểm vào ban đêm.";

        var response = await client.SubmitFormAsync(FormUrl, Form("Ổ gà đường Lạch Tray", forged, description));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Xác minh người gửi không thành công", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(description, page.QuerySelector("#Input_Description")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Captcha.has-error #Captcha-error"));
    }

    [Fact]
    public async Task Post_WithoutPayload_Returns400AskingToTickTheBox()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm());
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("vui lòng đánh dấu vào ô xác minh người gửi", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PayloadSolvedTooLongAgo_Returns400Expired()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var payload = AltchaSolver.Solve(await client.GetStringAsync("/altcha/challenge"));
        var page = await client.GetDocumentAsync(FormUrl);
        fixture.Clock.Advance(TimeSpan.FromMinutes(31));

        var fields = Form("Quá hạn xác minh", payload).Append(new(HtmlForms.TokenField, page.AntiforgeryToken()));
        var response = await client.PostAsync(FormUrl, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đã hết hạn", (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string title, string payload, string? description = null) => TestData.FeedbackForm(f =>
    {
        f["Input.Title"] = title;
        f["Input.Phone"] = $"0912 {Random.Shared.Next(100, 999)} 678";
        if (description is not null)
        {
            f["Input.Description"] = description;
        }

        f["altcha"] = payload;
    });
}
