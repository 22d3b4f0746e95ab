using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DanVan.Feedback.Core.Attachments;

/// <summary>
/// Once a night, removes attachment files no case names. Such a file is left only when the process stopped
/// between writing a filer's files and committing their case (ADR 13); the filer was told nothing was filed.
/// A file younger than <see cref="Grace"/> is left alone: its case may still be on its way to the database.
/// </summary>
public sealed partial class SweepOrphanAttachmentsJob(
    FeedbackDbContext db, AttachmentStore store, TimeProvider time, ILogger<SweepOrphanAttachmentsJob> logger)
{
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    private const int Batch = 500;

    /// <summary>Returns how many files it removed.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var writtenBefore = (time.GetUtcNow() - Grace).UtcDateTime;
        var removed = 0;
        foreach (var batch in store.Files().Where(f => f.WrittenAtUtc < writtenBefore).Select(f => f.StoredName).Chunk(Batch))
        {
            var named = (await db.CaseAttachments.AsNoTracking()
                    .Where(a => batch.Contains(a.StoredName))
                    .Select(a => a.StoredName)
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            var orphans = batch.Where(name => !named.Contains(name)).ToList();
            store.Delete(orphans);
            removed += orphans.Count;
        }

        if (removed > 0)
        {
            LogRemoved(logger, removed);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} attachment files that no case names (left by an interrupted filing)")]
    private static partial void LogRemoved(ILogger logger, int count);
}
