using Microsoft.Extensions.Configuration;

namespace DanVan.Feedback.Core.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, no server to install.</summary>
    Sqlite,

    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Feedback";
    public const string DefaultFileName = "danvan-feedback.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Where the embedded database (and later uploads and mail pickup) live when no connection string
    /// is given. A relative path is taken from the application's content root.
    /// </summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// Apply migrations at start-up. On by default for SQLite; SQL Server is normally deployed from
    /// the idempotent script, so there it is off unless set.
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>
    /// Read the SQLite file through memory-mapped I/O (SqliteConnectionSetup). Worth it where reads outnumber commits,
    /// as in the Backoffice; the Portal, which commits filings all day, turns it off in its appsettings.json.
    /// </summary>
    public bool SqliteMemoryMap { get; set; } = true;

    /// <summary>The section as configured, or the defaults: for registrations that depend on the engine, before any service exists.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
    }
}
