namespace DanVan.Feedback.Web.Security;

/// <summary>What a site adds to the shared security headers (ADR 22); everything else is the same on both sites.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>
    /// Origins the site's pages load scripts, frames and connections from besides the site itself, say a
    /// third-party CAPTCHA's (<c>https://www.google.com</c>). Empty: everything comes from the site.
    /// </summary>
    public IList<string> ThirdPartyOrigins { get; } = [];

    /// <summary>
    /// Browser features the site's own pages may use, each as its Permissions-Policy name (the Portal's
    /// "use my current location" button needs <c>geolocation</c>); every other powerful feature is off.
    /// </summary>
    public IList<string> SelfFeatures { get; } = [];

    /// <summary>
    /// Path prefixes whose pages are not ours to change and use inline scripts or styles (the Hangfire
    /// dashboard): they keep every header but get <see cref="SecurityHeaders.LenientPolicy"/> as their CSP.
    /// </summary>
    public IList<PathString> LenientPaths { get; } = [];
}
