using System.Linq.Expressions;
using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.Core.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>A clock that always reads the same instant: the sweep's morning.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>Counts what the jobs would enqueue (one send per e-mail) and touches no Hangfire storage.</summary>
public sealed class NoOpJobScheduler : IJobScheduler
{
    private int _enqueued;

    public int Enqueued => _enqueued;

    public void Enqueue<TJob>(Expression<Func<TJob, Task>> job) => Interlocked.Increment(ref _enqueued);
}

/// <summary>
/// Core's services as the Backoffice registers them (AddFeedbackCore), on one SQLite file, with a
/// fixed clock and a scheduler that enqueues nothing: the same few lines as tests/TestCommon/CoreHost.
/// Used by OverdueSweep (runs the jobs) and by CaseGenerator (migrates, reads the reference data).
/// </summary>
public static class CoreServices
{
    /// <param name="interceptor">For the profile: sees every command EF Core sends.</param>
    public static ServiceProvider Build(string databaseFile, string dataDirectory, DateTimeOffset now, NoOpJobScheduler jobs, IInterceptor? interceptor = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Feedback"] = $"Data Source={databaseFile}",
                ["Database:DataDirectory"] = dataDirectory,
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddFeedbackCore(configuration, dataDirectory)
            .AddSingleton<TimeProvider>(new FixedTimeProvider(now))
            .AddSingleton<IJobScheduler>(jobs);
        if (interceptor is not null)
        {
            services.ConfigureDbContext<SqliteFeedbackDbContext>(o => o.AddInterceptors(interceptor));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Disposes the services and closes the pooled connections, so the file can be copied or deleted.</summary>
    public static async Task ShutDownAsync(ServiceProvider services)
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
