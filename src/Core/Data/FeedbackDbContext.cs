using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Data;

/// <summary>
/// The provider-neutral model. Each engine has its own subclass in <c>Providers/</c> with its own
/// migration set, so the two sets never mix (EF Core "multiple providers" pattern). Staff accounts
/// and data-protection keys live here too, so app instances stay stateless.
/// </summary>
public abstract class FeedbackDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<FeedbackCase> Cases => Set<FeedbackCase>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    /// <summary>Files attached to cases; the files themselves are in the attachment store (ADR 13).</summary>
    public DbSet<Attachments.CaseAttachment> CaseAttachments => Set<Attachments.CaseAttachment>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Locality> Localities => Set<Locality>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    /// <summary>Economic zones and industrial parks, for the business journey (task 4.10).</summary>
    public DbSet<Businesses.IndustrialPark> IndustrialParks => Set<Businesses.IndustrialPark>();

    public DbSet<DeadlinePolicy> DeadlinePolicies => Set<DeadlinePolicy>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<Audit.AuditEntry> AuditLog => Set<Audit.AuditEntry>();

    /// <summary>The announced holiday schedule: days off and swapped working Saturdays, entered by administrators.</summary>
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    /// <summary>Filers' ratings of the answers to their cases (satisfied or not, and why).</summary>
    public DbSet<Ratings.AnswerRating> AnswerRatings => Set<Ratings.AnswerRating>();

    /// <summary>Citizens' satisfaction ratings of public services (task 4.11), anonymous, one per visit.</summary>
    public DbSet<Ratings.ServiceRating> ServiceRatings => Set<Ratings.ServiceRating>();

    /// <summary>Each agency's figures per period, kept nightly so a closed period's history does not shift.</summary>
    public DbSet<Metrics.MetricsSnapshot> MetricsSnapshots => Set<Metrics.MetricsSnapshot>();

    /// <summary>Published answers as the Portal lists them, and the folded words they are found by (ADR 0016).</summary>
    public DbSet<Answers.PublishedAnswer> PublishedAnswers => Set<Answers.PublishedAnswer>();

    public DbSet<Answers.PublishedAnswerTerm> PublishedAnswerTerms => Set<Answers.PublishedAnswerTerm>();

    /// <summary>Scoring rubrics as assessors edit them (ADR 0018).</summary>
    public DbSet<Scoring.StoredRubric> StoredRubrics => Set<Scoring.StoredRubric>();

    /// <summary>Points entered by hand per rubric, period, agency and criterion, with their evidence.</summary>
    public DbSet<Scoring.StoredManualScore> StoredManualScores => Set<Scoring.StoredManualScore>();

    /// <summary>Frozen scoring runs: never changed once saved.</summary>
    public DbSet<Scoring.ScoringRun> ScoringRuns => Set<Scoring.ScoringRun>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseHistoryRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseHistoryRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FeedbackDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as text: the database reads the same to a person as the code does, and new values need no migration.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    // A case's history is its legal record and the source of every deadline and metric, the audit log is the
    // record of who saw and did what, and a scoring run is what a ranking was decided on: all append only.
    private void RefuseHistoryRewrites()
    {
        var rewritten = ChangeTracker.Entries()
            .Any(e => (e.Entity is CaseEvent or Audit.AuditEntry or Scoring.ScoringRun) && e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten)
        {
            throw new InvalidOperationException("Case history, the audit log and scoring runs are append-only: an entry cannot be changed or deleted.");
        }
    }
}
