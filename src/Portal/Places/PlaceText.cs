namespace DanVan.Feedback.Portal.Places;

/// <summary>Marks the text of the place field every intake form may share (Resources/Places/PlaceText.resx).</summary>
public sealed class PlaceText;
