using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Mail;

/// <summary>
/// Thư chưa gửi được: every stored e-mail not yet delivered, with its last error, so an outage is
/// seen and not silent. Recipients are masked: a denouncer's address is not the administrator's to read.
/// </summary>
public sealed class IndexModel(FeedbackDbContext db, IJobScheduler jobs, TimeProvider time, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int UnsentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var unsent = db.OutboundEmails.AsNoTracking().Where(e => e.SentAt == null);
        UnsentCount = await unsent.CountAsync(cancellationToken);
        Rows = (await unsent
                .OrderByDescending(e => e.Attempts).ThenBy(e => e.Id)
                .Take(PageSize)
                .Select(e => new { e.Id, e.Template, e.To, e.Subject, e.CreatedAt, e.Attempts, e.NextAttemptAt, e.LastError })
                .ToListAsync(cancellationToken))
            .Select(e => new Row(e.Id, e.Template, MaskAddress(e.To), e.CreatedAt, e.Attempts, e.NextAttemptAt, e.LastError,
                OutboundEmail.NeedsAttentionAfter(e.Attempts)))
            .ToList();
    }

    /// <summary>Sends one message now instead of waiting for its back-off.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = await db.OutboundEmails
            .Where(e => e.Id == id && e.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAt, now), cancellationToken);
        if (updated == 0)
        {
            return NotFound();
        }

        jobs.EnqueueEmail(id, logger);
        return RedirectToPage();
    }

    /// <summary>"nguyen.van.a@example.vn" → "ng…@example.vn".</summary>
    public static string MaskAddress(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "…" : $"{address[..Math.Min(2, at)]}…{address[at..]}";
    }

    public sealed record Row(long Id, string Template, string MaskedTo, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, bool NeedsAttention);
}
