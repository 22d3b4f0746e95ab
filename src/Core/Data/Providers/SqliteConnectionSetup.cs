using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Feedback.Core.Data.Providers;

/// <summary>
/// Per connection: SQLite itself waits for a busy write lock, in steps of a few milliseconds. Without it,
/// Microsoft.Data.Sqlite retries a locked write after sleeping 150 ms on the request's thread, so
/// concurrent filers queue behind sleeps and the thread pool runs short (bench/intake.sh showed it).
/// Where configured (<see cref="DatabaseOptions.SqliteMemoryMap"/>, the Backoffice), reads go through memory-mapped
/// I/O: a page the OS already caches is read without a system call, which is most of the cost of reaching cases one
/// by one (an inbox's coordinated cases: 19 ms → 7 ms at 1,000,000 cases). Not in the Portal: in WAL mode a
/// connection unmaps the whole file at its next read after any other connection's commit, and maps it again page
/// fault by page fault; with filings committed all day that cost the Portal 1.19 ms of CPU a filing against 0.70 ms
/// without the mapping (bench/intake.sh, issue 17). Writes go through the WAL either way.
/// And temporary storage is kept in memory: an INSERT into Cases inside a transaction keeps a statement journal of
/// every page it touches (one per index, about twenty), and past 64 KiB SQLite spilled that journal to a new temporary
/// file, for each case of a group commit: opened, written page by page, deleted. That was about a tenth of the
/// Portal's CPU at intake (perf, issue 17); in memory the journal is a copy and is gone at the statement's end.
/// The settings belong to SQLite's own connection, which the pool keeps open between requests: they are
/// set once per connection, not on every open (that cost a look-up two statements of its own).
/// </summary>
public sealed class SqliteConnectionSetup(bool memoryMapped) : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>The settings, also for connections opened outside EF (the Portal's look-up keeps its own).</summary>
    public string Pragmas { get; } = PragmasFor(memoryMapped);

    // 2147418112 is SQLite's ceiling for the mapping (SQLITE_MAX_MMAP_SIZE); past it a file is read as before.
    // Without the map a connection reads pages into its own cache: 32 MiB rather than SQLite's 2 MiB, so that a search
    // over many pages finds them there again (allocated only as pages are read; emptied at the next commit anyway).
    private static string PragmasFor(bool memoryMapped) =>
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; "
        + (memoryMapped ? "PRAGMA mmap_size = 2147418112; " : "PRAGMA mmap_size = 0; PRAGMA cache_size = -32768; ")
        + "PRAGMA temp_store = MEMORY;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];
    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpen(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpen(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The pooled connection's SQLite handle outlives the SqliteConnection object that opened it; a handle seen
    // before already has its settings. A connection without a handle (another provider's) is always set up.
    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, Seen);
}
