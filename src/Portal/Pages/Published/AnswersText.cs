namespace DanVan.Feedback.Portal.Pages.Published;

/// <summary>Marks the text of the published answers' list and pages (Resources/Pages/Published/AnswersText.resx).</summary>
public sealed class AnswersText;
