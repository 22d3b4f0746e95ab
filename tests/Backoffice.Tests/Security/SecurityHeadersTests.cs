using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Security;

/// <summary>
/// Issue 17: the staff site, which shows personal data, sends the same security headers as the Portal
/// (src/Web, ADR 22): a CSP without inline scripts or styles, no framing, no sniffing, no referrer abroad.
/// </summary>
public sealed class SecurityHeadersTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Theory]
    [InlineData("/dang-nhap", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/_content/DanVan.Feedback.Web/css/shared.css", HttpStatusCode.OK)]
    [InlineData("/loi/404", HttpStatusCode.OK)]
    public async Task Get_Anonymous_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        // Act
        var response = await fixture.Backoffice.CreateBrowserClient().GetAsync(url);

        // Assert
        Assert.Equal(status, response.StatusCode);
        AssertStrictHeaders(response);
    }

    [Fact]
    public async Task Get_SignedInPagesAndTheirErrors_CarryTheSecurityHeaders()
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var inbox = await officer.GetAsync("/");
        var missing = await officer.GetAsync("/ho-so/khong-co-ho-so-nay");
        var forbidden = await officer.GetAsync("/quan-tri/nguoi-dung");

        // Assert
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        AssertStrictHeaders(inbox);
        AssertStrictHeaders(missing);
        AssertStrictHeaders(forbidden);
    }

    [Fact]
    public async Task Get_StaffPages_HaveNoInlineScriptOrStyle()
    {
        // Arrange: the pages of each role, as the CSP (no 'unsafe-inline') would refuse inline markup on them.
        var pages = new Dictionary<string, string[]>
        {
            ["canbo.ubnd-11311"] = ["/", "/tong-hop/co-quan", "/ho-so/nhap-moi"],
            ["thanhtra"] = ["/thanh-tra", "/thanh-tra/chuyen-thanh-tra", "/nhat-ky"],
            ["admin"] = ["/quan-tri/nguoi-dung", "/quan-tri/quy-tac", "/quan-tri/lich", "/quan-tri/thoi-han", "/quan-tri/thu-chua-gui"],
        };
        var anonymous = await fixture.Backoffice.CreateBrowserClient().GetDocumentAsync("/dang-nhap");
        Assert.True(anonymous.QuerySelectorAll("script:not([src]), style, [style]").Length == 0, "/dang-nhap has inline script or style, which the CSP refuses.");

        foreach (var (userName, urls) in pages)
        {
            var client = await fixture.SignInAsync(userName);
            foreach (var url in urls)
            {
                // Act
                var page = await client.GetDocumentAsync(url);

                // Assert
                Assert.True(page.QuerySelectorAll("script:not([src]), style, [style]").Length == 0, $"{url} has inline script or style, which the CSP refuses.");
            }
        }
    }

    [Fact]
    public async Task Get_HangfireDashboard_KeepsNoFramingWithItsOwnInlineScripts()
    {
        // Arrange
        var administrator = await fixture.SignInAsync("admin");

        // Act
        var response = await administrator.GetAsync("/hangfire");

        // Assert: the dashboard is not ours to rewrite, so it alone may run inline code; it still may not be framed.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static void AssertStrictHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));

        // The staff site uses no location, camera or microphone at all.
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
