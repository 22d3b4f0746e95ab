namespace DanVan.Feedback.Portal.Pages.Denunciations;

/// <summary>Marks the text of filing a tố cáo (Resources/Pages/Denunciations/DenunciationText.resx).</summary>
public sealed class DenunciationText;
