namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// A rubric as assessors keep and edit it (issue 6, item 3). The <see cref="Rubric"/> record is stored whole as JSON
/// (ADR 0018): it is always read and edited whole, and a run freezes exactly that text. A rubric with problems is
/// kept as a draft; it cannot be run until <see cref="Rubric.Problems"/> is empty.
/// </summary>
public sealed class StoredRubric
{
    public const int NameMaxLength = 200;

    private StoredRubric()
    {
    }

    public int Id { get; private set; }

    /// <summary>Copied from the definition, so a list of rubrics needs no JSON.</summary>
    public string Name { get; private set; } = "";

    public decimal TotalPoints { get; private set; }

    public bool IsExample { get; private set; }

    /// <summary>The <see cref="Rubric"/>, as JSON.</summary>
    public string Definition { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public static StoredRubric Create(Rubric rubric, DateTimeOffset at, string by)
    {
        var stored = new StoredRubric { CreatedAt = at, CreatedBy = by };
        stored.Update(rubric, at, by);
        return stored;
    }

    public Rubric Read() => ScoringJson.Read<Rubric>(Definition);

    /// <summary>Replaces the definition; problems do not stop it (a draft may be saved), they stop a run.</summary>
    public void Update(Rubric rubric, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        Name = rubric.Name.Length <= NameMaxLength ? rubric.Name : rubric.Name[..NameMaxLength];
        TotalPoints = rubric.TotalPoints;
        IsExample = rubric.IsExample;
        Definition = ScoringJson.Write(rubric);
        UpdatedAt = at;
        UpdatedBy = by;
    }
}

/// <summary>
/// Points an assessor entered by hand for one agency on one manual criterion of a rubric, for one period, with the
/// evidence they rest on. A scoring run copies the scores it used into its frozen inputs.
/// </summary>
public sealed class StoredManualScore
{
    public const int EvidenceMaxLength = 1000;
    public const int NoteMaxLength = 1000;

    private StoredManualScore()
    {
    }

    public long Id { get; private set; }

    public int RubricId { get; private set; }

    public DateOnly PeriodFirst { get; private set; }

    public DateOnly PeriodLast { get; private set; }

    public string AgencyCode { get; private set; } = "";

    public string CriterionCode { get; private set; } = "";

    public decimal Points { get; private set; }

    public string Evidence { get; private set; } = "";

    public string? Note { get; private set; }

    public DateTimeOffset EnteredAt { get; private set; }

    public string EnteredBy { get; private set; } = "";

    public static StoredManualScore Create(int rubricId, Metrics.MetricsPeriod period, string agencyCode, string criterionCode) =>
        new()
        {
            RubricId = rubricId,
            PeriodFirst = period.First,
            PeriodLast = period.Last,
            AgencyCode = agencyCode,
            CriterionCode = criterionCode,
        };

    public ManualScore Read() => new(Points, Evidence, Note);

    public void Set(ManualScore score, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(score);
        Points = score.Points;
        Evidence = score.Evidence.Trim();
        Note = string.IsNullOrWhiteSpace(score.Note) ? null : score.Note.Trim();
        EnteredAt = at;
        EnteredBy = by;
    }
}
