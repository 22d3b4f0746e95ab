using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// A frozen scoring run (issue 6, item 4): the period, a copy of the rubric as it stood, every figure and manual score
/// it used, its results and their fingerprint. Never changed once saved (the DbContext refuses); recomputing it from
/// its own inputs must give the same fingerprint and results, and scoring live data again makes a new run.
/// </summary>
public sealed class ScoringRun
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private ScoringRun()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Note { get; private set; }

    public DateOnly PeriodFirst { get; private set; }

    public DateOnly PeriodLast { get; private set; }

    /// <summary>The stored rubric the copy was taken from; it may have been edited since, which changes nothing here.</summary>
    public int RubricId { get; private set; }

    public string RubricName { get; private set; } = "";

    /// <summary>The <see cref="Scoring.Rubric"/> as it was at the run, as JSON.</summary>
    public string RubricSnapshot { get; private set; } = "";

    /// <summary>The <see cref="AgencyScoringInput"/> list the run scored, as JSON.</summary>
    public string Inputs { get; private set; } = "";

    /// <summary>The <see cref="AgencyScore"/> list it gave, as JSON.</summary>
    public string Results { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    /// <summary>When the nightly job took the figures used; null when they were computed at the run.</summary>
    public DateTimeOffset? FiguresTakenAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public string? CreatedByUserId { get; private set; }

    public MetricsPeriod Period => MetricsPeriod.Range(PeriodFirst, PeriodLast);

    public static ScoringRun Freeze(
        string name,
        string? note,
        MetricsPeriod period,
        int rubricId,
        Rubric rubric,
        IReadOnlyList<AgencyScoringInput> inputs,
        ScoringResult result,
        DateTimeOffset? figuresTakenAt,
        DateTimeOffset at,
        Cases.StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(actor);
        return new ScoringRun
        {
            Name = Cut(name.Trim(), NameMaxLength),
            Note = string.IsNullOrWhiteSpace(note) ? null : Cut(note.Trim(), NoteMaxLength),
            PeriodFirst = period.First,
            PeriodLast = period.Last,
            RubricId = rubricId,
            RubricName = Cut(rubric.Name, StoredRubric.NameMaxLength),
            RubricSnapshot = ScoringJson.Write(rubric),
            Inputs = ScoringJson.Write(inputs),
            Results = ScoringJson.Write(result.Agencies),
            Fingerprint = result.Fingerprint,
            FiguresTakenAt = figuresTakenAt,
            CreatedAt = at,
            CreatedBy = actor.FullName,
            CreatedByUserId = actor.UserId,
        };
    }

    public Rubric Rubric() => ScoringJson.Read<Rubric>(RubricSnapshot);

    public IReadOnlyList<AgencyScoringInput> ReadInputs() => ScoringJson.Read<List<AgencyScoringInput>>(Inputs);

    public ScoringResult Result() => new(Fingerprint, ScoringJson.Read<List<AgencyScore>>(Results));

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
