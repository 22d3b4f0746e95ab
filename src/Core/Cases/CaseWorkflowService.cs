using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Core.Cases;

public enum CaseActionOutcome
{
    Done,

    /// <summary>No such case, or not one the member of staff may act on: the same answer, so nothing leaks.</summary>
    NotFound,

    /// <summary>Someone changed the case since the form was shown; nothing was changed.</summary>
    Conflict,

    /// <summary>The case's state or the law does not allow the step; <see cref="CaseActionResult.Refusal"/> says why.</summary>
    Refused,
}

public sealed record CaseActionResult(CaseActionOutcome Outcome, CaseRefusal? Refusal = null)
{
    public static CaseActionResult Done { get; } = new(CaseActionOutcome.Done);
}

/// <summary>A step on a case as a page asks for it: which case, at which version the officer saw it, and what to do.</summary>
public sealed record CaseCommand(
    string TrackingCode,
    int ExpectedVersion,
    CaseAction Action,
    StaffActor Actor,
    Action<FeedbackCase, CaseStepContext> Apply);

/// <summary>What a step may need besides the case: the time, the deadline rules and the directory.</summary>
public sealed record CaseStepContext(DateTimeOffset Now, DeadlineRules Rules, ReferenceDirectory Directory)
{
    public DeadlinePolicy? ResolutionPolicy(CaseKind kind) =>
        Rules.Policies.FirstOrDefault(p => p.Kind == kind && p.Stage == DeadlineStage.Resolution);
}

/// <summary>
/// Runs one workflow step: loads the case, lets the caller's authorization decide, applies the guarded
/// method, refreshes the due date, and stores the new events, the audit entry and the filer's mail in one
/// transaction — or nothing, with a reason.
/// </summary>
public sealed class CaseWorkflowService(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    ReferenceDataCache referenceData,
    FilerNotifier notifier,
    IJobScheduler jobs,
    TimeProvider time,
    ILogger<CaseWorkflowService> logger)
{
    public async Task<CaseActionResult> ExecuteAsync(
        CaseCommand command, Func<CaseAccess, Task<bool>> isAllowed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(isAllowed);
        if (!Cases.TrackingCode.TryParse(command.TrackingCode, out var code))
        {
            return new CaseActionResult(CaseActionOutcome.NotFound);
        }

        var feedbackCase = await db.Cases
            .Include(c => c.Events)
            .Include(c => c.Coordinators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.TrackingCode == code.Value, cancellationToken);
        if (feedbackCase is null || !await isAllowed(AccessOf(feedbackCase)))
        {
            return new CaseActionResult(CaseActionOutcome.NotFound);
        }

        if (feedbackCase.Version != command.ExpectedVersion)
        {
            return new CaseActionResult(CaseActionOutcome.Conflict);
        }

        var now = time.GetUtcNow();
        var rules = await deadlineRules.GetAsync(cancellationToken);
        var directory = await referenceData.GetAsync(cancellationToken);
        try
        {
            command.Apply(feedbackCase, new CaseStepContext(now, rules, directory));
            feedbackCase.RefreshDeadline(rules, now);
        }
        catch (CaseRuleException ex)
        {
            return new CaseActionResult(CaseActionOutcome.Refused, ex.Refusal);
        }
        catch (ArgumentException ex)
        {
            // The calculator refuses a history the law does not allow (an extension beyond its bound): so do we.
            logger.LogWarning(ex, "Step {Action} on {TrackingCode} refused by the deadline calculator", command.Action, feedbackCase.TrackingCode);
            return new CaseActionResult(CaseActionOutcome.Refused, new CaseRefusal(CaseRule.BeyondDeadlineLimits, []));
        }
        if (command.Action == CaseAction.Publish)
        {
            // The Portal's listing and its search words change with the case, in the same transaction (ADR 0016).
            await Answers.PublishedAnswerIndex.StageAsync(db, feedbackCase, cancellationToken);
        }

        db.AuditLog.Add(AuditEntry.By(command.Actor, AuditAction.CaseAction, now, feedbackCase.TrackingCode, command.Action.ToString()));
        var mail = notifier.ComposeFor(command.Action, feedbackCase, directory, now);
        if (mail is not null)
        {
            db.OutboundEmails.Add(mail);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CaseActionResult(CaseActionOutcome.Conflict);
        }

        if (mail is not null)
        {
            jobs.EnqueueEmail(mail.Id, logger);
        }

        return CaseActionResult.Done;
    }

    public static CaseAccess AccessOf(FeedbackCase feedbackCase)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        return new CaseAccess(
            feedbackCase.LeadAgencyCode,
            feedbackCase.Coordinators.Select(c => c.AgencyCode).ToList(),
            feedbackCase.AssignedOfficerId,
            feedbackCase.InReviewQueue,
            feedbackCase.Kind);
    }
}
