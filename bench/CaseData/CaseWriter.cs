using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// Writes <see cref="CaseRow"/>s with three prepared INSERTs (cases, events, coordinators) whose
/// parameters are reused, inside one transaction per <see cref="BatchSize"/> cases. Values are stored
/// as EF Core stores them on SQLite: enums as their names, DateTimeOffset through
/// DateTimeOffsetToBinaryConverter, DateOnly as yyyy-MM-dd, bool as 0/1. Synchronous calls on
/// purpose: Microsoft.Data.Sqlite's async methods run synchronously anyway, and cost a Task each.
/// </summary>
public sealed class CaseWriter : IDisposable
{
    public const int DefaultBatchSize = 50_000;

    private static readonly Func<DateTimeOffset, long> ToStored = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

    private static readonly string[] CaseColumns =
    [
        "Id", "TrackingCode", "Kind", "Status", "Channel", "TopicCode", "LocalityCode", "InIndustrialZone", "Title",
        "Description", "FilerType", "FilerName", "FilerOrganisation", "FilerPhone", "FilerEmail", "FilerWithheld",
        "ReceivedAt", "LeadAgencyCode", "ReceivingAgencyCode", "OverseerAgencyCode", "RoutingRuleCode", "RoutingTask", "DueOn", "ClockPaused",
        "RemindedForDueOn", "OverdueEscalatedAt", "FlaggedForReviewAt", "AcceptedAt", "AssignedOfficerId",
        "AssignedOfficerName", "IsComplex", "ConsentsToPublication", "SignatoryCount", "SealedIdentity", "AnswerDraft",
        "AnswerText", "AnsweredAt", "PublishedAnswer", "PublishedAt", "ReviewReasons", "ReviewClosedAt", "Version",
        "IsAnonymousReport",
    ];

    private static readonly string[] EventColumns = ["CaseId", "Type", "OccurredAt", "ActorUserId", "ActorName", "AgencyCode", "LeadAgencyCode", "Note", "Days", "DueOn", "IsPublic"];

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _case;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _coordinator;
    private readonly Dictionary<string, SqliteParameter> _c;
    private readonly Dictionary<string, SqliteParameter> _e;
    private readonly SqliteParameter _coordinatorCase;
    private readonly SqliteParameter _coordinatorAgency;
    private SqliteTransaction? _transaction;
    private int _inTransaction;

    public CaseWriter(SqliteConnection connection, int batchSize = DefaultBatchSize)
    {
        _connection = connection;
        BatchSize = batchSize;
        (_case, _c) = Prepare(connection, "Cases", CaseColumns);
        (_event, _e) = Prepare(connection, "CaseEvents", EventColumns);
        _coordinator = connection.CreateCommand();
        _coordinator.CommandText = """INSERT INTO "CaseCoordinators" ("CaseId", "AgencyCode") VALUES ($CaseId, $AgencyCode)""";
        _coordinatorCase = _coordinator.Parameters.Add("$CaseId", SqliteType.Integer);
        _coordinatorAgency = _coordinator.Parameters.Add("$AgencyCode", SqliteType.Text);
    }

    public int BatchSize { get; }

    public long Cases { get; private set; }

    public long Events { get; private set; }

    public long Coordinators { get; private set; }

    /// <summary>Called after each committed batch, with the cases written so far.</summary>
    public Action<long>? Committed { get; init; }

    public void Write(CaseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_transaction is null)
        {
            _transaction = _connection.BeginTransaction();
            _case.Transaction = _event.Transaction = _coordinator.Transaction = _transaction;
        }

