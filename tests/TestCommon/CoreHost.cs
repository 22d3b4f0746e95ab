using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// Core's services as an app registers them, on a real SQLite file, with a clock the test moves and
/// a job scheduler the test drives. For service and job tests that need no web host.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    private CoreHost(TestDatabase database, ServiceProvider services, FakeTimeProvider clock, RecordingJobScheduler jobs)
    {
        Database = database;
        Services = services;
        Clock = clock;
        Jobs = jobs;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingJobScheduler Jobs { get; }

    /// <param name="smtpPort">An SMTP server on 127.0.0.1; null sends to the pickup folder.</param>
    /// <param name="wrapSender">Wraps the configured sender, e.g. to play a crash.</param>
    public static async Task<CoreHost> StartAsync(int? smtpPort = null, Func<IEmailSender, IEmailSender>? wrapSender = null)
    {
        var database = new TestDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Feedback"] = database.ConnectionString,
            ["Database:DataDirectory"] = database.Directory,
        };
        if (smtpPort is { } port)
        {
            settings["Email:Smtp:Host"] = "127.0.0.1";
            settings["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Email:Smtp:Security"] = "None";
            settings["Email:Smtp:Timeout"] = "00:00:05";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(TestClock.BeforeTet2026);
        var jobs = new RecordingJobScheduler();
        var services = new ServiceCollection()
            .AddLogging()
            .AddFeedbackCore(configuration, database.Directory)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IJobScheduler>(jobs);
        if (wrapSender is not null)
        {
            var configured = services.Last(d => d.ServiceType == typeof(IEmailSender));
            services.Remove(configured);
            services.AddSingleton(sp => wrapSender(configured.ImplementationFactory is { } factory
                ? (IEmailSender)factory(sp)
                : (IEmailSender)ActivatorUtilities.CreateInstance(sp, configured.ImplementationType!)));
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.InitializeFeedbackDatabaseAsync();
        return new CoreHost(database, provider, clock, jobs);
    }

    public async Task<FiledCase> FileAsync(CaseIntake intake)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(intake);
    }

    /// <summary>Runs a job as the Hangfire server would: resolved in a scope of its own.</summary>
    public async Task RunAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public async Task<T> QueryAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Database.Dispose();
    }

    public static CaseIntake Intake(string email, string title = "Đèn đường ngõ 45 phố Lạch Tray không sáng") => new()
    {
        Kind = CaseKind.Feedback,
        Channel = CaseChannel.Web,
        TopicCode = "ha-tang-dia-phuong",
        LocalityCode = TestData.HongBang,
        Title = title,
        Description = "Cả ngõ 45 tối om từ đầu tháng, người già và trẻ em đi lại rất khó khăn vào buổi tối.",
        FilerType = FilerType.Person,
        FilerName = "Trần Văn Bình",
        Email = email,
    };
}
