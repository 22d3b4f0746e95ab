namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>Marks the tracking page's text (Resources/Pages/Track/TrackText.resx).</summary>
public sealed class TrackText;
