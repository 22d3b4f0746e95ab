using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.TestCommon;

/// <summary>The instant the apps under test believe it is, so deadlines can be checked by hand.</summary>
public static class TestClock
{
    /// <summary>Thursday 12 February 2026, 09:00 in Hải Phòng: the last working day before the 2026 Tết break.</summary>
    public static readonly DateTimeOffset BeforeTet2026 = new(2026, 2, 12, 9, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>
/// The real Portal on a real SQLite file. The type argument is a Portal type, not <c>Program</c>:
/// both apps have a public <c>Program</c>, and a test project that sees both could not tell them apart.
/// </summary>
public sealed class PortalFactory(TestDatabase database, FakeTimeProvider clock) : WebApplicationFactory<Portal.Pages.IndexModel>
{
    public TestDatabase Database { get; } = database;

    public FakeTimeProvider Clock { get; } = clock;

    /// <summary>
    /// Configuration the Portal starts with, changed by a test before its first request. By default no
    /// CAPTCHA and limits no test reaches: tests of those features set their own.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Captcha:Provider"] = "None",
        ["RateLimits:Intake:PermitLimit"] = "100000",
        ["RateLimits:Lookup:PermitLimit"] = "100000",
    };

    /// <summary>The environment the Portal runs in; Development unless a test checks another.</summary>
    public string EnvironmentName { get; set; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Feedback", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Directory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        HangfireTestHosts.Detach();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        HangfireTestHosts.Detach();
        HangfireTestHosts.StopQuietly(() => base.Dispose(disposing));
    }

    public override async ValueTask DisposeAsync()
    {
        HangfireTestHosts.Detach();
        await HangfireTestHosts.StopQuietlyAsync(base.DisposeAsync);
    }
}

/// <summary>The real Backoffice on a real SQLite file, with the development staff accounts seeded.</summary>
public sealed class BackofficeFactory(TestDatabase database, FakeTimeProvider clock) : WebApplicationFactory<Backoffice.Pages.IndexModel>
{
    public const string StaffPassword = "Mat-khau-thu-nghiem-2026";

    /// <summary>The address every request seems to come from (a documentation address, RFC 5737); the test server has none of its own.</summary>
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    public TestDatabase Database { get; } = database;

    public FakeTimeProvider Clock { get; } = clock;

    /// <summary>
    /// Configuration the Backoffice starts with, changed by a test before its first request. No snapshot at start-up by
    /// default: tests check figures by hand from what they file, and a snapshot taken while they file would freeze a
    /// month half-way. StartupSnapshotTests turns it on.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Metrics:SnapshotOnStart"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Feedback", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Directory);
        builder.UseSetting("Seed:StaffPassword", StaffPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        HangfireTestHosts.Detach();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        HangfireTestHosts.Detach();
        HangfireTestHosts.StopQuietly(() => base.Dispose(disposing));
    }

    public override async ValueTask DisposeAsync()
    {
        HangfireTestHosts.Detach();
        await HangfireTestHosts.StopQuietlyAsync(base.DisposeAsync);
    }

    /// <summary>Gives each request the remote address Kestrel would, so the audit log's address can be checked.</summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress ??= ClientAddress;
                return following(context);
            });
            next(app);
        };
    }
}
