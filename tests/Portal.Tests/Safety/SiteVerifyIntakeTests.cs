using System.Net;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Safety;

/// <summary>The Portal on reCAPTCHA, verifying against a real siteverify server on loopback.</summary>
public sealed class SiteVerifyPortalFixture : IAsyncLifetime
{
    public LoopbackSiteVerifyServer Server { get; private set; } = null!;

    public PortalFixture Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await LoopbackSiteVerifyServer.StartAsync();
        Portal = new ReCaptchaPortal(Server.VerifyUrl);
    }

    public async Task DisposeAsync()
    {
        Portal.Dispose();
        await Server.DisposeAsync();
    }

    private sealed class ReCaptchaPortal(Uri verifyUrl) : PortalFixture(portal =>
    {
        portal.Settings["Captcha:Provider"] = "ReCaptcha";
        portal.Settings["Captcha:ReCaptcha:VerifyUrl"] = verifyUrl.ToString();
        portal.Settings["Captcha:ReCaptcha:SiteKey"] = "site-key-for-tests";
        portal.Settings["Captcha:ReCaptcha:Secret"] = "secret-for-tests";
        portal.Settings["Captcha:ReCaptcha:Timeout"] = "00:00:01";
    });
}

public sealed class SiteVerifyIntakeTests(SiteVerifyPortalFixture fixture) : IClassFixture<SiteVerifyPortalFixture>
{
    private const string FormUrl = "/phan-anh/gui";
    private const string Typed = "Cống thoát nước phố Cầu Đất bị tắc, mỗi lần mưa nước tràn vào nhà dân ven đường.";

    [Fact]
    public async Task Get_Form_HasTheWidgetAndTheCspAllowsItsOrigins()
    {
        var response = await fixture.Portal.Factory.CreateBrowserClient().GetAsync(FormUrl);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal("site-key-for-tests", page.QuerySelector("form #Captcha .g-recaptcha")?.GetAttribute("data-sitekey"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://www.google.com https://www.gstatic.com", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ServicePasses_FilesTheCase()
    {
        // Every test sets the answer it needs; the class runs its tests one after another.
        fixture.Server.Answer = (HttpStatusCode.OK, """{"success": true}""", TimeSpan.Zero);

        var response = await fixture.Portal.Factory.CreateBrowserClient().SubmitFormAsync(FormUrl, Form("token-ok"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains(fixture.Server.Received, posted => posted["response"] == "token-ok" && posted["secret"] == "secret-for-tests");
    }

    [Fact]
    public async Task Post_ServiceRejects_Returns400WithMessageInSummaryAndInputKept()
    {
        fixture.Server.Answer = (HttpStatusCode.OK, """{"success": false, "error-codes": ["invalid-input-response"]}""", TimeSpan.Zero);
        var before = await fixture.Portal.QueryAsync(db => db.Cases.CountAsync());

        var response = await fixture.Portal.Factory.CreateBrowserClient().SubmitFormAsync(FormUrl, Form("token-bad"));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Xác minh người gửi không thành công", page.QuerySelector(".error-summary a[href='#Captcha']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Typed, page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal(before, await fixture.Portal.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, 0)]
    [InlineData(HttpStatusCode.OK, 5)]
    public async Task Post_ServiceDownOrSlow_Returns503SayingItIsNotTheFilersFaultAndKeepsInput(HttpStatusCode status, int delaySeconds)
    {
        fixture.Server.Answer = (status, """{"success": true}""", TimeSpan.FromSeconds(delaySeconds));

        var response = await fixture.Portal.Factory.CreateBrowserClient().SubmitFormAsync(FormUrl, Form("token-any"));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("tạm thời không phản hồi; đây không phải lỗi của quý vị", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Typed, page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal("0912 345 678", page.QuerySelector("#Input_Phone")!.GetAttribute("value"));
    }

    private static Dictionary<string, string> Form(string token) => TestData.FeedbackForm(f =>
    {
        f["Input.Description"] = Typed;
        f["g-recaptcha-response"] = token;
    });
}
