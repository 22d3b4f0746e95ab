using System.Threading.Channels;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Cases;

/// <summary>A new case and the receipt stored with it.</summary>
public sealed record NewCase(FeedbackCase Case, OutboundEmail? Receipt)
{
    /// <summary>
    /// The form was posted before (the same <see cref="SubmissionKey"/>): nothing was stored now, and
    /// <see cref="Case"/> is the case the first post filed (ADR 0015).
    /// </summary>
    public bool AlreadyFiled { get; init; }

    internal static NewCase Earlier(FeedbackCase earlier) => new(earlier, null) { AlreadyFiled = true };
}

/// <summary>
/// Stores a new case with its receipt in one transaction. <paramref name="build"/> makes a fresh case
/// (with a fresh random tracking code) each time it is called, so a code clash is answered by drawing again.
/// A case whose submission key is already stored is not stored again: the earlier case comes back (ADR 0015).
/// </summary>
public interface ICaseStore
{
    Task<NewCase> SaveNewAsync(Func<NewCase> build, CancellationToken cancellationToken);
}

/// <summary>One transaction per filing, on the request's own DbContext: the store for server engines.</summary>
public sealed class DirectCaseStore(FeedbackDbContext db) : ICaseStore
{
    public Task<NewCase> SaveNewAsync(Func<NewCase> build, CancellationToken cancellationToken) =>
        SaveOneAsync(db, build, cancellationToken);

    /// <summary>Two random codes out of 32^7 colliding is all but impossible; if it happens, draw again rather than fail the filer.</summary>
    internal static async Task<NewCase> SaveOneAsync(FeedbackDbContext db, Func<NewCase> build, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var created = build();
            var key = created.Case.SubmissionKey;
            if (key is not null && await FindFiledAsync(db, key, cancellationToken) is { } earlier)
            {
                return NewCase.Earlier(earlier);
            }

            db.Cases.Add(created.Case);
            if (created.Receipt is not null)
            {
                db.OutboundEmails.Add(created.Receipt);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return created;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();

                // The same form, posted again, won the race to the unique index: its case is the answer.
                if (key is not null && await FindFiledAsync(db, key, cancellationToken) is { } winner)
                {
                    return NewCase.Earlier(winner);
                }

                var code = created.Case.TrackingCode;
                if (attempt >= 3 || !await db.Cases.AsNoTracking().AnyAsync(c => c.TrackingCode == code, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    internal static Task<FeedbackCase?> FindFiledAsync(FeedbackDbContext db, string submissionKey, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.SubmissionKey == submissionKey, cancellationToken);
}

/// <summary>
/// Group commit for the embedded SQLite default. SQLite has one writer and, with synchronous=FULL,
/// one fsync per transaction; a transaction per filing caps intake at a few hundred a second. Here
/// filings wait in a queue and one writer stores all that are waiting in one transaction, so one
/// fsync serves many filers and each still gets its answer only once its case is durable. A batch
/// that fails is stored again case by case, so one filer's problem never becomes another's.
/// </summary>
public sealed class GroupCommitCaseStore : ICaseStore, IAsyncDisposable
{
    public const int MaxBatch = 128;

    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public GroupCommitCaseStore(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _writer = Task.Run(WriteAsync);
    }

    public async Task<NewCase> SaveNewAsync(Func<NewCase> build, CancellationToken cancellationToken)
    {
        var pending = new Pending(build, new TaskCompletionSource<NewCase>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The case store is shutting down.");
        }

        // Not cancellable once queued: the case may already be on its way to the disk.
        return await pending.Stored.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var stored = await SaveBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Stored.SetResult(stored[i]);
                }
            }
            catch (Exception batchFailure) when (batchFailure is not OutOfMemoryException)
            {
                // One by one, in order: a repeated form finds the case its first post stored just before.
                foreach (var pending in batch)
                {
                    await SaveAloneAsync(pending);
                }
            }
        }
    }

    private async Task<NewCase[]> SaveBatchAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var created = batch.Select(p => p.Build()).ToList();

        // A form posted twice may be filed already, or twice in this very batch (ADR 0015): one query per
        // batch, and only when some filing carries a key, finds the first; a repeat in the batch follows
        // the first of its key. Neither is added, so the unique index never fails the batch for them.
        var keys = created.Select(c => c.Case.SubmissionKey).OfType<string>().Distinct().ToList();
        var earlier = keys.Count == 0
            ? []
            : await db.Cases.AsNoTracking().Where(c => keys.Contains(c.SubmissionKey!)).ToDictionaryAsync(c => c.SubmissionKey!);
        var stored = new NewCase[created.Count];
        var firstOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int Index, int First)>();
        var fresh = new List<NewCase>(created.Count);
        for (var i = 0; i < created.Count; i++)
        {
            if (created[i].Case.SubmissionKey is { } key)
            {
                if (earlier.TryGetValue(key, out var filed))
                {
                    stored[i] = NewCase.Earlier(filed);
                    continue;
                }

                if (!firstOfKey.TryAdd(key, i))
                {
                    repeats.Add((i, firstOfKey[key]));
                    continue;
                }
            }

            fresh.Add(created[i]);
            stored[i] = created[i];
        }

        await StoreAsync(db, fresh);
        foreach (var (index, first) in repeats)
        {
            stored[index] = NewCase.Earlier(stored[first].Case);
        }

        return stored;
    }

    // Through statements prepared once for the batch (ADR 25) when the writer knows every part of these cases;
    // through EF's change tracker otherwise.
    private static async Task StoreAsync(FeedbackDbContext db, List<NewCase> fresh)
    {
        var writer = SqliteNewCaseWriter.For(db.Model);
        if (writer.CanWrite(fresh))
        {
            await writer.WriteAsync(db, fresh, CancellationToken.None);
            return;
        }

        foreach (var created in fresh)
        {
            db.Cases.Add(created.Case);
            if (created.Receipt is { } receipt)
            {
                db.OutboundEmails.Add(receipt);
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task SaveAloneAsync(Pending pending)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            pending.Stored.SetResult(await DirectCaseStore.SaveOneAsync(db, pending.Build, CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            pending.Stored.SetException(ex);
        }
    }

    private sealed record Pending(Func<NewCase> Build, TaskCompletionSource<NewCase> Stored);
}
