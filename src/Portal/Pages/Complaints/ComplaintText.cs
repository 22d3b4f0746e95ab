namespace DanVan.Feedback.Portal.Pages.Complaints;

/// <summary>Marks the text of filing a khiếu nại (Resources/Pages/Complaints/ComplaintText.resx).</summary>
public sealed class ComplaintText;
