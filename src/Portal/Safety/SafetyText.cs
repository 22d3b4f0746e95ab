namespace DanVan.Feedback.Portal.Safety;

/// <summary>
/// Marker for the texts of the Portal's safety features (CAPTCHA, rate limits):
/// <c>Resources/Safety/SafetyText.resx</c> (Vietnamese) and <c>SafetyText.en.resx</c> (English).
/// </summary>
public sealed class SafetyText
{
    private SafetyText()
    {
    }
}
