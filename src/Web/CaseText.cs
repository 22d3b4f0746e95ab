namespace DanVan.Feedback.Web;

/// <summary>Marks the case vocabulary both sites show: kinds, statuses, channels, history, deadlines, review reasons, date formats (Resources/CaseText.resx; .en.resx for English).</summary>
public sealed class CaseText;
