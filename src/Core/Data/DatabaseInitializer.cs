using System.Data;
using System.Globalization;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Data;

/// <summary>
/// Brings the database to the current schema and adds any shipped reference data it lacks. Safe to
/// run from both apps at once and on every start: rows already present (and edited by
/// administrators) are left as they are.
/// </summary>
public sealed class DatabaseInitializer(FeedbackDbContext db, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.MigrateOnStart ?? settings.Provider == DatabaseProvider.Sqlite)
        {
            await RefuseForeignMigrationsAsync(cancellationToken);

            // EF takes a migration lock, so two apps starting on one fresh file do not race.
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets the Portal write while the Backoffice reads; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        try
        {
            await SeedMissingAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The other app seeded the same rows a moment ago; look again with fresh eyes.
            db.ChangeTracker.Clear();
            await SeedMissingAsync(cancellationToken);
        }

        try
        {
            await Answers.PublishedAnswerIndex.BackfillAsync(db, logger, cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The other app is listing them at the same moment; its listing stands.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Until the first release each engine's migrations are squashed into one (ADR 21), so a database made by an
    /// earlier set is not one this build can migrate; say so, instead of failing on "table already exists".
    /// </summary>
    private async Task RefuseForeignMigrationsAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var foreign = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database was made by migrations this build does not have ({string.Join(", ", foreign)}). " +
                "Until the first release the migrations are squashed into one per engine (docs/adr/0021): " +
                "delete the database (for the embedded default, the .data folder) and start again, or generate the bench database anew.");
        }
    }

    private async Task SeedMissingAsync(CancellationToken cancellationToken)
    {
        // Serializable (BEGIN IMMEDIATE on SQLite): an app starting at the same moment waits here
        // and then finds the rows in place, instead of inserting them a second time.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var added = 0;
        added += await AddMissingAsync(db.Localities, SeedData.Localities(), l => l.Code, cancellationToken);
        added += await AddMissingAsync(db.Agencies, SeedData.Agencies(), a => a.Code, cancellationToken);
        added += await AddMissingAsync(db.Topics, SeedData.Topics(), t => t.Code, cancellationToken);
        added += await AddMissingAsync(db.RoutingRules, SeedData.RoutingRules(), r => r.Code, cancellationToken);
        added += await AddMissingAsync(db.DeadlinePolicies, SeedData.DeadlinePolicies(), p => p.Code, cancellationToken);
        added += await AddMissingAsync(db.IndustrialParks, SeedData.IndustrialParks(), p => p.Code, cancellationToken);
        added += await AddMissingAsync(db.CalendarDays, CalendarSeed.AnnouncedDays(), d => d.Date.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} reference rows (localities, agencies, topics, routing rules, deadline policies, industrial parks, calendar)", added);
        }
    }

    private static async Task<int> AddMissingAsync<T>(DbSet<T> set, IReadOnlyList<T> shipped, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet(StringComparer.Ordinal);
        var missing = shipped.Where(row => !existing.Contains(key(row))).ToList();
        set.AddRange(missing);
        return missing.Count;
    }
}
