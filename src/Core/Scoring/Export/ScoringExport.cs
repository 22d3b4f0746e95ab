using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// Everything one scoring run's exports show: what was scored (period, rubric, inputs), what came out (points, ranks,
/// classes, fingerprint) and the cases behind each metric criterion. Holds no personal data.
/// </summary>
public sealed record ScoringExport
{
    private readonly string? fingerprint;

    /// <summary>A stored run as it was frozen: its period, rubric, inputs, result and fingerprint; no drill-downs yet.</summary>
    public static ScoringExport Of(ScoringRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new()
        {
            Period = run.Period,
            Rubric = run.Rubric(),
            Result = run.Result(),
            Fingerprint = run.Fingerprint,
            RunName = run.Name,
            CreatedAt = run.CreatedAt,
            Inputs = run.ReadInputs(),
        };
    }

    public required MetricsPeriod Period { get; init; }

    public required Rubric Rubric { get; init; }

    public required ScoringResult Result { get; init; }

    /// <summary>The run's fingerprint as stored; the result's own when not given.</summary>
    public string Fingerprint
    {
        get => fingerprint ?? Result.Fingerprint;
        init => fingerprint = value;
    }

    /// <summary>A stored run's name, e.g. "Chấm điểm năm 2026 – lần 2"; none for an ad hoc run.</summary>
    public string? RunName { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The frozen inputs: the manual scores' evidence and notes come from here (the result keeps only points).</summary>
    public IReadOnlyList<AgencyScoringInput> Inputs { get; init; } = [];

    /// <summary>The cases behind each metric criterion (<see cref="ScoringDrillDowns"/>); none leaves the drill-down sheets out.</summary>
    public IReadOnlyList<CriterionDrillDown> DrillDowns { get; init; } = [];

    /// <summary>The maximum of the CCHC index line the total is scaled to (task 4.7, <see cref="CchcComponentOptions"/>).</summary>
    public decimal CchcComponentMaxPoints { get; init; } = CchcComponentOptions.DefaultMaxPoints;

    internal ManualScore? ManualScore(string agencyCode, string criterionCode) =>
        Inputs.FirstOrDefault(i => string.Equals(i.AgencyCode, agencyCode, StringComparison.OrdinalIgnoreCase))?.ManualScores
            .FirstOrDefault(m => string.Equals(m.Key, criterionCode, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>
/// The cases behind one metric criterion, per agency. <see cref="Figure"/> is null when the metric is not a count of
/// cases (ratings, the backlog snapshot): <see cref="NoListReason"/> then says why there is no list.
/// </summary>
public sealed record CriterionDrillDown(string CriterionCode, AgencyMetric Metric, MetricFigure? Figure, IReadOnlyList<AgencyCaseList> Agencies)
{
    public string? NoListReason => Figure is null ? ScoringDrillDowns.NoListReason(Metric) : null;
}

/// <summary>One agency's cases behind a figure: at most the cap, with the full count beside them.</summary>
public sealed record AgencyCaseList(string AgencyCode, IReadOnlyList<MetricCaseRow> Rows, int Total)
{
    public bool IsCapped => Rows.Count < Total;
}
