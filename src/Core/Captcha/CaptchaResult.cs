namespace DanVan.Feedback.Core.Captcha;

public enum CaptchaOutcome
{
    Passed,

    /// <summary>Nothing was posted: the filer did not tick the box, or the browser ran no script.</summary>
    Missing,

    /// <summary>The answer is wrong, forged or for another site.</summary>
    Failed,

    /// <summary>The answer was right once but has expired or was already used.</summary>
    Expired,

    /// <summary>reCAPTCHA v3 thinks a bot sent it (score under the threshold, or another action).</summary>
    LowScore,

    /// <summary>The verify service did not answer in time, or answered with an error: not the filer's fault.</summary>
    Unavailable,
}

/// <summary>What a check concluded, with what the service said, for the log.</summary>
public sealed record CaptchaResult(CaptchaOutcome Outcome, double? Score = null, IReadOnlyList<string>? ErrorCodes = null)
{
    public static readonly CaptchaResult Passed = new(CaptchaOutcome.Passed);

    public bool IsPassed => Outcome == CaptchaOutcome.Passed;
}
