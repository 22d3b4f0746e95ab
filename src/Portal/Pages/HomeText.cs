namespace DanVan.Feedback.Portal.Pages;

/// <summary>Marks the home page's text (Resources/Pages/HomeText.resx).</summary>
public sealed class HomeText;
