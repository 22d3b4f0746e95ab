namespace DanVan.Feedback.Core.Ratings;

/// <summary>Configuration section "Ratings": when filers are invited to rate an answer, and for how long they may act on it.</summary>
public sealed class RatingOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Hours after the answer is sent before the invitation goes: the filer reads the answer first.</summary>
    public int InviteAfterHours { get; set; } = 24;

    /// <summary>How long the link in the invitation (and on the tracking page) stays valid.</summary>
    public int LinkLifetimeDays { get; set; } = 90;

    /// <summary>
    /// How long after an answer the filer may ask, on the Portal, for the case to be looked at again. No law sets it
    /// for phản ánh, kiến nghị; 30 days matches the time a complainant has to take a first decision further
    /// (Luật Khiếu nại 2011, Điều 33), so one figure serves every kind.
    /// </summary>
    public int ReopenWindowDays { get; set; } = 30;

    /// <summary>How long a service-rating form, once opened, may be sent: a visit to a desk, not a standing ballot.</summary>
    public int VisitLifetimeHours { get; set; } = 24;

    public static bool IsValid(RatingOptions options) =>
        options is { InviteAfterHours: >= 0 and <= 24 * 30, LinkLifetimeDays: >= 1 and <= 365, ReopenWindowDays: >= 0 and <= 365, VisitLifetimeHours: >= 1 and <= 24 * 7 };
}
