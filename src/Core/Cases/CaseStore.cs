using System.Threading.Channels;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Cases;

/// <summary>A new case and the receipt stored with it.</summary>
public sealed record NewCase(FeedbackCase Case, OutboundEmail? Receipt);

/// <summary>
/// Stores a new case with its receipt in one transaction. <paramref name="build"/> makes a fresh case
/// (with a fresh random tracking code) each time it is called, so a code clash is answered by drawing again.
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
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                var code = created.Case.TrackingCode;
                if (!await db.Cases.AsNoTracking().AnyAsync(c => c.TrackingCode == code, cancellationToken))
                {
                    throw;
                }
            }
        }
    }
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
                foreach (var pending in batch)
                {
                    await SaveAloneAsync(pending);
                }
            }
        }
    }

    private async Task<List<NewCase>> SaveBatchAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var created = batch.Select(p => p.Build()).ToList();
        foreach (var (feedbackCase, receipt) in created)
        {
            db.Cases.Add(feedbackCase);
            if (receipt is not null)
            {
                db.OutboundEmails.Add(receipt);
            }
        }

        await db.SaveChangesAsync();
        return created;
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
