namespace DanVan.Feedback.Core.Ratings;

/// <summary>How the citizen reached the rating form.</summary>
public enum ServiceRatingChannel
{
    /// <summary>The Portal's form, opened from the home page or a link.</summary>
    Web,

    /// <summary>The QR code printed at a desk, which names the agency (and service and desk).</summary>
    QrCode,
}
