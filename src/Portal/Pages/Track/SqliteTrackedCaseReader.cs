using System.Data;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.ObjectPool;

namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>
/// The look-up on SQLite: the same two reads as <see cref="EntityTrackedCaseReader"/>, as statements prepared once on
/// connections this reader keeps open. Through EF every look-up took a connection from the pool, prepared both
/// statements again and ran them through the query pipeline: about a third of a look-up's CPU
/// (bench/tracking-lookup.sh). The statements' columns and each column's conversion come from EF's model, so they
/// follow the mapping. SQLite's calls are synchronous: a connection is held only while its two statements run.
/// </summary>
public sealed class SqliteTrackedCaseReader : ITrackedCaseReader, IDisposable
{
    // A look-up holds a connection only while its statements run on one thread, so few are ever in use at once.
    private const int MaxIdleConnections = 16;

    private readonly string _connectionString;
    private readonly CaseColumns _case;
    private readonly EventColumns _event;

    // Disposes the connections it does not keep, and all of them when the reader is disposed.
    private readonly ObjectPool<PreparedLookup> _idle;

    private readonly string _pragmas;

    /// <param name="pragmas">The settings every other connection to the file gets (<see cref="SqliteConnectionSetup.Pragmas"/>).</param>
    public SqliteTrackedCaseReader(string connectionString, IModel model, string pragmas)
    {
        _pragmas = pragmas;
        ArgumentNullException.ThrowIfNull(model);
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        _case = new CaseColumns(model.FindEntityType(typeof(FeedbackCase))!);
        _event = new EventColumns(model.FindEntityType(typeof(CaseEvent))!);
        _idle = new DefaultObjectPoolProvider { MaximumRetained = MaxIdleConnections }.Create(new OpenedLookups(this));
    }

    public Task<TrackedCase?> FindAsync(string trackingCode, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lookup = _idle.Get();
        TrackedCase? found;
        try
        {
            found = Find(lookup, trackingCode);
        }
        catch
        {
            // A connection that failed is not trusted again.
            lookup.Dispose();
            throw;
        }

        _idle.Return(lookup);
        return Task.FromResult(found);
    }

    private TrackedCase? Find(PreparedLookup lookup, string trackingCode)
    {
        lookup.Code.Value = trackingCode;
        TrackedCase found;
        using (var reader = lookup.CaseByCode.ExecuteReader(CommandBehavior.SingleRow))
        {
            if (!reader.Read())
            {
                return null;
            }

            found = _case.Read(reader);
        }

        lookup.CaseId.Value = found.Id;
        var history = new List<TrackedCaseEvent>();
        using (var reader = lookup.HistoryOf.ExecuteReader())
        {
            while (reader.Read())
            {
                history.Add(_event.Read(reader));
            }
        }

        return found with { History = history };
    }

