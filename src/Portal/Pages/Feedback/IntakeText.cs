namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>Marks the text of filing a case: the form, its messages and the confirmation (Resources/Pages/Feedback/IntakeText.resx).</summary>
public sealed class IntakeText;
