using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Data;

/// <summary>
/// The Portal commits filings all day; in WAL mode a memory-mapped connection unmaps and maps the file again after
/// every other connection's commit, which cost 0.5 ms of CPU a filing (SqliteConnectionSetup, issue 17). Its own
/// appsettings.json turns the mapping off; the Backoffice keeps it.
/// </summary>
public sealed class SqliteSettingsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task PortalConnections_ReadWithoutMemoryMapAndKeepTemporaryStorageInMemory()
    {
        // Act
        var (mmapSize, tempStore) = await portal.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            var mmap = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA temp_store";
            var temp = (long)(await command.ExecuteScalarAsync())!;
            await db.Database.CloseConnectionAsync();
            return (mmap, temp);
        });

        // Assert
        Assert.Equal(0, mmapSize);
        Assert.Equal(2, tempStore); // MEMORY
    }
}