    private PreparedLookup Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                setup.CommandText = _pragmas;
                setup.ExecuteNonQuery();
            }

            return new PreparedLookup(connection, _case.SelectByCode, _event.SelectByCase);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => (_idle as IDisposable)?.Dispose();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class OpenedLookups(SqliteTrackedCaseReader reader) : IPooledObjectPolicy<PreparedLookup>
    {
        public PreparedLookup Create() => reader.Open();

        public bool Return(PreparedLookup obj) => true;
    }

    /// <summary>One open connection with both statements prepared on it.</summary>
    private sealed class PreparedLookup : IDisposable
    {
        private readonly SqliteConnection _connection;

        public PreparedLookup(SqliteConnection connection, string caseSql, string historySql)
        {
            _connection = connection;
            CaseByCode = Prepare(caseSql, "$code", SqliteType.Text, out var code);
            Code = code;
            HistoryOf = Prepare(historySql, "$caseId", SqliteType.Integer, out var caseId);
            CaseId = caseId;
        }

        public SqliteCommand CaseByCode { get; }

        public SqliteParameter Code { get; }

        public SqliteCommand HistoryOf { get; }

        public SqliteParameter CaseId { get; }

        private SqliteCommand Prepare(string sql, string parameterName, SqliteType type, out SqliteParameter parameter)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            parameter = command.Parameters.Add(parameterName, type);
            command.Prepare();
            return command;
        }

        public void Dispose()
        {
            CaseByCode.Dispose();
            HistoryOf.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>A mapped column: its name in the table, and the conversion EF applies when it reads it.</summary>
    private sealed class Column(IProperty property)
    {
        private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

        public string Name { get; } = Quote(property.GetColumnName());

        public T Read<T>(SqliteDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? default!
            : _converter is null ? reader.GetFieldValue<T>(ordinal)
            : (T)_converter.ConvertFromProvider(reader.GetValue(ordinal))!;
    }

    private sealed class CaseColumns
    {
        private readonly Column[] _columns;

        public CaseColumns(IEntityType cases)
        {
            var filer = cases.FindNavigation(nameof(FeedbackCase.Filer))!.TargetEntityType;
            _columns =
            [
                new(cases.FindProperty(nameof(FeedbackCase.Id))!),
                new(cases.FindProperty(nameof(FeedbackCase.Kind))!),
                new(cases.FindProperty(nameof(FeedbackCase.Status))!),
                new(cases.FindProperty(nameof(FeedbackCase.Title))!),
                new(cases.FindProperty(nameof(FeedbackCase.ReceivedAt))!),
                new(cases.FindProperty(nameof(FeedbackCase.LeadAgencyCode))!),
                new(filer.FindProperty(nameof(Filer.Phone))!),
                new(filer.FindProperty(nameof(Filer.Email))!),
                new(cases.FindProperty(nameof(FeedbackCase.SealedIdentity))!),
                new(cases.FindProperty(nameof(FeedbackCase.AnswerText))!),
                new(cases.FindProperty(nameof(FeedbackCase.AnsweredAt))!),
            ];
            var code = new Column(cases.FindProperty(nameof(FeedbackCase.TrackingCode))!);
            SelectByCode = $"SELECT {string.Join(", ", _columns.Select(c => c.Name))} FROM {Quote(cases.GetTableName()!)} WHERE {code.Name} = $code LIMIT 1";
        }

        public string SelectByCode { get; }

        public TrackedCase Read(SqliteDataReader reader)
        {
            var c = _columns;
            return new TrackedCase(
                c[0].Read<long>(reader, 0), c[1].Read<CaseKind>(reader, 1), c[2].Read<CaseStatus>(reader, 2), c[3].Read<string>(reader, 3),
                c[4].Read<DateTimeOffset>(reader, 4), c[5].Read<string>(reader, 5), c[6].Read<string?>(reader, 6), c[7].Read<string?>(reader, 7),
                c[8].Read<string?>(reader, 8), c[9].Read<string?>(reader, 9), c[10].Read<DateTimeOffset?>(reader, 10));
        }
    }

    private sealed class EventColumns
    {
        private readonly Column[] _columns;

        public EventColumns(IEntityType events)
        {
            _columns =
            [
                new(events.FindProperty(nameof(CaseEvent.Type))!),
                new(events.FindProperty(nameof(CaseEvent.OccurredAt))!),
                new(events.FindProperty(nameof(CaseEvent.Days))!),
                new(events.FindProperty(nameof(CaseEvent.AgencyCode))!),
                new(events.FindProperty(nameof(CaseEvent.IsPublic))!),
                new(events.FindProperty(nameof(CaseEvent.Note))!),
            ];
            var caseId = new Column(events.FindProperty(nameof(CaseEvent.CaseId))!);
            var id = new Column(events.FindProperty(nameof(CaseEvent.Id))!);

            // Oldest first, as EntityTrackedCaseReader orders them; IX_CaseEvents_CaseId_OccurredAt serves it.
            SelectByCase = $"SELECT {string.Join(", ", _columns.Select(c => c.Name))} FROM {Quote(events.GetTableName()!)} "
                + $"WHERE {caseId.Name} = $caseId ORDER BY {_columns[1].Name}, {id.Name}";
        }

        public string SelectByCase { get; }

        public TrackedCaseEvent Read(SqliteDataReader reader)
        {
            var c = _columns;
            return new TrackedCaseEvent(
                c[0].Read<CaseEventType>(reader, 0), c[1].Read<DateTimeOffset>(reader, 1), c[2].Read<int?>(reader, 2),
                c[3].Read<string?>(reader, 3), c[4].Read<bool>(reader, 4), c[5].Read<string?>(reader, 5));
        }
    }
}
