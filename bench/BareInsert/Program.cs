using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

// The bare endpoint IntakeLoad compares the Portal with: Kestrel, a urlencoded form and one
// INSERT, with the SQLite settings the Portal's embedded default uses (WAL, default synchronous,
// pooled connections, a new connection opened per request as a DbContext does).
//
// What-if knobs; by default the endpoint does what the Portal's database layer does (busy_timeout
// 10000 on each connection, nothing else). Each takes an argument or an environment variable:
//   --synchronous OFF|NORMAL|FULL  BAREINSERT_SYNCHRONOUS       PRAGMA synchronous on each connection
//   --busy-timeout MS              BAREINSERT_BUSY_TIMEOUT_MS   PRAGMA busy_timeout on each connection (10000; 0 = off)
//   --write-gate true              BAREINSERT_WRITE_GATE=true   one insert at a time in this process
//   --group-commit true            BAREINSERT_GROUP_COMMIT=true one writer; the inserts waiting
//                                  when it is free go in one transaction (one fsync for all)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole();

string? Setting(string argument, string variable) =>
    builder.Configuration[argument] is { Length: > 0 } fromArgs ? fromArgs : Environment.GetEnvironmentVariable(variable);

bool Flag(string argument, string variable) => bool.TryParse(Setting(argument, variable), out var on) && on;

var databasePath = Setting("db", "BAREINSERT_DB");
if (string.IsNullOrWhiteSpace(databasePath))
{
    Console.Error.WriteLine("usage: BareInsert --urls http://127.0.0.1:PORT --db PATH   (or BAREINSERT_DB=PATH)");
    return 2;
}

var synchronous = Setting("synchronous", "BAREINSERT_SYNCHRONOUS")?.ToUpperInvariant();
if (synchronous is not (null or "OFF" or "NORMAL" or "FULL" or "EXTRA"))
{
    Console.Error.WriteLine($"synchronous must be OFF, NORMAL, FULL or EXTRA, not '{synchronous}'.");
    return 2;
}

// The Portal's data layer sets busy_timeout = 10000 on every connection (SqliteConnectionSetup); so does the floor.
var busyTimeout = Setting("busy-timeout", "BAREINSERT_BUSY_TIMEOUT_MS") is { Length: > 0 } busyText
    ? int.Parse(busyText, CultureInfo.InvariantCulture)
    : (int?)10_000;
var writeGate = Flag("write-gate", "BAREINSERT_WRITE_GATE") ? new SemaphoreSlim(1, 1) : null;
var groupCommit = Flag("group-commit", "BAREINSERT_GROUP_COMMIT");

// Run on every connection opened, as the Portal's DbConnectionInterceptor does.
var perConnection = (synchronous is null ? "" : $"PRAGMA synchronous={synchronous};")
    + (busyTimeout is null ? "" : $"PRAGMA busy_timeout={busyTimeout.Value.ToString(CultureInfo.InvariantCulture)};");

databasePath = Path.GetFullPath(databasePath);
Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
var connectionString = new SqliteConnectionStringBuilder
{
    DataSource = databasePath,
    Mode = SqliteOpenMode.ReadWriteCreate,
    Pooling = true,
}.ToString();

var settings = CreateDatabase(connectionString, perConnection)
    + $"; write gate {(writeGate is null ? "off" : "on")}; group commit {(groupCommit ? "on" : "off")}";
Console.WriteLine($"BareInsert: {databasePath}: {settings}");

var queue = Channel.CreateUnbounded<PendingCase>(new UnboundedChannelOptions { SingleReader = true });

var app = builder.Build();

if (groupCommit)
{
    _ = Task.Run(() => WriteGroupsAsync(app.Lifetime.ApplicationStopping));
}

app.MapGet("/healthz", () => Results.Text($"Healthy; {settings}"));

