using System.Security.Cryptography;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Every hour, invites the filers whose case was answered at least <see cref="RatingOptions.InviteAfterHours"/>
/// ago to rate the answer (task 4.11), once per answer, with a link that needs no code or contact. The stamp
/// and the stored mail are written in one transaction, so a crash neither loses nor repeats an invitation.
/// </summary>
public sealed class InviteToRateAnswersJob(
    FeedbackDbContext db,
    FilerNotifier notifier,
    AnswerRatingLink links,
    ReferenceDataCache referenceData,
    IJobScheduler jobs,
    IOptions<RatingOptions> options,
    TimeProvider time,
    ILogger<InviteToRateAnswersJob> logger)
{
    public const int BatchSize = 200;

    /// <summary>An answer older than this is not worth an invitation (say, after the job server was down for long).</summary>
    public static readonly TimeSpan InvitationsLapseAfter = TimeSpan.FromDays(7);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (from, until) = (now - InvitationsLapseAfter, now.AddHours(-options.Value.InviteAfterHours));
        var window = TimeSpan.FromDays(options.Value.ReopenWindowDays);
        var directory = await referenceData.GetAsync(cancellationToken);
        var invited = 0;
        long afterId = 0;
        while (true)
        {
            // Through IX_Cases_AnsweredAt: the answers of the last week, not every case ever answered.
            var batch = await db.Cases
                .Include(c => c.Events)
                .AsSplitQuery()
                .Where(c => c.AnsweredAt >= from && c.AnsweredAt <= until && c.Id > afterId
                    && (c.Status == CaseStatus.Answered || c.Status == CaseStatus.Closed)
                    && (c.JobMarks.RatingInvitedAt == null || c.JobMarks.RatingInvitedAt < c.AnsweredAt))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var mails = new List<OutboundEmail>();
            foreach (var feedbackCase in batch)
            {
                feedbackCase.JobMarks.MarkInvitedToRate(now);

                // Rated already (from the tracking page): no invitation, but stamped, so it is not looked at again.
                if (!feedbackCase.AwaitsRating || feedbackCase.AnsweredAt is not { } answeredAt)
                {
                    continue;
                }

                var link = AnswerRatingLink.PathFor(links.TokenFor(feedbackCase.Id, answeredAt));
                OutboundEmail? mail;
                try
                {
                    mail = notifier.ComposeRatingInvitation(feedbackCase, directory, link, answeredAt + window, now);
                }
                catch (CryptographicException ex)
                {
                    // A denouncer's sealed address that no key opens (a lost key ring, a damaged row): this one
                    // filer goes uninvited, stamped and logged, and the others are not held up behind it.
                    logger.LogError(ex, "Case {CaseId}: the sealed identity cannot be opened; no invitation to rate the answer", feedbackCase.Id);
                    continue;
                }

                if (mail is not null)
                {
                    db.OutboundEmails.Add(mail);
                    mails.Add(mail);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var mail in mails)
            {
                jobs.EnqueueEmail(mail.Id, logger);
            }

            invited += mails.Count;
            afterId = batch[^1].Id;
            db.ChangeTracker.Clear();
        }

        if (invited > 0)
        {
            logger.LogInformation("Invited {Count} filers to rate the answer to their case", invited);
        }

        return invited;
    }
}
