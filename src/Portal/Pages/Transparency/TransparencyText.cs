namespace DanVan.Feedback.Portal.Pages.Transparency;

/// <summary>Marks the public figures page (Resources/Pages/Transparency/TransparencyText.resx).</summary>
public sealed class TransparencyText;
