namespace DanVan.Feedback.Core.Cases;

public enum CaseEventType
{
    /// <summary>The case was received through a channel.</summary>
    Received,

    /// <summary>The case was routed to its lead agency by a rule (or to the triage desk).</summary>
    Routed,
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

    /// <summary>The agency the event concerns: for <see cref="CaseEventType.Routed"/>, the new lead.</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>Why, in words: the rule that routed, the reason given.</summary>
    public string? Note { get; private set; }

    /// <summary>Whether the filer sees this entry on the public timeline.</summary>
    public bool IsPublic { get; private set; }

    internal static CaseEvent Create(
        CaseEventType type,
        DateTimeOffset occurredAt,
        string? agencyCode = null,
        string? note = null,
        string? actorUserId = null,
        bool isPublic = true) =>
        new()
        {
            Type = type,
            OccurredAt = occurredAt,
            AgencyCode = agencyCode,
            Note = note,
            ActorUserId = actorUserId,
            IsPublic = isPublic,
        };
}
