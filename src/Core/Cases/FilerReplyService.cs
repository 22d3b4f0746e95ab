using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Cases;

public enum FilerReplyOutcome
{
    Recorded,

    /// <summary>The token is forged, damaged or expired, or its case is gone: the filer looks the case up again.</summary>
    NotFound,

    /// <summary>The case no longer waits for an answer to this request (answered already, or the agency moved on).</summary>
    NotWaiting,

    /// <summary>The case changed while the filer was writing; nothing was stored.</summary>
    Conflict,

    /// <summary>The reply itself is refused (empty, too long); <see cref="FilerReplyResult.Refusal"/> says why.</summary>
    Refused,
}

public sealed record FilerReplyResult(
    FilerReplyOutcome Outcome, string? Code = null, CaseStatus? Status = null, DateOnly? DueOn = null, CaseRefusal? Refusal = null);

/// <summary>What the filer was asked for, shown above the reply form, and whether the case still waits for the answer.</summary>
public sealed record PendingRequest(string Code, string Title, DateTimeOffset RequestedAt, string WhatIsNeeded, bool IsWaiting);

/// <summary>
/// The filer's reply to a request for information, sent from the tracking page with a <see cref="FilerReplyToken"/>:
/// recorded on the case, the clock resumed and the due date refreshed, with an audit entry, in one transaction.
/// </summary>
public sealed class FilerReplyService(FeedbackDbContext db, FilerReplyToken tokens, DeadlineRulesCache deadlineRules, TimeProvider time)
{
    /// <summary>Who the audit log names for a step the filer took on the Portal; never the filer's name (a denouncer's is sealed).</summary>
    public const string AuditActorName = "Người gửi (Cổng thông tin)";

    /// <summary>The request the token was issued for, or null when the token is forged, damaged or expired.</summary>
    public async Task<PendingRequest?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (feedbackCase, target) = await LoadAsync(token, cancellationToken);
        var request = feedbackCase?.Events.FirstOrDefault(e =>
            e.Type == CaseEventType.InformationRequested && e.OccurredAt.UtcTicks == target!.RequestedAt.UtcTicks);
        return request is null
            ? null
            : new PendingRequest(
                feedbackCase!.Code.ToString(), feedbackCase.Title, request.OccurredAt, request.Note ?? "", RequestAnswered(feedbackCase, target!) is not null);
    }

    public async Task<FilerReplyResult> ReplyAsync(string? token, string reply, CancellationToken cancellationToken = default)
    {
        var (feedbackCase, target) = await LoadAsync(token, cancellationToken);
        if (feedbackCase is null)
        {
            return new FilerReplyResult(FilerReplyOutcome.NotFound);
        }

        // A token answers one request: once it is answered, or the agency asks something else, it records nothing.
        if (RequestAnswered(feedbackCase, target!) is null)
        {
            return new FilerReplyResult(FilerReplyOutcome.NotWaiting, feedbackCase.Code.ToString(), feedbackCase.Status);
        }

        var now = time.GetUtcNow();
        try
        {
            feedbackCase.RecordFilersReply(reply, now);
        }
        catch (CaseRuleException ex)
        {
            return new FilerReplyResult(FilerReplyOutcome.Refused, feedbackCase.Code.ToString(), feedbackCase.Status, Refusal: ex.Refusal);
        }

        var rules = await deadlineRules.GetAsync(cancellationToken);
        feedbackCase.RefreshDeadline(rules, now);
        db.AuditLog.Add(AuditEntry.Create(
            AuditAction.CaseAction, now, AuditActorName, subject: feedbackCase.TrackingCode,
            detail: $"{CaseAction.RecordInformation}: người gửi bổ sung thông tin trên trang tra cứu"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FilerReplyResult(FilerReplyOutcome.Conflict, feedbackCase.Code.ToString());
        }

        return new FilerReplyResult(FilerReplyOutcome.Recorded, feedbackCase.Code.ToString(), feedbackCase.Status, feedbackCase.DueOn);
    }

    private static CaseEvent? RequestAnswered(FeedbackCase feedbackCase, FilerReplyToken.Target target) =>
        feedbackCase.PendingInformationRequest() is { } request && request.OccurredAt.UtcTicks == target.RequestedAt.UtcTicks ? request : null;

    private async Task<(FeedbackCase? Case, FilerReplyToken.Target? Target)> LoadAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return (null, null);
        }

        var feedbackCase = await db.Cases
            .Include(c => c.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == target.CaseId, cancellationToken);
        return (feedbackCase, target);
    }
}
