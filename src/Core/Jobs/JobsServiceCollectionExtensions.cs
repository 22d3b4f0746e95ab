using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Notifications;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on the configured engine (a SQLite file beside the database by default; SQL Server
    /// otherwise) and the mail pipeline. Both apps enqueue; only the Backoffice runs a server.
    /// </summary>
    public static IServiceCollection AddFeedbackJobs(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var database = DatabaseOptions.From(configuration);
        var dataDirectory = CoreServiceCollectionExtensions.ResolveDataDirectory(database, contentRootPath);

        // This host's own storage and activator, registered before AddHangfire so its process-wide defaults
        // (JobStorage.Current, JobActivator.Current) are not used: with two hosts in one process (the tests,
        // or a Portal and Backoffice side by side) the last one configured would otherwise take both, and a
        // job would run against the other host's database.
        services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            // A file of its own: Hangfire's table names (Job, State, …) must not meet ours, and it is cleaned apart.
            : new SQLiteStorage(Path.Combine(dataDirectory, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        services.AddScoped<SendEmailJob>();
        services.AddScoped<SweepUnsentEmailJob>();
        services.AddScoped<EscalateOverdueCasesJob>();
        services.AddScoped<RefreshDeadlinesJob>();
        services.AddScoped<RemindDueCasesJob>();
        services.AddScoped<InviteToRateAnswersJob>();
        services.AddScoped<Metrics.SnapshotMetricsJob>();
        services.AddScoped<Attachments.SweepOrphanAttachmentsJob>();
        services.AddScoped<StaffDigestMailer>();
        services.AddOptions<Deadlines.DeadlineOptions>().Bind(configuration.GetSection(Deadlines.DeadlineOptions.SectionName));

        var email = configuration.GetSection(EmailOptions.SectionName);
        services.AddOptions<EmailOptions>().Bind(email);
        var settings = email.Get<EmailOptions>() ?? new EmailOptions();
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var pickup = Path.Combine(dataDirectory, settings.PickupDirectory);
            services.AddSingleton<IEmailSender>(sp => new PickupFolderEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>(), pickup));
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return services;
    }
}

/// <summary>The recurring jobs, registered by the app that hosts the Hangfire server.</summary>
public static class RecurringJobs
{
    private static TimeZoneInfo VietnamTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "UTC+07", "UTC+07");

    public const string SweepUnsentEmail = "sweep-unsent-email";
    public const string EscalateOverdueCases = "escalate-overdue-cases";
    public const string RefreshDeadlines = "refresh-deadlines";
    public const string RemindDueCases = "remind-due-cases";
    public const string InviteToRateAnswers = "invite-to-rate-answers";
    public const string SnapshotMetrics = "snapshot-metrics";
    public const string SweepOrphanAttachments = "sweep-orphan-attachments";

    public static void Register(IRecurringJobManager jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        jobs.AddOrUpdate<SweepUnsentEmailJob>(SweepUnsentEmail, job => job.ExecuteAsync(CancellationToken.None), Cron.Minutely());

        // After midnight in Hải Phòng paused clocks move on a day; then, before staff arrive, the overdue sweep.
        jobs.AddOrUpdate<RefreshDeadlinesJob>(
            RefreshDeadlines,
            job => job.ExecuteAsync(CancellationToken.None),
            "5 0 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        jobs.AddOrUpdate<EscalateOverdueCasesJob>(
            EscalateOverdueCases,
            job => job.ExecuteAsync(CancellationToken.None),
            "30 6 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        jobs.AddOrUpdate<RemindDueCasesJob>(
            RemindDueCases,
            job => job.ExecuteAsync(CancellationToken.None),
            "45 6 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });

        // After the deadline refresh, the figures of the periods that include yesterday, kept for history.
        jobs.AddOrUpdate<Metrics.SnapshotMetricsJob>(
            SnapshotMetrics,
            job => job.ExecuteAsync(CancellationToken.None),
            "15 0 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });

        // In the quiet of the night, files left by a filing the process never finished (ADR 13).
        jobs.AddOrUpdate<Attachments.SweepOrphanAttachmentsJob>(
            SweepOrphanAttachments,
            job => job.ExecuteAsync(CancellationToken.None),
            "40 3 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });

        // Every hour, the answers sent a day ago (RatingOptions.InviteAfterHours): the filer has read the answer by then.
        jobs.AddOrUpdate<InviteToRateAnswersJob>(InviteToRateAnswers, job => job.ExecuteAsync(CancellationToken.None), Cron.Hourly(20));
    }

    /// <summary>
    /// A fresh install has no snapshot, so the public figures page (/so-lieu) would stay empty until the first night:
    /// when none exists, the nightly snapshot is queued once now. Only queued: the host does not wait for it.
    /// </summary>
    public static async Task EnqueueFirstSnapshotAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        if (!await db.MetricsSnapshots.AnyAsync(cancellationToken))
        {
            scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<Metrics.SnapshotMetricsJob>(job => job.ExecuteAsync(CancellationToken.None));
        }
    }
}
