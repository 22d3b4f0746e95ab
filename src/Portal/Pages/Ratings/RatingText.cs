namespace DanVan.Feedback.Portal.Pages.Ratings;

/// <summary>Marks the service-rating pages' text (Resources/Pages/Ratings/RatingText.resx).</summary>
public sealed class RatingText;
