namespace DanVan.Feedback.Core.Scoring;

/// <summary>How a criterion turns an agency's figures into points.</summary>
public enum ScoringMethod
{
    /// <summary>The metric's value falls in one band, which gives its points.</summary>
    Bands,

    /// <summary>Points grow in a straight line from zero at one threshold to the maximum at the other.</summary>
    Linear,

    /// <summary>An assessor enters the points with the evidence behind them.</summary>
    Manual,
}

/// <summary>The class an agency's total earns (Xuất sắc / Tốt / Khá / Trung bình / Yếu).</summary>
public enum ScoreClass
{
    Excellent,
    Good,
    Fair,
    Average,
    Weak,
}

/// <summary>Values from <see cref="From"/> (inclusive) up to <see cref="To"/> (exclusive; none = no upper end) earn <see cref="Points"/>.</summary>
public sealed record ScoreBand(decimal From, decimal? To, decimal Points)
{
    public bool Contains(decimal value) => value >= From && (To is null || value < To);
}

/// <summary>A total of at least <see cref="MinimumTotal"/> earns <see cref="Class"/>, unless a higher class's threshold is met.</summary>
public sealed record ClassThreshold(ScoreClass Class, decimal MinimumTotal);

public sealed record RubricCriterion
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required decimal MaxPoints { get; init; }

    public required ScoringMethod Method { get; init; }

    /// <summary>The figure scored; none for a manual criterion.</summary>
    public AgencyMetric? Metric { get; init; }

    public IReadOnlyList<ScoreBand> Bands { get; init; } = [];

    /// <summary>For <see cref="ScoringMethod.Linear"/>: the value that earns nothing, and the value that earns the maximum.</summary>
    public decimal? ZeroPointsAt { get; init; }

    public decimal? FullPointsAt { get; init; }

    /// <summary>What the assessor must show for a manual score (e.g. "Quyết định công nhận mô hình dân vận khéo").</summary>
    public string? EvidenceHint { get; init; }
}

/// <summary>
/// The criteria Sở Nội vụ scores agencies' dân vận work by (task 3.1), as data an assessor edits:
/// Hải Phòng's own rubric was not retrievable (DOMAIN.md), so none is built into code.
/// </summary>
public sealed record Rubric
{
    public required string Name { get; init; }

    /// <summary>The total the rubric states; the criteria's maxima must add up to it.</summary>
    public required decimal TotalPoints { get; init; }

    /// <summary>Shipped as an example to adapt, not an official rubric.</summary>
    public bool IsExample { get; init; }

    public required IReadOnlyList<RubricCriterion> Criteria { get; init; }

    /// <summary>From the highest class down; a total below every threshold is <see cref="ScoreClass.Weak"/>.</summary>
    public required IReadOnlyList<ClassThreshold> ClassThresholds { get; init; }

    public ScoreClass ClassFor(decimal total) =>
        ClassThresholds.OrderByDescending(t => t.MinimumTotal).FirstOrDefault(t => total >= t.MinimumTotal)?.Class ?? ScoreClass.Weak;

    /// <summary>Every way the rubric cannot be used as it stands, as codes the Backoffice says to the assessor; empty when it can.</summary>
    public IReadOnlyList<ScoringProblem> Problems() => RubricCheck.Problems(this);
}

/// <summary>The lengths a rubric's texts may have, so a stored code fits its column.</summary>
public static class RubricLimits
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 300;
    public const int EvidenceHintMaxLength = 500;
    public const int MaxCriteria = 40;
}
