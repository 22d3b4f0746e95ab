using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Portal.Tests.Safety;

public sealed class SecurityHeadersTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/phan-anh/gui", HttpStatusCode.OK)]
    [InlineData("/tra-cuu", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
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
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Pages_HaveNoInlineScriptOrStyle()
    {
        var client = fixture.Factory.CreateBrowserClient();
        foreach (var url in new[] { "/", "/phan-anh/gui", "/tra-cuu", "/quyen-rieng-tu" })
        {
            var page = await client.GetDocumentAsync(url);

            Assert.True(page.QuerySelectorAll("script:not([src]), style, [style]").Length == 0, $"{url} has inline script or style, which the CSP refuses.");
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
