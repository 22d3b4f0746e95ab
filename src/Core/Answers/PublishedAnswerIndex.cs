using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Core.Answers;

/// <summary>Keeps <see cref="PublishedAnswer"/> in step with the cases: staged on the caller's context, saved with its changes.</summary>
public static class PublishedAnswerIndex
{
    private const int BackfillBatch = 500;

    /// <summary>
    /// Stages the listing of the case's published answer: new, corrected, or removed when the case no longer has
    /// one to show. The caller saves it with the case, in one transaction.
    /// </summary>
    public static async Task StageAsync(FeedbackDbContext db, FeedbackCase feedbackCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(feedbackCase);
        var listed = await db.PublishedAnswers.Include(a => a.Terms).SingleOrDefaultAsync(a => a.CaseId == feedbackCase.Id, cancellationToken);
        var showable = feedbackCase.PublishedAnswer is not null && feedbackCase.ConsentsToPublication && feedbackCase.Kind != CaseKind.Denunciation;
        if (!showable)
        {
            if (listed is not null)
            {
                db.PublishedAnswers.Remove(listed);
            }
        }
        else if (listed is null)
        {
            db.PublishedAnswers.Add(PublishedAnswer.For(feedbackCase));
        }
        else
        {
            listed.Republish(feedbackCase);
        }
    }

    /// <summary>
    /// Lists the answers published before this index existed (a database migrated from an older version): runs on
    /// start when nothing is listed yet but some case has a published answer. Oldest first, so ids follow the dates.
    /// </summary>
    public static async Task<int> BackfillAsync(FeedbackDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        // Serializable (BEGIN IMMEDIATE on SQLite): an app starting at the same moment waits, then finds them listed.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        if (await db.PublishedAnswers.AnyAsync(cancellationToken)
            || !await db.Cases.AnyAsync(c => c.PublishedAt != null, cancellationToken))
        {
            return 0;
        }

        var ids = await db.Cases
            .Where(c => c.PublishedAt != null && c.PublishedAnswer != null && c.ConsentsToPublication && c.Kind != CaseKind.Denunciation)
            .OrderBy(c => c.PublishedAt).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(BackfillBatch))
        {
            var cases = await db.Cases.AsNoTracking()
                .Where(c => batch.Contains(c.Id))
                .Select(c => new { c.Id, c.Kind, c.ConsentsToPublication, c.Title, c.PublishedTitle, c.TopicCode, c.LeadAgencyCode, c.LocalityCode, c.PublishedAnswer, c.PublishedAt })
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            db.PublishedAnswers.AddRange(batch.Select(id => cases[id]).Select(c => PublishedAnswer.From(
                c.Id, c.Kind, c.ConsentsToPublication, FeedbackCase.PublicTitleOf(c.PublishedTitle, c.Title), c.TopicCode, c.LeadAgencyCode, c.LocalityCode, c.PublishedAnswer!, c.PublishedAt!.Value)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Listed {Count} published answers for the Portal's search", ids.Count);
        return ids.Count;
    }
}
