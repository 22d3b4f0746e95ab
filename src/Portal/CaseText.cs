namespace DanVan.Feedback.Portal;

/// <summary>Marks the case vocabulary the public reads: kinds, statuses, history, deadlines, date formats (Resources/CaseText.resx).</summary>
public sealed class CaseText;
