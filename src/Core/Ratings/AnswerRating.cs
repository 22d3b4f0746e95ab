namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// A filer's rating of the answer to their case (satisfied or not, and why): one per answer. It names the
/// agency that answered, so that the answer-satisfaction metric of an agency needs no join through the cases.
/// </summary>
public sealed class AnswerRating
{
    public AnswerRating(long caseId, string agencyCode, DateTimeOffset answeredAt, bool satisfied, string? reason, DateTimeOffset ratedAt)
    {
        CaseId = caseId;
        AgencyCode = agencyCode;
        AnsweredAt = answeredAt;
        Satisfied = satisfied;
        Reason = reason;
        RatedAt = ratedAt;
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    public string AgencyCode { get; private set; }

    /// <summary>Which answer was rated: a reopened case is answered, and may be rated, again.</summary>
    public DateTimeOffset AnsweredAt { get; private set; }

    public bool Satisfied { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }
}
