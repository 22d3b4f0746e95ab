namespace DanVan.Feedback.Portal;

/// <summary>Marks the text every page shares: the layout, the error summary, model-binding messages (Resources/SharedText.resx; .en.resx for English).</summary>
public sealed class SharedText;
