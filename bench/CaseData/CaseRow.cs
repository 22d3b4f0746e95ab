using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>One entry of "CaseEvents", as <see cref="CaseEvent"/> holds it.</summary>
public readonly record struct EventRow(
    CaseEventType Type,
    DateTimeOffset OccurredAt,
    string? AgencyCode = null,
    string? Note = null,
    string? ActorUserId = null,
    string? ActorName = null,
    int? Days = null,
    bool IsPublic = true,
    string? LeadAgencyCode = null,
    DateOnly? DueOn = null);

/// <summary>
/// One row of "Cases" with its events and coordinators: every column of the table, so a writer needs
/// no defaults from the schema. Built from a <see cref="FeedbackCase"/> (<see cref="From"/>), or field
/// by field by a bench that wants a history the domain would not produce on its own.
/// </summary>
public sealed record CaseRow
{
    public required long Id { get; init; }

    public required string TrackingCode { get; init; }

    public required CaseKind Kind { get; init; }

    public CaseStatus Status { get; init; } = CaseStatus.Received;

    public required CaseChannel Channel { get; init; }

    public required string TopicCode { get; init; }

    public string? LocalityCode { get; init; }

    public bool InIndustrialZone { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public FilerType FilerType { get; init; } = FilerType.Person;

    public required string FilerName { get; init; }

    public string? FilerOrganisation { get; init; }

    public string? FilerPhone { get; init; }

    public string? FilerEmail { get; init; }

    public bool FilerWithheld { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string LeadAgencyCode { get; init; }

    /// <summary>The agency first routed to; the lead's when not given (no transfer in the history).</summary>
    public string? ReceivingAgencyCode { get; init; }

    public string? OverseerAgencyCode { get; init; }

    public required string RoutingRuleCode { get; init; }

    public required string RoutingTask { get; init; }

    public DateOnly? DueOn { get; init; }

    public bool ClockPaused { get; init; }

    public DateOnly? RemindedForDueOn { get; init; }

    public DateTimeOffset? OverdueEscalatedAt { get; init; }

    public DateTimeOffset? FlaggedForReviewAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public string? AssignedOfficerId { get; init; }

    public string? AssignedOfficerName { get; init; }

    public bool IsComplex { get; init; }

    public bool ConsentsToPublication { get; init; }

    public int SignatoryCount { get; init; } = 1;

    public string? SealedIdentity { get; init; }

    public string? AnswerDraft { get; init; }

    public string? AnswerText { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public string? PublishedAnswer { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public ReviewReasons ReviewReasons { get; init; }

    public DateTimeOffset? ReviewClosedAt { get; init; }

    public bool IsAnonymousReport { get; init; }

    public int Version { get; init; }

    public IReadOnlyList<EventRow> Events { get; init; } = [];

    public IReadOnlyList<string> Coordinators { get; init; } = [];

    /// <summary>The row EF Core would store for this case, under the given id.</summary>
    public static CaseRow From(long id, FeedbackCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CaseRow
        {
            Id = id,
            TrackingCode = c.TrackingCode,
            Kind = c.Kind,
            Status = c.Status,
            Channel = c.Channel,
            TopicCode = c.TopicCode,
            LocalityCode = c.LocalityCode,
            InIndustrialZone = c.InIndustrialZone,
            Title = c.Title,
            Description = c.Description,
            FilerType = c.Filer.Type,
            FilerName = c.Filer.FullName,
            FilerOrganisation = c.Filer.OrganisationName,
            FilerPhone = c.Filer.Phone,
            FilerEmail = c.Filer.Email,
            FilerWithheld = c.Filer.IsWithheld,
            ReceivedAt = c.ReceivedAt,
            LeadAgencyCode = c.LeadAgencyCode,
            ReceivingAgencyCode = c.ReceivingAgencyCode,
            OverseerAgencyCode = c.OverseerAgencyCode,
            RoutingRuleCode = c.RoutingRuleCode,
            RoutingTask = c.RoutingTask,
            DueOn = c.DueOn,
            ClockPaused = c.ClockPaused,
            RemindedForDueOn = c.JobMarks.RemindedForDueOn,
            OverdueEscalatedAt = c.JobMarks.OverdueEscalatedAt,
            FlaggedForReviewAt = c.FlaggedForReviewAt,
            AcceptedAt = c.AcceptedAt,
            AssignedOfficerId = c.AssignedOfficerId,
            AssignedOfficerName = c.AssignedOfficerName,
            IsComplex = c.IsComplex,
            ConsentsToPublication = c.ConsentsToPublication,
            SignatoryCount = c.SignatoryCount,
            SealedIdentity = c.SealedIdentity,
            AnswerDraft = c.AnswerDraft,
            AnswerText = c.AnswerText,
            AnsweredAt = c.AnsweredAt,
            PublishedAnswer = c.PublishedAnswer,
            PublishedAt = c.PublishedAt,
            ReviewReasons = c.ReviewReasons,
            ReviewClosedAt = c.ReviewClosedAt,
            IsAnonymousReport = c.IsAnonymousReport,
            Version = c.Version,
            Events = [.. c.Events.Select(e => new EventRow(e.Type, e.OccurredAt, e.AgencyCode, e.Note, e.ActorUserId, e.ActorName, e.Days, e.IsPublic, e.LeadAgencyCode, e.DueOn))],
            Coordinators = [.. c.Coordinators.Select(k => k.AgencyCode)],
        };
    }
}
