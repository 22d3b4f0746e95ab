using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Routing;

/// <summary>
/// Keeps a <see cref="ReferenceDirectory"/> in memory so that intake reads no reference data from the
/// database. Reloaded after <see cref="Lifetime"/>, or at once after <see cref="Invalidate"/> when an
/// administrator edits agencies, topics or rules; another app instance sees the edit within the lifetime.
/// </summary>
public sealed class ReferenceDataCache(IServiceScopeFactory scopeFactory, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (ReferenceDirectory Directory, DateTimeOffset LoadedAt)? _current;

    public async ValueTask<ReferenceDirectory> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current && time.GetUtcNow() - current.LoadedAt < Lifetime)
        {
            return current.Directory;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && time.GetUtcNow() - fresh.LoadedAt < Lifetime)
            {
                return fresh.Directory;
            }

            var directory = await LoadAsync(cancellationToken);
            _current = (directory, time.GetUtcNow());
            return directory;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();

    private async Task<ReferenceDirectory> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return new ReferenceDirectory(
            await db.Agencies.AsNoTracking().ToListAsync(cancellationToken),
            await db.Localities.AsNoTracking().ToListAsync(cancellationToken),
            await db.Topics.AsNoTracking().ToListAsync(cancellationToken),
            await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken));
    }
}
