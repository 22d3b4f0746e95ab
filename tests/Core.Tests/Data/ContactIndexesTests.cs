using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Tests.Data;

/// <summary>
/// The repeat-filer rule runs on every filing, so it must be one index seek however many cases a contact has filed
/// (issue 17). Its indexes are written by hand at the end of each InitialCreate (ADR 21); these tests ask SQLite
/// how it runs the rule's own query on a migrated file, so a regenerated migration that lost them fails here.
/// </summary>
public sealed class ContactIndexesTests
{
    [Theory]
    [InlineData("phone", ContactIndexes.ByPhone)]
    [InlineData("email", ContactIndexes.ByEmail)]
    public async Task RepeatFilerQuery_OnAMigratedDatabase_IsOneSeekOnTheContactIndexAlone(string contact, string index)
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var since = host.Clock.GetUtcNow().AddDays(-365);

        // Act
        var plan = await host.QueryAsync(async db =>
        {
            var query = contact == "phone"
                ? IntakeReviewRules.FirstFilingQuery(db, c => c.Filer.Phone == "0912345678", "ha-tang-dia-phuong", since)
                : IntakeReviewRules.FirstFilingQuery(db, c => c.Filer.Email == "tran.binh@example.vn", "ha-tang-dia-phuong", since);
            await using var command = query.Take(1).CreateDbCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }

            return string.Join(" | ", lines);
        });

        // Assert
        Assert.True(
            plan.Contains($"COVERING INDEX {index}", StringComparison.Ordinal) && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal),
            $"The first filing by {contact} on a topic must be read from {index} alone, in its order, with no sort; SQLite's plan: {plan}");
    }
}
