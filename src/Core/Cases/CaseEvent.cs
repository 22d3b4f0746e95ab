namespace DanVan.Feedback.Core.Cases;

public enum CaseEventType
{
    /// <summary>The case was received through a channel.</summary>
    Received,

    /// <summary>The case was routed to its lead agency by a rule (or to the triage desk).</summary>
    Routed,

    /// <summary>Thụ lý (or, for PAKN, classified as within the agency's authority): the resolution clock starts.</summary>
    Accepted,

    /// <summary>Not accepted, with the legal ground: the clock stops.</summary>
    Refused,

    /// <summary>The agency asked the filer for information: the clock stops until the reply.</summary>
    InformationRequested,

    /// <summary>The filer supplied the information asked for: the clock runs again.</summary>
    InformationReceived,

    /// <summary>Tạm đình chỉ: the clock stops until resumption (Luật 136/2025, from 1/7/2026).</summary>
    Suspended,

    /// <summary>The suspension ended: the clock runs again.</summary>
    Resumed,

    /// <summary>Gia hạn: the limit grows by <see cref="CaseEvent.Days"/> days, within the legal bound.</summary>
    Extended,

    /// <summary>The case was found complex: the longer limit of its law applies.</summary>
    MarkedComplex,

    /// <summary>Chuyển xử lý to the competent agency; the original receipt date is kept.</summary>
    Transferred,

    /// <summary>The answer or decision was sent: the clock stops.</summary>
    Answered,

    /// <summary>The case was closed.</summary>
    Closed,

    /// <summary>The filer disputed the answer and the case was reopened: a new resolution period starts.</summary>
    Reopened,

    /// <summary>The case passed its due date and was escalated to the agency's lead.</summary>
    Escalated,

    /// <summary>The case was flagged for Thanh tra thành phố's review queue (task 4.5).</summary>
    FlaggedForReview,

    /// <summary>The case was given to an officer to handle.</summary>
    Assigned,

    /// <summary>Another agency was asked to coordinate (phối hợp).</summary>
    CoordinationRequested,

    /// <summary>A coordinating agency gave its input.</summary>
    CoordinationInputRecorded,

    /// <summary>An officer drafted the answer for the agency lead's approval.</summary>
    AnswerDrafted,

    /// <summary>The agency lead sent the draft back with a reason.</summary>
    AnswerReturned,

    /// <summary>The answer was published, redacted, with the filer's consent.</summary>
    AnswerPublished,

    /// <summary>An inspector of Thanh tra thành phố recorded a finding or directed the lead agency.</summary>
    ReviewFindingRecorded,

    /// <summary>Thanh tra thành phố finished its review; the case leaves the queue.</summary>
    ReviewClosed,

    /// <summary>The filer said whether the answer satisfied them (an <see cref="Ratings.AnswerRating"/> holds the figures).</summary>
    AnswerRated,
}

/// <summary>
/// One entry of a case's history. Append-only: the history is the record the deadlines and the
/// metrics are computed from, so an entry is never changed or removed (the DbContext refuses it).
/// </summary>
public sealed class CaseEvent
{
    public const int NoteMaxLength = 2000;

    private CaseEvent()
    {
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    public CaseEventType Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The staff member who acted; null for the filer or the system.</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>The staff member's name as it was when they acted, so the history reads without a join.</summary>
    public string? ActorName { get; private set; }

    /// <summary>The agency the event concerns: for <see cref="CaseEventType.Routed"/>, the new lead.</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>Why, in words: the rule that routed, the reason given.</summary>
    public string? Note { get; private set; }

    /// <summary>
    /// The agency leading the case when the event happened (for a transfer, the one that passed it on), so the
    /// metrics credit each step to the agency that took it, whatever happened to the case later.
    /// </summary>
    public string? LeadAgencyCode { get; private set; }

    /// <summary>
    /// For <see cref="CaseEventType.Extended"/>: how many days the extension adds. For <see cref="CaseEventType.Answered"/>:
    /// the working days from receipt to the answer.
    /// </summary>
    public int? Days { get; private set; }

    /// <summary>For <see cref="CaseEventType.Answered"/>: the legal due date in force when the answer went out.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Whether the filer sees this entry on the public timeline.</summary>
    public bool IsPublic { get; private set; }

    internal static CaseEvent Create(
        CaseEventType type,
        DateTimeOffset occurredAt,
        string? agencyCode = null,
        string? note = null,
        string? actorUserId = null,
        bool isPublic = true,
        int? days = null,
        string? actorName = null,
        string? leadAgencyCode = null,
        DateOnly? dueOn = null,
        long caseId = 0) =>
        new()
        {
            CaseId = caseId,
            LeadAgencyCode = leadAgencyCode,
            DueOn = dueOn,
            ActorName = actorName,
            Days = days,
            Type = type,
            OccurredAt = occurredAt,
            AgencyCode = agencyCode,
            Note = note,
            ActorUserId = actorUserId,
            IsPublic = isPublic,
        };
}
