namespace DanVan.Feedback.Portal.Pages;

/// <summary>Marks the personal data notice (Resources/Pages/PrivacyText.resx).</summary>
public sealed class PrivacyText;
