namespace DanVan.Feedback.Core.Captcha;

/// <summary>Which check stands in front of the public forms (ADR 10).</summary>
public enum CaptchaProvider
{
    /// <summary>No check: Development only; the apps refuse to start with it anywhere else.</summary>
    None,

    /// <summary>Self-hosted ALTCHA proof of work: no third party sees the filer.</summary>
    Altcha,

    /// <summary>Google's <c>siteverify</c> protocol (reCAPTCHA v2/v3; hCaptcha and Turnstile with their own URL).</summary>
    ReCaptcha,
}

public sealed class CaptchaOptions
{
    public const string SectionName = "Captcha";

    public CaptchaProvider Provider { get; set; } = CaptchaProvider.Altcha;

    public AltchaOptions Altcha { get; set; } = new();

    public SiteVerifyOptions ReCaptcha { get; set; } = new();
}

public sealed class AltchaOptions
{
    /// <summary>The HMAC key that signs challenges; at least 32 characters. Required outside Development.</summary>
    public string? HmacKey { get; set; }

    /// <summary>How long a challenge may be solved and posted: long enough to write a phản ánh.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest number the browser may have to try; 100 000 takes a phone about a second.</summary>
    public int MaxNumber { get; set; } = 100_000;
}

public sealed class SiteVerifyOptions
{
    /// <summary>Google's endpoint; hCaptcha's is https://api.hcaptcha.com/siteverify, Turnstile's https://challenges.cloudflare.com/turnstile/v0/siteverify.</summary>
    public Uri VerifyUrl { get; set; } = new("https://www.google.com/recaptcha/api/siteverify");

    public string? SiteKey { get; set; }

    public string? Secret { get; set; }

    /// <summary>reCAPTCHA v3 only: a score below this is refused as <see cref="CaptchaOutcome.LowScore"/>.</summary>
    public double? MinimumScore { get; set; }

    /// <summary>reCAPTCHA v3 only: the action the page declared; another action is refused.</summary>
    public string? ExpectedAction { get; set; }

    /// <summary>A slow verify service must not hold a filer's request: past this it is <see cref="CaptchaOutcome.Unavailable"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The form field the widget fills: g-recaptcha-response, h-captcha-response or cf-turnstile-response.</summary>
    public string ResponseField { get; set; } = "g-recaptcha-response";

    /// <summary>The widget's script and the class of its placeholder element.</summary>
    public Uri ScriptUrl { get; set; } = new("https://www.google.com/recaptcha/api.js");

    public string WidgetClass { get; set; } = "g-recaptcha";

    /// <summary>Origins the widget loads scripts and frames from, added to the Portal's Content-Security-Policy.</summary>
    public IList<string> ContentOrigins { get; set; } = ["https://www.google.com", "https://www.gstatic.com"];
}
