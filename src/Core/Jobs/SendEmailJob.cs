using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>
/// Sends one stored e-mail and stamps it. Safe to run twice and from two servers at once: it first
/// claims the row with a conditional update, so only one sender holds it; a sent row is never sent again.
/// </summary>
public sealed class SendEmailJob(FeedbackDbContext db, IEmailSender sender, TimeProvider time, ILogger<SendEmailJob> logger)
{
    /// <summary>How long a claim holds: a sender that dies mid-send frees the row for the sweep after this.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    public async Task ExecuteAsync(long emailId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimedUntil = now + ClaimLifetime;
        var claimed = await db.OutboundEmails
            .Where(e => e.Id == emailId && e.SentAt == null && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAt, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return; // sent already, not due, or another sender has it
        }

        var email = await db.OutboundEmails.SingleAsync(e => e.Id == emailId, cancellationToken);
        try
        {
            await sender.SendAsync(email, cancellationToken);
            email.MarkSent(time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            email.MarkFailed($"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow());
            logger.LogWarning(ex, "E-mail {EmailId} to the filer of case {CaseId} failed (attempt {Attempts}); retrying at {NextAttemptAt}",
                email.Id, email.CaseId, email.Attempts, email.NextAttemptAt);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Sends every stored e-mail that is due: new ones whose job was lost, and failed ones whose back-off has passed.</summary>
public sealed class SweepUnsentEmailJob(FeedbackDbContext db, SendEmailJob sendEmail, TimeProvider time)
{
    public const int BatchSize = 200;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.OutboundEmails.AsNoTracking()
            .Where(e => e.SentAt == null && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await sendEmail.ExecuteAsync(id, cancellationToken);
            db.ChangeTracker.Clear();
        }

        return due.Count;
    }
}
