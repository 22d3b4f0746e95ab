using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Content;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database on the configured provider and the services both apps share.
    /// <paramref name="contentRootPath"/> anchors a relative data directory.
    /// </summary>
    public static IServiceCollection AddFeedbackCore(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var options = DatabaseOptions.From(configuration);
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is SqlServer but ConnectionStrings:Feedback is not set.");
                }

                services.AddDbContextPool<FeedbackDbContext, SqlServerFeedbackDbContext>(o => o.UseSqlServer(connectionString));
                services.AddScoped<ICaseStore, DirectCaseStore>();
                break;
            default:
                connectionString ??= DefaultSqliteConnectionString(options, contentRootPath);
                // One set of settings for every connection to the file, EF's and those a site opens itself (the look-up).
                var connectionSetup = new SqliteConnectionSetup(options.SqliteMemoryMap);
                services.AddSingleton(connectionSetup);
                services.AddDbContextPool<FeedbackDbContext, SqliteFeedbackDbContext>(
                    o => o.UseSqlite(connectionString).AddInterceptors(connectionSetup));

                // SQLite has one writer: filings are stored in group commits (ADR 6).
                services.AddSingleton<GroupCommitCaseStore>();
                services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<GroupCommitCaseStore>());
                break;
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReferenceDataCache>();
        services.AddSingleton<DeadlineRulesCache>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<EmailComposer>();
        services.AddScoped<CaseService>();
        services.AddScoped<CaseWorkflowService>();
        services.AddScoped<Answers.PublishedAnswerSearch>();
        services.AddSingleton<FilerReplyToken>();
        services.AddScoped<FilerReplyService>();
        services.AddScoped<IntakeReviewRules>();
        services.AddScoped<Metrics.AgencyMetricsService>();
        services.AddScoped<Metrics.MetricCaseList>();
        services.AddScoped<Scoring.Export.ScoringDrillDowns>();
        services.AddOptions<Scoring.Export.CchcComponentOptions>()
            .Bind(configuration.GetSection(Scoring.Export.CchcComponentOptions.SectionName))
            .Validate(Scoring.Export.CchcComponentOptions.IsValid, "Scoring: CchcComponentMaxPoints must be above 0 and at most 1000.")
            .ValidateOnStart();
        services.AddScoped<Scoring.RubricService>();
        services.AddScoped<Scoring.ScoringRunService>();
        services.AddScoped<Metrics.MonthlyTrend>();
        services.AddSingleton<IdentitySealer>();
        services.AddSingleton(sp => new Attachments.AttachmentStore(
            AttachmentDirectory(configuration, options, contentRootPath),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Attachments.AttachmentStore>>()));
        services.AddSingleton<FilerNotifier>();
        services.AddSingleton<Ratings.AnswerRatingLink>();
        services.AddScoped<Ratings.AnswerRatingService>();
        services.AddSingleton<Ratings.ServiceRatingVisit>();
        services.AddScoped<Ratings.ServiceRatingService>();
        services.AddOptions<Ratings.RatingOptions>()
            .Bind(configuration.GetSection(Ratings.RatingOptions.SectionName))
            .Validate(Ratings.RatingOptions.IsValid, "Ratings: InviteAfterHours must be 0–720, LinkLifetimeDays 1–365, ReopenWindowDays 0–365 and VisitLifetimeHours 1–168.")
            .ValidateOnStart();
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.SectionName));

        // One key ring and one application name for both apps: the Portal seals a denouncer's identity and
        // the Backoffice opens it; purposes keep cookies, tokens and identities apart.
        services.AddDataProtection()
            .SetApplicationName("DanVan.Feedback")
            .PersistKeysToDbContext<FeedbackDbContext>();
        services.AddFeedbackJobs(configuration, contentRootPath);
        return services;
    }

    public static string ResolveDataDirectory(DatabaseOptions options, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetFullPath(Path.Combine(contentRootPath, options.DataDirectory));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// <c>Attachments:Directory</c>, or <c>attachments</c> in the data directory: outside the web root. Several app
    /// instances must point it at one shared folder.
    /// </summary>
    private static string AttachmentDirectory(IConfiguration configuration, DatabaseOptions options, string contentRootPath) =>
        configuration["Attachments:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(Path.Combine(contentRootPath, configured))
            : Path.Combine(ResolveDataDirectory(options, contentRootPath), "attachments");

    private static string DefaultSqliteConnectionString(DatabaseOptions options, string contentRootPath) =>
        $"Data Source={Path.Combine(ResolveDataDirectory(options, contentRootPath), DatabaseOptions.DefaultFileName)}";
}

public static class DatabaseStartupExtensions
{
    /// <summary>Migrates (where configured) and seeds the database before the app takes requests.</summary>
    public static async Task InitializeFeedbackDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }
}
