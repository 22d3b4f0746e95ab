using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>Points an assessor gave by hand, with what they rest on.</summary>
public sealed record ManualScore(decimal Points, string Evidence, string? Note = null);

/// <summary>What one agency is scored on: its figures for the period and the manual scores entered for it.</summary>
public sealed record AgencyScoringInput(
    string AgencyCode,
    string AgencyName,
    IReadOnlyDictionary<AgencyMetric, decimal?> Metrics,
    IReadOnlyDictionary<string, ManualScore> ManualScores);

/// <summary>One criterion's outcome: the value scored and its points; no points when there was nothing to score.</summary>
public sealed record CriterionScore(string CriterionCode, decimal? Value, decimal? Points)
{
    public bool HasData => Points is not null;
}

public sealed record AgencyScore(string AgencyCode, string AgencyName, IReadOnlyList<CriterionScore> Criteria, decimal Total, int Rank, ScoreClass Class)
{
    /// <summary>Criteria with nothing to score (no answers in the period, no manual score yet): shown, never counted as a silent zero.</summary>
    public IReadOnlyList<string> MissingCriteria => Criteria.Where(c => !c.HasData).Select(c => c.CriterionCode).ToList();
}

/// <summary>A scoring run's outcome, with the fingerprint of exactly what it was computed from.</summary>
public sealed record ScoringResult(string Fingerprint, IReadOnlyList<AgencyScore> Agencies);

public sealed class ScoringInputException(IReadOnlyList<ScoringProblem> problems)
    : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<ScoringProblem> Problems { get; } = problems;
}

/// <summary>
/// Scores agencies against a rubric (task 3.1). Pure: the same rubric and inputs give the same points, ranks,
/// classes and fingerprint, so a frozen run can be recomputed and checked.
/// </summary>
public static class ScoringCalculator
{
    private const int PointDecimals = 2;

    public static ScoringResult Score(Rubric rubric, IReadOnlyList<AgencyScoringInput> agencies)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(agencies);
        var problems = rubric.Problems().Concat(InputProblems(rubric, agencies)).ToList();
        if (problems.Count > 0)
        {
            throw new ScoringInputException(problems);
        }

        var scored = agencies
            .Select(a => (Input: a, Criteria: rubric.Criteria.Select(c => ScoreCriterion(c, a)).ToList()))
            .Select(a => (a.Input, a.Criteria, Total: a.Criteria.Sum(c => c.Points ?? 0)))
            .OrderByDescending(a => a.Total)
            .ThenBy(a => a.Input.AgencyCode, StringComparer.Ordinal)
            .ToList();

