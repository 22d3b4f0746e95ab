using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Portal.Tests;

/// <summary>One Portal on its own SQLite file for a test class.</summary>
public sealed class PortalFixture : IDisposable
{
    public PortalFixture()
    {
        Database = new TestDatabase();
        Clock = new FakeTimeProvider(TestClock.BeforeTet2026);
        Factory = new PortalFactory(Database, Clock);
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
        Factory.Dispose();
        Database.Dispose();
    }
}
