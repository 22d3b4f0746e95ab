namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// A citizen's satisfaction rating of a public service (đánh giá sự hài lòng, task 4.11): the agency that delivered
/// it, the 9 indicators of <see cref="RatingCriterion.All"/> and an optional comment. Anonymous: no name, no contact.
/// Each indicator is a column of its own, and the total and the number of satisfied answers are stored with it, so
/// an agency's figures for a period are one grouped query over the (AgencyCode, RatedAt) index, with no join.
/// </summary>
public sealed class ServiceRating
{
    public const int ServiceNameMaxLength = 200;
    public const int DeskNameMaxLength = 100;
    public const int CommentMaxLength = 2000;

    private ServiceRating()
    {
        AgencyCode = "";
    }

    public ServiceRating(
        Guid visitKey,
        string agencyCode,
        string? serviceName,
        string? deskName,
        IReadOnlyList<SatisfactionLevel> scores,
        string? comment,
        ServiceRatingChannel channel,
        DateTimeOffset ratedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != RatingCriterion.Count || scores.Any(s => !Enum.IsDefined(s)))
        {
            throw new ArgumentException($"A rating answers all {RatingCriterion.Count} indicators, each on the 3-level scale.", nameof(scores));
        }

        VisitKey = visitKey;
        AgencyCode = agencyCode;
        ServiceName = Trimmed(serviceName, ServiceNameMaxLength, nameof(serviceName));
        DeskName = Trimmed(deskName, DeskNameMaxLength, nameof(deskName));
        Comment = Trimmed(comment, CommentMaxLength, nameof(comment));
        Channel = channel;
        RatedAt = ratedAt;
        (Criterion1, Criterion2, Criterion3, Criterion4, Criterion5, Criterion6, Criterion7, Criterion8, Criterion9) =
            (scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7], scores[8]);
        Total = TotalOf(scores);
        SatisfiedCount = SatisfiedCountOf(scores);
    }

    public long Id { get; private set; }

    /// <summary>The visit this rating was given in: unique, so a double submit or a replayed form stores one rating.</summary>
    public Guid VisitKey { get; private set; }

    /// <summary>The agency that delivered the service: its figures, and Sở Nội vụ's overview of all of them (DOMAIN.md).</summary>
    public string AgencyCode { get; private set; }

    /// <summary>The procedure or service, as the citizen wrote it or as the desk's QR code names it.</summary>
    public string? ServiceName { get; private set; }

    public string? DeskName { get; private set; }

    public SatisfactionLevel Criterion1 { get; private set; }

    public SatisfactionLevel Criterion2 { get; private set; }

    public SatisfactionLevel Criterion3 { get; private set; }

    public SatisfactionLevel Criterion4 { get; private set; }

    public SatisfactionLevel Criterion5 { get; private set; }

    public SatisfactionLevel Criterion6 { get; private set; }

    public SatisfactionLevel Criterion7 { get; private set; }

    public SatisfactionLevel Criterion8 { get; private set; }

    public SatisfactionLevel Criterion9 { get; private set; }

    /// <summary>Points out of <see cref="RatingCriterion.MaxTotal"/> (18).</summary>
    public int Total { get; private set; }

    /// <summary>
    /// How many of the 9 indicators were rated "Hài lòng" or "Rất hài lòng": the satisfaction rate reported nationally
    /// is the sum of these over the number of ratings × 9; a rating with fewer than 9 had something that displeased.
    /// </summary>
    public int SatisfiedCount { get; private set; }

    public string? Comment { get; private set; }

    public ServiceRatingChannel Channel { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    /// <summary>The answers in the order of <see cref="RatingCriterion.All"/>.</summary>
    public IReadOnlyList<SatisfactionLevel> Scores =>
        [Criterion1, Criterion2, Criterion3, Criterion4, Criterion5, Criterion6, Criterion7, Criterion8, Criterion9];

    /// <summary>True when at least one indicator was rated "Không hài lòng": the Portal then offers to file a phản ánh.</summary>
    public bool HasDissatisfaction => SatisfiedCount < RatingCriterion.Count;

    public static int TotalOf(IEnumerable<SatisfactionLevel> scores) => scores.Sum(s => (int)s);

    public static int SatisfiedCountOf(IEnumerable<SatisfactionLevel> scores) => scores.Count(s => s != SatisfactionLevel.NotSatisfied);

    private static string? Trimmed(string? value, int maxLength, string name)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return trimmed is { Length: var length } && length > maxLength
            ? throw new ArgumentException($"At most {maxLength} characters.", name)
            : trimmed;
    }
}
