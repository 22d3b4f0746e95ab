using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Scoring;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// One agency's figures for one period (issue 6), each a count of something that can be listed. Rates are
/// derived from the counts, and are null, not zero, when there is nothing to divide by.
/// </summary>
public sealed record AgencyPeriodMetrics
{
    public required string AgencyCode { get; init; }

    /// <summary>Cases first routed to the agency in the period (a transfer in is counted apart).</summary>
    public int Received { get; init; }

    public IReadOnlyDictionary<CaseKind, int> ReceivedByKind { get; init; } = new Dictionary<CaseKind, int>();

    public IReadOnlyDictionary<CaseChannel, int> ReceivedByChannel { get; init; } = new Dictionary<CaseChannel, int>();

    public IReadOnlyDictionary<string, int> ReceivedByTopic { get; init; } = new Dictionary<string, int>();

    public int Accepted { get; init; }

    public int Refused { get; init; }

    public int TransferredOut { get; init; }

    public int TransferredIn { get; init; }

    /// <summary>Answers sent in the period (a case reopened and answered again counts twice).</summary>
    public int Answered { get; init; }

    /// <summary>Answers whose due date was known when sent: the base of the on-time rate.</summary>
    public int AnsweredWithDueDate { get; init; }

    public int AnsweredOnTime { get; init; }

    public decimal? MedianWorkingDaysToAnswer { get; init; }

    public decimal? P90WorkingDaysToAnswer { get; init; }

    /// <summary>Open cases at the period's end; null when that moment is past and no snapshot of it was kept.</summary>
    public int? OpenAtEnd { get; init; }

    public int? OverdueAtEnd { get; init; }

    public int Reopened { get; init; }

    /// <summary>Cases put on Thanh tra thành phố's review queue in the period (each case once).</summary>
    public int Escalated { get; init; }

    public int Published { get; init; }

    public int AnswersRated { get; init; }

    public int AnswersSatisfied { get; init; }

    public int ServiceRatings { get; init; }

    /// <summary>Indicators rated Hài lòng or Rất hài lòng, over all ratings (9 per rating).</summary>
    public int ServiceIndicatorsSatisfied { get; init; }

    /// <summary>The sum of the ratings' 18-point scores.</summary>
    public int ServicePoints { get; init; }

    public decimal? OnTimeRate => Percent(AnsweredOnTime, AnsweredWithDueDate);

    public decimal? AnswerSatisfactionRate => Percent(AnswersSatisfied, AnswersRated);

    public decimal? ServiceSatisfactionRate => Percent(ServiceIndicatorsSatisfied, ServiceRatings * Ratings.RatingCriterion.Count);

    /// <summary>The average of the ratings' scores out of 18.</summary>
    public decimal? ServiceAverageScore => ServiceRatings == 0 ? null : Math.Round((decimal)ServicePoints / ServiceRatings, 2);

    public decimal? PublishedShare => Percent(Published, Answered);

    public decimal? OverdueShareAtEnd => OpenAtEnd is { } open && OverdueAtEnd is { } overdue ? Percent(overdue, open) : null;

    public decimal? EscalatedShare => Percent(Escalated, Received + TransferredIn);

    public decimal? ReopenedShare => Percent(Reopened, Answered);

    /// <summary>Whether anything at all happened at the agency in the period.</summary>
    public bool HasData => Received + TransferredIn + Accepted + Answered + AnswersRated + ServiceRatings + (OpenAtEnd ?? 0) > 0;

    /// <summary>The figures a rubric scores, by name.</summary>
    public IReadOnlyDictionary<AgencyMetric, decimal?> ForScoring() => new Dictionary<AgencyMetric, decimal?>
    {
        [AgencyMetric.OnTimeRate] = OnTimeRate,
        [AgencyMetric.MedianWorkingDaysToAnswer] = MedianWorkingDaysToAnswer,
        [AgencyMetric.P90WorkingDaysToAnswer] = P90WorkingDaysToAnswer,
        [AgencyMetric.AnswerSatisfactionRate] = AnswerSatisfactionRate,
        [AgencyMetric.ServiceSatisfactionRate] = ServiceSatisfactionRate,
        [AgencyMetric.PublishedShare] = PublishedShare,
        [AgencyMetric.OverdueShareAtPeriodEnd] = OverdueShareAtEnd,
        [AgencyMetric.EscalatedShare] = EscalatedShare,
        [AgencyMetric.ReopenedShare] = ReopenedShare,
    };

    /// <summary>A share in per cent to two decimals; null, not zero, when there is nothing to divide.</summary>
    internal static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2);
}
