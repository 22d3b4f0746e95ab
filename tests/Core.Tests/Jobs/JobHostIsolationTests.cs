using DanVan.Feedback.Core.Jobs;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Jobs;

/// <summary>
/// Two hosts in one process (the Portal and Backoffice under test, or side by side) must each keep their own
/// job storage and activator. Hangfire's defaults are process-wide: a host that read them while another was
/// starting would queue into, or run jobs against, the other host's database.
/// </summary>
public sealed class JobHostIsolationTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("danvan-jobs-").FullName;

    [Fact]
    public void TwoHostsStartingTogether_EachRunsJobsAgainstItsOwnStorageAndServices()
    {
        // Arrange: two hosts, each with its own data folder and a service that says which host it is.
        using var first = BuildHost("first");
        using var second = BuildHost("second");

        // Act: both configure Hangfire before either reads its storage, as when two test classes start at once.
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();
        var firstStorage = first.GetRequiredService<JobStorage>();
        using var firstScope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);

        // Assert
        Assert.NotSame(second.GetRequiredService<JobStorage>(), firstStorage);
        Assert.IsType<SQLiteStorage>(firstStorage);
        Assert.Equal("first", ((HostName)firstScope.Resolve(typeof(HostName))).Value);
    }

    private ServiceProvider BuildHost(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(new HostName(name));
        services.AddFeedbackJobs(configuration, directory);
        return services.BuildServiceProvider();
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private sealed record HostName(string Value);
}
