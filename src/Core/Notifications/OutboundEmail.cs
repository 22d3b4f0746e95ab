namespace DanVan.Feedback.Core.Notifications;

/// <summary>
/// An e-mail as data: written in the same transaction as the change that causes it, sent by a job,
/// stamped when sent. Its Message-Id is fixed here, so a resend after a crash between sending and
/// stamping is recognisable as the same message. Times are stored in UTC.
/// </summary>
public sealed class OutboundEmail
{
    public const int MaxAttemptsBeforeAttention = 8;

    private OutboundEmail()
    {
    }

    public long Id { get; private set; }

    public string MessageId { get; private set; } = "";

    public string Template { get; private set; } = "";

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public long? CaseId { get; private set; }

    /// <summary>The case the mail is about; set when both are stored together, so the key is filled in on save.</summary>
    public Cases.FeedbackCase? Case { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Failed often enough that an administrator should look (it is still retried).</summary>
    public bool NeedsAttention => SentAt is null && NeedsAttentionAfter(Attempts);

    public static bool NeedsAttentionAfter(int failedAttempts) => failedAttempts >= MaxAttemptsBeforeAttention;

    public static OutboundEmail Create(ComposedEmail email, string to, Cases.FeedbackCase? aboutCase, DateTimeOffset now, string messageIdDomain)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        return new OutboundEmail
        {
            MessageId = $"{Guid.NewGuid():N}@{messageIdDomain}",
            Template = email.Template,
            To = to,
            Subject = email.Subject,
            TextBody = email.TextBody,
            HtmlBody = email.HtmlBody,
            Case = aboutCase,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Records a failed attempt and when to try again: 1, 2, 4 … minutes, at most 6 hours apart.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        var minutes = Math.Min(360, Math.Pow(2, Math.Min(Attempts - 1, 10)));
        NextAttemptAt = now.AddMinutes(minutes);
    }
}
