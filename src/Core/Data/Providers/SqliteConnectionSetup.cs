using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Feedback.Core.Data.Providers;

/// <summary>
/// Lets SQLite itself wait for a busy write lock, in steps of a few milliseconds. Without it,
/// Microsoft.Data.Sqlite retries a locked write after sleeping 150 ms on the request's thread, so
/// concurrent filers queue behind sleeps and the thread pool runs short (bench/intake.sh showed it).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
