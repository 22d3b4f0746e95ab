using DanVan.Feedback.Core.Captcha;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>
/// Headers that tell the browser what the Portal's pages may do: scripts and styles only from the
/// Portal itself (no inline ones, so injected markup cannot run), no framing, no sniffing, no
/// referrer to other sites, no powerful features. HSTS is added outside Development by UseHsts.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<CaptchaOptions> captcha)
{
    private readonly string contentSecurityPolicy = ContentSecurityPolicy(captcha.Value);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // Location for the Portal itself only: the intake form's "use my current location" button (js/place.js).
        headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }

    /// <summary>The policy; a third-party CAPTCHA's origins are added to scripts, frames and connections only when it is used.</summary>
    public static string ContentSecurityPolicy(CaptchaOptions captcha)
    {
        ArgumentNullException.ThrowIfNull(captcha);
        var others = captcha.Provider == CaptchaProvider.ReCaptcha ? " " + string.Join(' ', captcha.ReCaptcha.ContentOrigins) : "";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self'{others}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            $"connect-src 'self'{others}",

            // ALTCHA solves in Web Workers started from its own file (wwwroot/lib/altcha/workers).
            "worker-src 'self'",
            others.Length == 0 ? "frame-src 'none'" : $"frame-src{others}",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");
    }
}
