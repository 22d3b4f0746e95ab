namespace DanVan.Feedback.Web;

/// <summary>Marks the words every page of both sites shares: the skip link, the error summary (Resources/CommonText.resx; .en.resx for English).</summary>
public sealed class CommonText;
