namespace DanVan.Feedback.Portal.Pages;

/// <summary>Marks the error pages' text (Resources/Pages/ErrorText.resx).</summary>
public sealed class ErrorText;
