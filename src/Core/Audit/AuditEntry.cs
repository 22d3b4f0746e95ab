using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Audit;

/// <summary>What an audit entry records. Stored as text, so the log reads the same in the database.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    TwoFactorEnabled,

    /// <summary>A case page with the filer's personal data was opened.</summary>
    CaseViewed,

    /// <summary>A denouncer's identity was revealed, with the reason given.</summary>
    IdentityRevealed,

    /// <summary>A workflow step was taken on a case (the detail names it).</summary>
    CaseAction,

    /// <summary>A file attached to a case was downloaded (the detail names it).</summary>
    AttachmentDownloaded,

    /// <summary>A case was entered by an officer from a channel other than the Portal.</summary>
    CaseRecorded,

    /// <summary>A rule changed: calendar, deadline policy, routing rule, topic, agency.</summary>
    RuleChanged,

    /// <summary>A staff account was created or changed.</summary>
    UserChanged,

    /// <summary>A scoring rubric or a manual score was created or changed (issue 6).</summary>
    ScoringChanged,

    /// <summary>A scoring run was frozen (issue 6).</summary>
    ScoringRun,
}

/// <summary>
/// One line of the audit log (issue 4): who did what to which subject, when, and from where. Append-only:
/// the DbContext refuses to change or delete an entry.
/// </summary>
public sealed class AuditEntry
{
    public const int SubjectMaxLength = 100;
    public const int DetailMaxLength = 2000;

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The staff member; null for a failed sign-in by an unknown name.</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>The user name as typed or as known, so the log reads without a join.</summary>
    public string ActorName { get; private set; } = "";

    public string? ActorAgencyCode { get; private set; }

    /// <summary>What was acted on: a tracking code, a user name, a rule's code.</summary>
    public string? Subject { get; private set; }

    public string? Detail { get; private set; }

    public string? IpAddress { get; private set; }

    public static AuditEntry Create(
        AuditAction action,
        DateTimeOffset at,
        string actorName,
        string? actorUserId = null,
        string? actorAgencyCode = null,
        string? subject = null,
        string? detail = null,
        string? ipAddress = null) =>
        new()
        {
            Action = action,
            OccurredAt = at,
            ActorName = Truncate(actorName, 256) ?? "",
            ActorUserId = actorUserId,
            ActorAgencyCode = actorAgencyCode,
            Subject = Truncate(subject, SubjectMaxLength),
            Detail = Truncate(detail, DetailMaxLength),
            IpAddress = Truncate(ipAddress, 64),
        };

    /// <summary>A staff member's act, with their name, account and agency.</summary>
    public static AuditEntry By(StaffActor actor, AuditAction action, DateTimeOffset at, string? subject, string? detail)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Create(action, at, actor.FullName, actor.UserId, actor.AgencyCode, subject, detail);
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
