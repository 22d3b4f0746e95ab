using Microsoft.Data.Sqlite;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// A bulk load into a database the app has migrated, and the finish that leaves the file as the app
/// expects it (WAL, checkpointed). Not the app's write path: no journal and no fsync while loading.
/// </summary>
public static class BulkLoad
{
    /// <summary>An unpooled connection with the bulk-load pragmas; <see cref="Finish"/> puts WAL back.</summary>
    public static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();

        // From WAL, journal_mode must pass through DELETE before OFF.
        Execute(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
        Execute(connection, "PRAGMA journal_mode=OFF;");
        return connection;
    }

    /// <summary>
    /// Drops the secondary indexes of the given tables and returns their DDL, for <see cref="RestoreIndexes"/>:
    /// building an index once from sorted keys is many times faster than keeping a dozen up to date row by row.
    /// </summary>
    public static List<string> DropIndexes(SqliteConnection connection, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var ddl = new List<string>();
        var names = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select(t => $"'{t}'"))})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
                ddl.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        return ddl;
    }

    /// <summary>Creates again the indexes <see cref="DropIndexes"/> dropped, with their original DDL.</summary>
    public static void RestoreIndexes(SqliteConnection connection, IEnumerable<string> ddl)
    {
        ArgumentNullException.ThrowIfNull(ddl);
        foreach (var sql in ddl)
        {
            Execute(connection, sql);
        }
    }

    /// <summary>
    /// Checks the foreign keys, then (optionally) gathers planner statistics and compacts the file,
    /// and leaves it in WAL with an empty log, as the app runs it.
    /// </summary>
    public static void Finish(SqliteConnection connection, bool analyze, bool vacuum, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var violations = ReadStrings(connection, "PRAGMA foreign_key_check");
        if (violations.Count > 0)
        {
            throw new InvalidOperationException($"{violations.Count} foreign key violation(s) in the written data, e.g. table {violations[0]}.");
        }

        progress?.Invoke("foreign keys checked");
        Execute(connection, "PRAGMA journal_mode=DELETE;");
        if (analyze)
        {
            Execute(connection, "ANALYZE;");
            progress?.Invoke("ANALYZE");
        }

        if (vacuum)
        {
            Execute(connection, "VACUUM;");
            progress?.Invoke("VACUUM");
        }

        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command.ExecuteScalar();
    }

    public static List<string> ReadStrings(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
