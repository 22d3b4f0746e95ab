using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Data;

/// <summary>
/// An immutable snapshot of reference data read from the database, shared by all requests and
/// reloaded after <see cref="Lifetime"/> (or at once after <see cref="Invalidate"/>, when an
/// administrator edits it). Another app instance sees an edit within the lifetime.
/// </summary>
public abstract class CachedSnapshot<T>(IServiceScopeFactory scopeFactory, TimeProvider time) : IDisposable
    where T : class
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (T Value, DateTimeOffset LoadedAt)? _current;

    public async ValueTask<T> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current && time.GetUtcNow() - current.LoadedAt < Lifetime)
        {
            return current.Value;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && time.GetUtcNow() - fresh.LoadedAt < Lifetime)
            {
                return fresh.Value;
            }

            await using var scope = scopeFactory.CreateAsyncScope();
            var value = await LoadAsync(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>(), cancellationToken);
            _current = (value, time.GetUtcNow());
            return value;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose()
    {
        _loading.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<T> LoadAsync(FeedbackDbContext db, CancellationToken cancellationToken);
}