        Set(_c, "Id", row.Id);
        Set(_c, "TrackingCode", row.TrackingCode);
        Set(_c, "Kind", row.Kind.ToString());
        Set(_c, "Status", row.Status.ToString());
        Set(_c, "Channel", row.Channel.ToString());
        Set(_c, "TopicCode", row.TopicCode);
        Set(_c, "LocalityCode", row.LocalityCode);
        Set(_c, "InIndustrialZone", row.InIndustrialZone);
        Set(_c, "Title", row.Title);
        Set(_c, "Description", row.Description);
        Set(_c, "FilerType", row.FilerType.ToString());
        Set(_c, "FilerName", row.FilerName);
        Set(_c, "FilerOrganisation", row.FilerOrganisation);
        Set(_c, "FilerPhone", row.FilerPhone);
        Set(_c, "FilerEmail", row.FilerEmail);
        Set(_c, "FilerWithheld", row.FilerWithheld);
        Set(_c, "ReceivedAt", row.ReceivedAt);
        Set(_c, "LeadAgencyCode", row.LeadAgencyCode);
        Set(_c, "ReceivingAgencyCode", row.ReceivingAgencyCode ?? row.LeadAgencyCode);
        Set(_c, "OverseerAgencyCode", row.OverseerAgencyCode);
        Set(_c, "RoutingRuleCode", row.RoutingRuleCode);
        Set(_c, "RoutingTask", row.RoutingTask);
        Set(_c, "DueOn", row.DueOn);
        Set(_c, "ClockPaused", row.ClockPaused);
        Set(_c, "RemindedForDueOn", row.RemindedForDueOn);
        Set(_c, "OverdueEscalatedAt", row.OverdueEscalatedAt);
        Set(_c, "FlaggedForReviewAt", row.FlaggedForReviewAt);
        Set(_c, "AcceptedAt", row.AcceptedAt);
        Set(_c, "AssignedOfficerId", row.AssignedOfficerId);
        Set(_c, "AssignedOfficerName", row.AssignedOfficerName);
        Set(_c, "IsComplex", row.IsComplex);
        Set(_c, "ConsentsToPublication", row.ConsentsToPublication);
        Set(_c, "SignatoryCount", row.SignatoryCount);
        Set(_c, "SealedIdentity", row.SealedIdentity);
        Set(_c, "AnswerDraft", row.AnswerDraft);
        Set(_c, "AnswerText", row.AnswerText);
        Set(_c, "AnsweredAt", row.AnsweredAt);
        Set(_c, "PublishedAnswer", row.PublishedAnswer);
        Set(_c, "PublishedAt", row.PublishedAt);
        Set(_c, "ReviewReasons", (int)row.ReviewReasons);
        Set(_c, "ReviewClosedAt", row.ReviewClosedAt);
        Set(_c, "Version", row.Version);
        Set(_c, "IsAnonymousReport", row.IsAnonymousReport);
        _case.ExecuteNonQuery();

        foreach (var e in row.Events)
        {
            Set(_e, "CaseId", row.Id);
            Set(_e, "Type", e.Type.ToString());
            Set(_e, "OccurredAt", e.OccurredAt);
            Set(_e, "ActorUserId", e.ActorUserId);
            Set(_e, "ActorName", e.ActorName);
            Set(_e, "AgencyCode", e.AgencyCode);
            Set(_e, "LeadAgencyCode", e.LeadAgencyCode ?? row.LeadAgencyCode);
            Set(_e, "Note", e.Note);
            Set(_e, "Days", e.Days);
            Set(_e, "DueOn", e.DueOn);
            Set(_e, "IsPublic", e.IsPublic);
            _event.ExecuteNonQuery();
        }

        foreach (var agency in row.Coordinators)
        {
            _coordinatorCase.Value = row.Id;
            _coordinatorAgency.Value = agency;
            _coordinator.ExecuteNonQuery();
        }

        Cases++;
        Events += row.Events.Count;
        Coordinators += row.Coordinators.Count;
        if (++_inTransaction >= BatchSize)
        {
            Commit();
        }
    }

    /// <summary>Commits what is written; the next <see cref="Write"/> opens a new transaction.</summary>
    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _inTransaction = 0;
        Committed?.Invoke(Cases);
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _case.Dispose();
        _event.Dispose();
        _coordinator.Dispose();
    }

    private static (SqliteCommand, Dictionary<string, SqliteParameter>) Prepare(SqliteConnection connection, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})""";
        var parameters = columns.ToDictionary(c => c, c => command.Parameters.Add("$" + c, SqliteType.Text), StringComparer.Ordinal);
        return (command, parameters);
    }

    private static void Set(Dictionary<string, SqliteParameter> parameters, string column, object? value)
    {
        var parameter = parameters[column];
        switch (value)
        {
            case null:
                parameter.SqliteType = SqliteType.Text;
                parameter.Value = DBNull.Value;
                break;
            case string text:
                parameter.SqliteType = SqliteType.Text;
                parameter.Value = text;
                break;
            case bool flag:
                parameter.SqliteType = SqliteType.Integer;
                parameter.Value = flag ? 1L : 0L;
                break;
            case int number:
                parameter.SqliteType = SqliteType.Integer;
                parameter.Value = (long)number;
                break;
            case long number:
                parameter.SqliteType = SqliteType.Integer;
                parameter.Value = number;
                break;
            case DateTimeOffset at:
                parameter.SqliteType = SqliteType.Integer;
                parameter.Value = ToStored(at);
                break;
            case DateOnly day:
                parameter.SqliteType = SqliteType.Text;
                parameter.Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                throw new ArgumentException($"No SQLite mapping for {value.GetType()} ({column}).", nameof(value));
        }
    }
}
