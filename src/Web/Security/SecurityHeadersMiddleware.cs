using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Web.Security;

/// <summary>Puts the <see cref="SecurityHeaders"/> on every response of a site, with the site's own additions.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    private readonly SecurityHeadersOptions site = options.Value;
    private readonly string contentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy(options.Value.ThirdPartyOrigins);
    private readonly string permissionsPolicy = SecurityHeaders.PermissionsPolicy(options.Value.SelfFeatures);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = IsLenient(context.Request.Path) ? SecurityHeaders.LenientPolicy : contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = permissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }

    private bool IsLenient(PathString path) => site.LenientPaths.Any(path.StartsWithSegments);
}
