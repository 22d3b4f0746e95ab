using System.Net;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Captcha;

/// <summary>Checks the answer a public form posted, with the configured provider.</summary>
public sealed class CaptchaVerifier(IOptions<CaptchaOptions> options, AltchaChallenges altcha, SiteVerifyClient siteVerify)
{
    /// <summary>The form field ALTCHA's widget fills.</summary>
    public const string AltchaField = "altcha";

    public CaptchaProvider Provider => options.Value.Provider;

    /// <summary>The form field the provider's widget fills.</summary>
    public string ResponseField => Provider == CaptchaProvider.ReCaptcha ? options.Value.ReCaptcha.ResponseField : AltchaField;

    public async Task<CaptchaResult> VerifyAsync(string? response, IPAddress? remoteIp, CancellationToken cancellationToken) =>
        Provider switch
        {
            CaptchaProvider.None => CaptchaResult.Passed,
            CaptchaProvider.Altcha => altcha.Verify(response),
            CaptchaProvider.ReCaptcha => await siteVerify.VerifyAsync(response, remoteIp, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown CAPTCHA provider {Provider}."),
        };
}
