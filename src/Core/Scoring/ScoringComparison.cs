namespace DanVan.Feedback.Core.Scoring;

/// <summary>One criterion in two runs: its points in each (null where not scored or not in that run's rubric).</summary>
public sealed record CriterionDelta(string CriterionCode, decimal? PointsA, decimal? PointsB)
{
    public decimal? Delta => PointsA is { } a && PointsB is { } b ? b - a : null;
}

/// <summary>One agency in two runs; <see cref="A"/> or <see cref="B"/> is null where the agency was not in that run.</summary>
public sealed record AgencyComparison(string AgencyCode, string AgencyName, AgencyScore? A, AgencyScore? B, IReadOnlyList<CriterionDelta> Criteria)
{
    public decimal? TotalDelta => A is not null && B is not null ? B.Total - A.Total : null;

    /// <summary>Places gained from A to B (positive: moved up the ranking).</summary>
    public int? RankChange => A is not null && B is not null ? A.Rank - B.Rank : null;

    public bool OnlyInA => B is null;

    public bool OnlyInB => A is null;
}

/// <summary>Two frozen runs side by side (issue 6, item 4): every agency in either, with its totals, ranks, classes and points per criterion.</summary>
public sealed record ScoringComparison(ScoringRun A, ScoringRun B, IReadOnlyList<string> CriterionCodes, IReadOnlyList<AgencyComparison> Agencies)
{
    public static ScoringComparison Of(ScoringRun a, ScoringRun b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var codes = a.Rubric().Criteria.Select(c => c.Code)
            .Concat(b.Rubric().Criteria.Select(c => c.Code))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var inA = a.Result().Agencies.ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);
        var inB = b.Result().Agencies.ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);

        // In B's order (the later view), then those only in A in A's order.
        var agencies = inB.Values.OrderBy(s => s.Rank).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).Select(s => s.AgencyCode)
            .Concat(inA.Values.Where(s => !inB.ContainsKey(s.AgencyCode)).OrderBy(s => s.Rank).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).Select(s => s.AgencyCode))
            .Select(code =>
            {
                var scoreA = inA.GetValueOrDefault(code);
                var scoreB = inB.GetValueOrDefault(code);
                var criteria = codes.Select(c => new CriterionDelta(c, Points(scoreA, c), Points(scoreB, c))).ToList();
                return new AgencyComparison(code, (scoreB ?? scoreA)!.AgencyName, scoreA, scoreB, criteria);
            })
            .ToList();
        return new ScoringComparison(a, b, codes, agencies);
    }

    private static decimal? Points(AgencyScore? score, string code) =>
        score?.Criteria.FirstOrDefault(c => string.Equals(c.CriterionCode, code, StringComparison.Ordinal))?.Points;
}
