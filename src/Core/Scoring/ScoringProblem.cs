namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// What stops a rubric, a manual score or a run, as a code: Core returns it, the Backoffice says it from its
/// resources (ADR 24). Each code lists the arguments it carries, in order; a criterion's problems start with the
/// criterion's code and name, a manual score's with the agency's name.
/// </summary>
public enum ScoringRule
{
    NoCriteria,

    /// <summary>(the criteria's maximum points added up, the rubric's total).</summary>
    TotalMismatch,

    /// <summary>(the criterion code).</summary>
    DuplicateCriterionCode,

    /// <summary>(code, name).</summary>
    MaxPointsNotPositive,

    /// <summary>(code, name).</summary>
    NoMetric,

    /// <summary>(code, name).</summary>
    LinearNeedsBothLevels,

    /// <summary>(code, name).</summary>
    LinearLevelsEqual,

    /// <summary>(code, name).</summary>
    NoBands,

    /// <summary>(code, name, the metric's minimum, the <see cref="AgencyMetric"/> whose unit it is in, the first band's start).</summary>
    FirstBandAboveMinimum,

    /// <summary>(code, name, the band's start, its end).</summary>
    BandEndNotAboveStart,

    /// <summary>(code, name, the band's start, its points, the criterion's maximum).</summary>
    BandPointsOutOfRange,

    /// <summary>(code, name, the band's start, the next band's start).</summary>
    BandsOverlap,

    /// <summary>(code, name, the band's end, the next band's start).</summary>
    BandsLeaveAGap,

    /// <summary>(code, name, the last band's end, the <see cref="AgencyMetric"/> whose unit it is in).</summary>
    LastBandClosed,

    /// <summary>(the <see cref="ScoreClass"/>).</summary>
    ClassDeclaredTwice,

    /// <summary>(the class, its threshold, the class below, that one's threshold).</summary>
    ClassThresholdsOutOfOrder,

    /// <summary>(the class, its threshold, the rubric's total).</summary>
    ClassThresholdOutOfRange,

    /// <summary>(the agency code).</summary>
    AgencyListedTwice,

    /// <summary>(the agency's name, the criterion code).</summary>
    NotAManualCriterion,

    /// <summary>(the agency's name, the criterion code, the points, the criterion's maximum).</summary>
    ManualPointsOutOfRange,

    /// <summary>(the agency's name, the criterion code).</summary>
    EvidenceMissing,

    /// <summary>(the agency's name, the criterion code).</summary>
    TooManyDecimals,

    /// <summary>(the agency's name, the longest evidence or note in characters).</summary>
    EvidenceTooLong,

    NoSuchRubric,

    /// <summary>(the agency code).</summary>
    NoSuchAgency,

    RunNameMissing,

    /// <summary>(the rubric's name); the rubric's own problems follow it.</summary>
    RubricNotReady,

    /// <summary>(the <see cref="Metrics.MetricsPeriod"/>).</summary>
    EmptyPeriod,

    /// <summary>The manual scores' own problems follow it.</summary>
    ManualScoresNotReady,
}

/// <summary>One problem of a rubric, a manual score or a run: the rule and its arguments, for the Backoffice to say.</summary>
public sealed record ScoringProblem(ScoringRule Rule, IReadOnlyList<object> Arguments) : CodedMessage<ScoringRule>(Rule, Arguments);
