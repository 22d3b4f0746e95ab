using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Ratings;

public enum AnswerRatingOutcome
{
    Recorded,

    /// <summary>The link is forged, damaged or expired, or its case is gone: one answer, so nothing leaks.</summary>
    NotFound,

    /// <summary>The case's state refuses it (already rated, a newer answer, past the window); <see cref="AnswerRatingResult.Refusal"/> says why.</summary>
    Refused,

    /// <summary>The case changed while the filer was writing; nothing was stored.</summary>
    Conflict,
}

public sealed record AnswerRatingResult(AnswerRatingOutcome Outcome, CaseRefusal? Refusal = null, bool Reopened = false, DateOnly? NewDueOn = null);

/// <summary>What the filer sees before rating: the case and whether they may still ask for it to be looked at again.</summary>
public sealed record AnswerToRate(
    string Code,
    string Title,
    string LeadAgencyCode,
    DateTimeOffset AnsweredAt,
    string AnswerMarkdown,
    bool AwaitsRating,
    bool MayReopen,
    DateTimeOffset ReopenUntil);

/// <summary>
/// The filer's rating of an answer, reached through an <see cref="AnswerRatingLink"/>: stored with its history
/// event in one transaction and, when the filer is not satisfied and asks for it within the window, the case
/// reopened with a new resolution period.
/// </summary>
public sealed class AnswerRatingService(
    FeedbackDbContext db,
    AnswerRatingLink links,
    DeadlineRulesCache deadlineRules,
    IOptions<RatingOptions> options,
    TimeProvider time)
{
    private TimeSpan ReopenWindow => TimeSpan.FromDays(options.Value.ReopenWindowDays);

    public async Task<AnswerToRate?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        var feedbackCase = await LoadAsync(token, cancellationToken);
        if (feedbackCase is not { AnsweredAt: { } answeredAt, AnswerText: { } answer })
        {
            return null;
        }

        var reopenUntil = answeredAt + ReopenWindow;
        return new AnswerToRate(
            feedbackCase.Code.ToString(),
            feedbackCase.Title,
            feedbackCase.LeadAgencyCode,
            answeredAt,
            answer,
            feedbackCase.AwaitsRating,
            feedbackCase.AwaitsRating && feedbackCase.IsWithinReopenWindow(ReopenWindow, time.GetUtcNow()),
            reopenUntil);
    }

    public async Task<AnswerRatingResult> RateAsync(
        string? token, bool satisfied, string? reason, bool reopen, CancellationToken cancellationToken = default)
    {
        var feedbackCase = await LoadAsync(token, cancellationToken);
        if (feedbackCase?.AnsweredAt is not { } answeredAt)
        {
            return new AnswerRatingResult(AnswerRatingOutcome.NotFound);
        }

        var now = time.GetUtcNow();
        try
        {
            db.AnswerRatings.Add(feedbackCase.RateAnswer(answeredAt, satisfied, reason, now));
            if (reopen && !satisfied)
            {
                feedbackCase.ReopenAtFilersRequest(reason!, ReopenWindow, now);
                var rules = await deadlineRules.GetAsync(cancellationToken);
                feedbackCase.RefreshDeadline(rules, now);
            }
        }
        catch (CaseRuleException ex)
        {
            return new AnswerRatingResult(AnswerRatingOutcome.Refused, ex.Refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AnswerRatingResult(AnswerRatingOutcome.Conflict);
        }

        var reopened = feedbackCase.Status == CaseStatus.Accepted;
        return new AnswerRatingResult(AnswerRatingOutcome.Recorded, Reopened: reopened, NewDueOn: reopened ? feedbackCase.DueOn : null);
    }

    // The link names the answer it was made for: once the case is answered again, it rates nothing.
    private async Task<FeedbackCase?> LoadAsync(string? token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } target)
        {
            return null;
        }

        var feedbackCase = await db.Cases
            .Include(c => c.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == target.CaseId, cancellationToken);
        return feedbackCase?.AnsweredAt == target.AnsweredAt ? feedbackCase : null;
    }
}
