using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Providers;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Tests.Data;

public sealed class SqliteConnectionSetupTests
{
    [Fact]
    public async Task Open_AgainFromThePool_KeepsTheBusyTimeoutMemoryMapAndTempStoreSetOnTheFirstOpen()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act: two requests in turn, the second given the first one's pooled SQLite connection.
        var first = await host.QueryAsync(ReadSettingsAsync);
        var second = await host.QueryAsync(ReadSettingsAsync);

        // Assert
        Assert.Equal((SqliteConnectionSetup.BusyTimeoutMilliseconds, true, true), first);
        Assert.True(second == first, $"A pooled connection must keep its settings: first {first}, then {second}.");
    }

    private static async Task<(long BusyTimeout, bool MemoryMapped, bool TempInMemory)> ReadSettingsAsync(FeedbackDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            var busyTimeout = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA mmap_size";
            var mmap = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA temp_store"; // 2 = MEMORY: statement journals never spill to temporary files
            var tempStore = (long)(await command.ExecuteScalarAsync())!;
            return (busyTimeout, mmap > 0, tempStore == 2);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