        // Competition ranking: equal totals share a rank and the next rank skips (1, 2, 2, 4).
        var results = new List<AgencyScore>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Total == scored[i - 1].Total ? results[i - 1].Rank : i + 1;
            var (input, criteria, total) = scored[i];
            results.Add(new AgencyScore(input.AgencyCode, input.AgencyName, criteria, total, rank, rubric.ClassFor(total)));
        }

        return new ScoringResult(Fingerprint(rubric, agencies), results);
    }

    /// <summary>Manual scores that cannot stand: above the criterion's maximum, negative, without evidence, or for no such criterion.</summary>
    public static IReadOnlyList<ScoringProblem> InputProblems(Rubric rubric, IReadOnlyList<AgencyScoringInput> agencies)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(agencies);
        var problems = new List<ScoringProblem>();
        foreach (var duplicate in agencies.GroupBy(a => a.AgencyCode, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(ScoringRule.AgencyListedTwice, [duplicate.Key]));
        }

        var criteria = rubric.Criteria.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var agency in agencies)
        {
            foreach (var (code, score) in agency.ManualScores)
            {
                if (!criteria.TryGetValue(code, out var criterion) || criterion.Method != ScoringMethod.Manual)
                {
                    problems.Add(new(ScoringRule.NotAManualCriterion, [agency.AgencyName, code]));
                }
                else if (score.Points < 0 || score.Points > criterion.MaxPoints)
                {
                    problems.Add(new(ScoringRule.ManualPointsOutOfRange, [agency.AgencyName, code, score.Points, criterion.MaxPoints]));
                }
                else if (string.IsNullOrWhiteSpace(score.Evidence))
                {
                    problems.Add(new(ScoringRule.EvidenceMissing, [agency.AgencyName, code]));
                }
            }
        }

        return problems;
    }

    private static CriterionScore ScoreCriterion(RubricCriterion criterion, AgencyScoringInput agency)
    {
        if (criterion.Method == ScoringMethod.Manual)
        {
            return new CriterionScore(
                criterion.Code,
                null,
                agency.ManualScores.TryGetValue(criterion.Code, out var manual) ? Round(manual.Points) : null);
        }

        if (!agency.Metrics.TryGetValue(criterion.Metric!.Value, out var found) || found is not { } value)
        {
            return new CriterionScore(criterion.Code, null, null);
        }

        var points = criterion.Method == ScoringMethod.Bands
            ? criterion.Bands.Single(b => b.Contains(value)).Points
            : Linear(criterion, value);
        return new CriterionScore(criterion.Code, value, Round(points));
    }

    // Works both ways: for "higher is better" zero < full, for durations zero > full; clamped to 0..max.
    private static decimal Linear(RubricCriterion criterion, decimal value)
    {
        var zero = criterion.ZeroPointsAt!.Value;
        var full = criterion.FullPointsAt!.Value;
        var share = Math.Clamp((value - zero) / (full - zero), 0m, 1m);
        return criterion.MaxPoints * share;
    }

    private static decimal Round(decimal points) => Math.Round(points, PointDecimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// SHA-256 of a canonical text of the rubric and inputs: agencies, metrics and manual scores in a fixed order and
    /// numbers without trailing zeros, so the same inputs always give the same fingerprint however they were gathered.
    /// </summary>
    public static string Fingerprint(Rubric rubric, IReadOnlyList<AgencyScoringInput> agencies)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(agencies);
        var text = new StringBuilder();
        text.Append("rubric|").Append(S(rubric.Name)).Append('|').Append(N(rubric.TotalPoints)).Append('\n');
        foreach (var threshold in rubric.ClassThresholds.OrderBy(t => t.Class))
        {
            text.Append("class|").Append(threshold.Class).Append('|').Append(N(threshold.MinimumTotal)).Append('\n');
        }

        foreach (var criterion in rubric.Criteria)
        {
            text.Append("criterion|").Append(S(criterion.Code)).Append('|').Append(S(criterion.Name)).Append('|').Append(N(criterion.MaxPoints))
                .Append('|').Append(criterion.Method).Append('|').Append(criterion.Metric).Append('|').Append(N(criterion.ZeroPointsAt))
                .Append('|').Append(N(criterion.FullPointsAt)).Append('\n');
            foreach (var band in criterion.Bands.OrderBy(b => b.From))
            {
                text.Append("band|").Append(N(band.From)).Append('|').Append(N(band.To)).Append('|').Append(N(band.Points)).Append('\n');
            }
        }

        foreach (var agency in agencies.OrderBy(a => a.AgencyCode, StringComparer.Ordinal))
        {
            text.Append("agency|").Append(S(agency.AgencyCode)).Append('|').Append(S(agency.AgencyName)).Append('\n');
            foreach (var (metric, value) in agency.Metrics.OrderBy(m => m.Key))
            {
                text.Append("metric|").Append(metric).Append('|').Append(N(value)).Append('\n');
            }

            foreach (var (code, score) in agency.ManualScores.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                text.Append("manual|").Append(S(code)).Append('|').Append(N(score.Points)).Append('|').Append(S(score.Evidence)).Append('|').Append(S(score.Note)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Text is length-prefixed, so a name holding the separator cannot make two inputs read alike.
    private static string S(string? value) => value is null ? "-" : $"{value.Length}:{value}";

    private static string N(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "-";
}
