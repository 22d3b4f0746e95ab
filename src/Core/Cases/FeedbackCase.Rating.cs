using DanVan.Feedback.Core.Ratings;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The filer's side of an answer: rating it once, and asking for the case to be looked at again.</summary>
public sealed partial class FeedbackCase
{
    // Leaves room in the history note (CaseEvent.NoteMaxLength) for the words around it.
    public const int RatingReasonMaxLength = 1500;

    /// <summary>The answer the filer may rate now: sent, and not yet rated since it was sent.</summary>
    public bool AwaitsRating => AnswerAwaitsRating(Status, AnsweredAt, _events.Select(e => (e.Type, e.OccurredAt)));

    /// <summary>The rule of <see cref="AwaitsRating"/>, for a page that reads a case's columns and history as a projection.</summary>
    public static bool AnswerAwaitsRating(
        CaseStatus status, DateTimeOffset? answeredAt, IEnumerable<(CaseEventType Type, DateTimeOffset OccurredAt)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return status is CaseStatus.Answered or CaseStatus.Closed
            && answeredAt is { } at
            && !history.Any(e => e.Type == CaseEventType.AnswerRated && e.OccurredAt >= at);
    }

    /// <summary>Whether, at <paramref name="at"/>, the filer may still ask for the answered case to be looked at again.</summary>
    public bool IsWithinReopenWindow(TimeSpan window, DateTimeOffset at) => AnsweredAt is { } answeredAt && at - answeredAt <= window;

    /// <summary>
    /// Records whether the answer satisfied the filer: once per answer, for the answer sent at
    /// <paramref name="answeredAt"/> (an answer replaced since is not the one the filer read). A filer who is not
    /// satisfied says why, so that the agency and Sở Nội vụ's metrics can learn from it.
    /// </summary>
    public AnswerRating RateAnswer(DateTimeOffset answeredAt, bool satisfied, string? reason, DateTimeOffset at)
    {
        RequireInOrder(at);
        if (AnsweredAt != answeredAt || Status is not (CaseStatus.Answered or CaseStatus.Closed))
        {
            throw new CaseRuleException(CaseRule.AnswerNotCurrent);
        }

        if (!AwaitsRating)
        {
            throw new CaseRuleException(CaseRule.AnswerAlreadyRated);
        }

        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!satisfied && trimmed is null)
        {
            throw new CaseRuleException(CaseRule.DissatisfactionReasonMissing);
        }

        if (trimmed is { Length: > RatingReasonMaxLength })
        {
            throw new CaseRuleException(CaseRule.RatingReasonTooLong, RatingReasonMaxLength);
        }

        Append(
            CaseEventType.AnswerRated,
            at,
            actor: null,
            satisfied ? "Người gửi hài lòng với câu trả lời" : $"Người gửi chưa hài lòng với câu trả lời: {trimmed}");
        return new AnswerRating(Id, LeadAgencyCode, answeredAt, satisfied, trimmed, at);
    }

    /// <summary>
    /// The filer disputes the answer and asks for the case to be looked at again, within
    /// <paramref name="window"/> of the answer (RatingOptions.ReopenWindowDays): a new resolution period starts.
    /// </summary>
    public void ReopenAtFilersRequest(string reason, TimeSpan window, DateTimeOffset at)
    {
        RequireReason(reason, StepInput.FilersReopenReason);
        if (AnsweredAt is not null && !IsWithinReopenWindow(window, at))
        {
            throw new CaseRuleException(CaseRule.ReopenWindowPassed, (int)Math.Round(window.TotalDays));
        }

        Reopen($"Người gửi đề nghị xem xét lại: {reason.Trim()}", actor: null, at);
    }
}
