namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// Configuration section "Scoring": the maximum of the line of the administrative-reform (CCHC) index that takes the
/// dân vận score (task 4.7). Hải Phòng's CCHC index for sở and communes was not retrievable (DOMAIN.md, research
/// §4.4), so the default expresses the total out of 100 until Sở Nội vụ sets the line's points (verify).
/// </summary>
public sealed class CchcComponentOptions
{
    public const string SectionName = "Scoring";

    public const decimal DefaultMaxPoints = 100m;

    public decimal CchcComponentMaxPoints { get; set; } = DefaultMaxPoints;

    public static bool IsValid(CchcComponentOptions options) => options is { CchcComponentMaxPoints: > 0 and <= 1000 };
}

/// <summary>One agency's figure for the CCHC assessment: its dân vận total scaled to the component's maximum.</summary>
public sealed record CchcComponentScore(string AgencyCode, string AgencyName, int Rank, decimal Total, decimal Points);

/// <summary>The component the CCHC assessment takes from a scoring run (task 4.7).</summary>
public static class CchcComponent
{
    private const int PointDecimals = 2;

    /// <summary>Each agency's total scaled proportionally from the rubric's total to <paramref name="componentMaxPoints"/>, in rank order.</summary>
    public static IReadOnlyList<CchcComponentScore> For(ScoringResult result, Rubric rubric, decimal componentMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rubric);
        return result.Agencies
            .Select(a => new CchcComponentScore(a.AgencyCode, a.AgencyName, a.Rank, a.Total, Scale(a.Total, rubric.TotalPoints, componentMaxPoints)))
            .ToList();
    }

    /// <summary>total × componentMax ÷ rubricTotal, rounded to 2 decimals with halves away from zero, as the points are.</summary>
    public static decimal Scale(decimal total, decimal rubricTotalPoints, decimal componentMaxPoints)
    {
        if (rubricTotalPoints <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rubricTotalPoints), rubricTotalPoints, "A rubric's total points must be more than 0.");
        }

        if (componentMaxPoints <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(componentMaxPoints), componentMaxPoints, "The CCHC component's maximum points must be more than 0.");
        }

        if (total < 0 || total > rubricTotalPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"A total must be within 0–{rubricTotalPoints}.");
        }

        // Multiply first: 100 × 30 ÷ 90 loses nothing before the one rounding.
        return Math.Round(total * componentMaxPoints / rubricTotalPoints, PointDecimals, MidpointRounding.AwayFromZero);
    }
}
