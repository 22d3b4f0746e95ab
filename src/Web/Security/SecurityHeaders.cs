namespace DanVan.Feedback.Web.Security;

/// <summary>
/// Headers that tell the browser what a site's pages may do: scripts and styles only from the site
/// itself (no inline ones, so injected markup cannot run), no framing, no sniffing, no referrer to
/// other sites, no powerful features. HSTS is added outside Development by UseHsts.
/// </summary>
public static class SecurityHeaders
{
    private static readonly string[] Features = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"];

    /// <summary>The policy; third-party origins are added to scripts, frames and connections only when a site names some.</summary>
    public static string ContentSecurityPolicy(IEnumerable<string> thirdPartyOrigins)
    {
        var origins = string.Join(' ', thirdPartyOrigins ?? []);
        var others = origins.Length == 0 ? "" : " " + origins;
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self'{others}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            $"connect-src 'self'{others}",

            // The Portal's ALTCHA solves in Web Workers started from its own file (wwwroot/lib/altcha/workers).
            "worker-src 'self'",
            others.Length == 0 ? "frame-src 'none'" : $"frame-src{others}",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");
    }

    /// <summary>
    /// For pages we do not write (the Hangfire dashboard, administrators only): their inline scripts and
    /// styles are allowed, but nothing from elsewhere, no framing and no forms posted away.
    /// </summary>
    public static string LenientPolicy { get; } = string.Join("; ",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");

    /// <summary>Every powerful feature off, except those the site's own pages use: "camera=(), geolocation=(self), …".</summary>
    public static string PermissionsPolicy(IEnumerable<string> selfFeatures)
    {
        var allowed = new HashSet<string>(selfFeatures ?? [], StringComparer.Ordinal);
        return string.Join(", ", Features.Union(allowed).Select(feature => allowed.Contains(feature) ? $"{feature}=(self)" : $"{feature}=()"));
    }
}
