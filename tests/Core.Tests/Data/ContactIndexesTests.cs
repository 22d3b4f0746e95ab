using System.Data.Common;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.TestCommon;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Tests.Data;

/// <summary>
/// The review rules run on every filing, so each of their queries must be one index seek however many cases are
/// stored (issue 17). The contact indexes are written by hand at the end of each InitialCreate (ADR 21). These tests
/// run the rules on a migrated file, record the SQL they send, and ask SQLite how it runs each statement, so a
/// regenerated migration that lost an index, or a rule whose query no longer fits its index, fails here.
/// </summary>
public sealed class ContactIndexesTests
{
    [Fact]
    public async Task ReviewRules_OnAMigratedDatabase_ReadEachQueryFromOneIndexAloneWithoutASort()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var directory = await host.Services.GetRequiredService<ReferenceDataCache>().GetAsync();
        var intake = CoreHost.Intake("tran.binh@example.vn") with { Phone = "0912 345 678" };
        var recorder = new CommandRecorder();
        await using var db = new SqliteFeedbackDbContext(new DbContextOptionsBuilder<SqliteFeedbackDbContext>()
            .UseSqlite(host.Database.ConnectionString)
            .AddInterceptors(recorder)
            .Options);

        // Act
        await new IntakeReviewRules(db, Options.Create(new ReviewOptions())).AssessAsync(intake, directory, host.Clock.GetUtcNow(), CancellationToken.None);
        var plans = new List<string>();
        foreach (var command in recorder.Commands)
        {
            plans.Add(await PlanOfAsync(host.Database.ConnectionString, command));
        }

        // Assert
        Assert.Equal(3, plans.Count);
        Assert.Contains(plans, plan => plan.Contains("COVERING INDEX IX_Cases_TopicCode_LocalityCode_ReceivedAt", StringComparison.Ordinal));
        Assert.Contains(plans, plan => plan.Contains($"COVERING INDEX {ContactIndexes.ByPhone}", StringComparison.Ordinal));
        Assert.Contains(plans, plan => plan.Contains($"COVERING INDEX {ContactIndexes.ByEmail}", StringComparison.Ordinal));
        Assert.All(plans, plan => Assert.False(
            plan.Contains("TEMP B-TREE", StringComparison.Ordinal) || ScansATable(plan),
            $"A review rule's query must be one seek in its index's order, no scan of a table and no sort; SQLite's plan: {plan}"));
    }

    // "SCAN c0" of the count's own subquery (a CO-ROUTINE of at most a few rows) is fine; a scan of anything else is not.
    private static bool ScansATable(string plan)
    {
        var lines = plan.Split(" | ");
        var coroutines = lines.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(l => l["CO-ROUTINE ".Length..]).ToHashSet();
        return lines.Any(l => l.StartsWith("SCAN ", StringComparison.Ordinal) && !coroutines.Contains(l["SCAN ".Length..]));
    }

    private static async Task<string> PlanOfAsync(string connectionString, RecordedCommand recorded)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + recorded.Text;
        foreach (var (name, value) in recorded.Parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join(" | ", lines);
    }

    private sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object Value)> Parameters);

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<RecordedCommand> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(new RecordedCommand(
                command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
