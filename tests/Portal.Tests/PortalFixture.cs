using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Portal.Tests;

/// <summary>One Portal on its own SQLite file for a test class.</summary>
public class PortalFixture : IDisposable
{
    public PortalFixture()
        : this(_ => { })
    {
    }

    /// <summary>A Portal whose settings (<see cref="PortalFactory.Settings"/>) a test class changes before it starts.</summary>
    protected PortalFixture(Action<PortalFactory> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Database = new TestDatabase();
        Clock = new FakeTimeProvider(TestClock.BeforeTet2026);
        Factory = new PortalFactory(Database, Clock);
        configure(Factory);
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public PortalFactory Factory { get; }

    /// <summary>Runs a query against the same database the Portal writes, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Factory.Dispose();
            Database.Dispose();
        }
    }
}