app.MapPost("/submit", async (HttpContext context) =>
{
    if (!context.Request.HasFormContentType)
    {
        return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
    }

    var form = await context.Request.ReadFormAsync(context.RequestAborted);
    var pending = new PendingCase(
        NewCode(),
        form["Input.Title"].ToString().Trim(),
        form["Input.Description"].ToString().Trim(),
        form["Input.FilerName"].ToString().Trim(),
        form["Input.Phone"].ToString().Trim(),
        DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    if (pending.Title.Length == 0 || pending.Description.Length == 0 || pending.Name.Length == 0)
    {
        return Results.BadRequest("Title, description and name are required.");
    }

    if (groupCommit)
    {
        await queue.Writer.WriteAsync(pending, context.RequestAborted);
        await pending.Stored.Task;
    }
    else
    {
        if (writeGate is not null)
        {
            await writeGate.WaitAsync(context.RequestAborted);
        }

        try
        {
            await InsertOneAsync(pending, context.RequestAborted);
        }
        finally
        {
            writeGate?.Release();
        }
    }

    context.Response.Headers.Location = "/da-gui";
    return Results.StatusCode(StatusCodes.Status303SeeOther);
});

await app.RunAsync();
return 0;

// The Portal's way: a connection from the pool, one statement, autocommit.
async Task InsertOneAsync(PendingCase pending, CancellationToken cancellationToken)
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(cancellationToken);
    await using var command = InsertCommand(connection, perConnection, pending);
    await command.ExecuteNonQueryAsync(cancellationToken);
}

// Group commit: one writer takes whatever is waiting (up to 256) and stores it in one transaction.
async Task WriteGroupsAsync(CancellationToken stopping)
{
    var group = new List<PendingCase>(256);
    while (await queue.Reader.WaitToReadAsync(stopping))
    {
        group.Clear();
        while (group.Count < 256 && queue.Reader.TryRead(out var next))
        {
            group.Add(next);
        }

        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(stopping);
            if (perConnection.Length > 0)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = perConnection;
                await pragma.ExecuteNonQueryAsync(stopping);
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(stopping);
            foreach (var pending in group)
            {
                await using var command = InsertCommand(connection, "", pending);
                command.Transaction = transaction;
                await command.ExecuteNonQueryAsync(stopping);
            }

            await transaction.CommitAsync(stopping);
            group.ForEach(p => p.Stored.TrySetResult());
        }
        catch (Exception ex)
        {
            group.ForEach(p => p.Stored.TrySetException(ex));
        }
    }
}

static SqliteCommand InsertCommand(SqliteConnection connection, string prefix, PendingCase pending)
{
    var command = connection.CreateCommand();
    command.CommandText = prefix +
        "INSERT INTO Cases (TrackingCode, Title, Description, FilerName, FilerPhone, ReceivedAt) " +
        "VALUES ($code, $title, $description, $name, $phone, $receivedAt);";
    command.Parameters.AddWithValue("$code", pending.Code);
    command.Parameters.AddWithValue("$title", pending.Title);
    command.Parameters.AddWithValue("$description", pending.Description);
    command.Parameters.AddWithValue("$name", pending.Name);
    command.Parameters.AddWithValue("$phone", pending.Phone.Length == 0 ? DBNull.Value : pending.Phone);
    command.Parameters.AddWithValue("$receivedAt", pending.ReceivedAt);
    return command;
}

// Creates the table in WAL mode and says which SQLite and which settings a connection gets.
static string CreateDatabase(string connectionString, string perConnection)
{
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = perConnection +
        """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS Cases (
            Id INTEGER PRIMARY KEY AUTOINCREMENT,
            TrackingCode TEXT NOT NULL,
            Title TEXT NOT NULL,
            Description TEXT NOT NULL,
            FilerName TEXT NOT NULL,
            FilerPhone TEXT NULL,
            ReceivedAt INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS IX_Cases_TrackingCode ON Cases (TrackingCode);
        """;
    command.ExecuteNonQuery();
    command.CommandText = "SELECT sqlite_version(), (SELECT journal_mode FROM pragma_journal_mode), " +
        "(SELECT synchronous FROM pragma_synchronous), (SELECT timeout FROM pragma_busy_timeout);";
    using var reader = command.ExecuteReader();
    reader.Read();
    string[] levels = ["OFF", "NORMAL", "FULL", "EXTRA"];
    return $"SQLite {reader.GetString(0)}, journal_mode {reader.GetString(1)}, synchronous {levels[reader.GetInt32(2)]}, " +
        $"busy_timeout {reader.GetInt32(3)} ms, pooling on";
}

// Eight symbols from the tracking-code alphabet, as the Portal stores them (no check symbol needed here).
static string NewCode()
{
    const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    return string.Create(8, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
    });
}

internal sealed record PendingCase(string Code, string Title, string Description, string Name, string Phone, long ReceivedAt)
{
    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
