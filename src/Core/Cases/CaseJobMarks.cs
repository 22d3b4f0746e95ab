namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// What the scheduled jobs have already sent about a case, so each reminder, escalation and invitation goes out once.
/// No staff step reads or sets it; it is kept apart from the case's own state and stored in the Cases table's columns.
/// </summary>
public sealed class CaseJobMarks
{
    /// <summary>The due date the staff were last reminded of, so each due date is reminded once (<c>RemindDueCasesJob</c>).</summary>
    public DateOnly? RemindedForDueOn { get; private set; }

    /// <summary>When the overdue case was escalated to the agency's leads; once per case (<c>EscalateOverdueCasesJob</c>).</summary>
    public DateTimeOffset? OverdueEscalatedAt { get; private set; }

    /// <summary>When the filer was last invited to rate an answer; earlier than the answer means not for this one.</summary>
    public DateTimeOffset? RatingInvitedAt { get; private set; }

    /// <summary>Stamps the invitation to rate the current answer, so the job never sends it twice.</summary>
    public void MarkInvitedToRate(DateTimeOffset at) => RatingInvitedAt = at;
}
