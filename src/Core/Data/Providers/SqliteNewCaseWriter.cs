using System.Data.Common;
using System.Runtime.CompilerServices;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Feedback.Core.Data.Providers;

/// <summary>
/// Writes a group commit's new cases on SQLite (ADR 6, ADR 25): one INSERT per table, prepared once for the whole
/// batch, instead of EF's SaveChanges, which built each row's SQL text again and had SQLite parse it again: about a
/// fifth of the Portal's CPU per filing (perf, issue 17). The statements and each value's conversion come from EF's
/// model, as the tracking look-up's reads do (ADR 20), so a new column follows without touching this writer; what it
/// was not built for (a value computed in SQL, a collection it does not know) makes <see cref="CanWrite"/> false,
/// and the store saves that batch through EF. <c>SqliteNewCaseWriterTests</c> writes cases of every shape both ways
/// and requires the same rows, column by column.
/// </summary>
internal sealed class SqliteNewCaseWriter
{
    // One writer per model: the tests build several; the Portal has one.
    private static readonly ConditionalWeakTable<IModel, SqliteNewCaseWriter> ByModel = [];

    private readonly TablePlan _cases;
    private readonly TablePlan _events;
    private readonly TablePlan _attachments;
    private readonly TablePlan _emails;
    private readonly IReadOnlyList<(INavigation Navigation, TablePlan Plan)> _ownedCollections;
    private readonly IReadOnlyList<INavigation> _otherCollections;
    private readonly IProperty _caseId;
    private readonly IProperty _eventId;
    private readonly IProperty _eventCaseId;
    private readonly IProperty _attachmentId;
    private readonly IProperty _attachmentCaseId;
    private readonly IProperty _emailId;
    private readonly IProperty _emailCaseId;

    private SqliteNewCaseWriter(IModel model)
    {
        var feedbackCase = model.FindEntityType(typeof(FeedbackCase))!;
        var caseEvent = model.FindEntityType(typeof(CaseEvent))!;
        var attachment = model.FindEntityType(typeof(CaseAttachment))!;
        var email = model.FindEntityType(typeof(OutboundEmail))!;
        _cases = TablePlan.For(feedbackCase);
        _events = TablePlan.For(caseEvent);
        _attachments = TablePlan.For(attachment);
        _emails = TablePlan.For(email);
        _caseId = feedbackCase.FindPrimaryKey()!.Properties.Single();
        _eventId = caseEvent.FindPrimaryKey()!.Properties.Single();
        _eventCaseId = caseEvent.FindProperty(nameof(CaseEvent.CaseId))!;
        _attachmentId = attachment.FindPrimaryKey()!.Properties.Single();
        _attachmentCaseId = attachment.FindProperty(nameof(CaseAttachment.CaseId))!;
        _emailId = email.FindPrimaryKey()!.Properties.Single();
        _emailCaseId = email.FindProperty(nameof(OutboundEmail.CaseId))!;
        // Coordinating agencies (a business case in an industrial park has one at intake) are owned rows of their own
        // table, keyed by the case's id in a foreign key the class does not carry.
        _ownedCollections = feedbackCase.GetNavigations()
            .Where(n => n.IsCollection && n.ForeignKey.IsOwnership)
            .Select(n => (n, TablePlan.For(n.TargetEntityType)))
            .ToList();
        _otherCollections = feedbackCase.GetNavigations()
            .Where(n => n.IsCollection && !n.ForeignKey.IsOwnership && n.TargetEntityType.ClrType != typeof(CaseEvent) && n.TargetEntityType.ClrType != typeof(CaseAttachment))
            .ToList();
        Unwritable = [.. _cases.Unwritable, .. _events.Unwritable, .. _attachments.Unwritable, .. _emails.Unwritable, .. _ownedCollections.SelectMany(c => c.Plan.Unwritable)];
    }

    public static SqliteNewCaseWriter For(IModel model) => ByModel.GetValue(model, m => new SqliteNewCaseWriter(m));

    /// <summary>The properties the writer cannot set as EF would (computed in SQL, generated, shadow): none, or it writes nothing.</summary>
    public IReadOnlyList<string> Unwritable { get; }

    /// <summary>False when a case carries something only EF knows how to store (a collection this writer was not built for).</summary>
    public bool CanWrite(IEnumerable<NewCase> cases) =>
        Unwritable.Count == 0
        && cases.All(c => _otherCollections.All(n => n.GetGetter().GetClrValue(c.Case) is not System.Collections.IEnumerable items || !items.GetEnumerator().MoveNext()));

    /// <summary>Inserts the cases with their events, attachments' rows and receipts in one transaction, and sets their keys.</summary>
    public async Task WriteAsync(FeedbackDbContext db, IReadOnlyList<NewCase> cases, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var insertCase = _cases.Prepare(connection, transaction);
            await using var insertEvent = _events.Prepare(connection, transaction);
            await using var insertAttachment = _attachments.Prepare(connection, transaction);
            await using var insertEmail = _emails.Prepare(connection, transaction);
            var insertOwned = _ownedCollections.Select(c => (c.Navigation, Insert: c.Plan.Prepare(connection, transaction))).ToList();
            try
            {
                foreach (var created in cases)
                {
                    await InsertCaseAsync(created, insertCase, insertEvent, insertAttachment, insertEmail, insertOwned, connection, cancellationToken);
                }
            }
            finally
            {
                foreach (var (_, insert) in insertOwned)
                {
                    await insert.DisposeAsync();
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task InsertCaseAsync(
        NewCase created, PreparedInsert insertCase, PreparedInsert insertEvent, PreparedInsert insertAttachment, PreparedInsert insertEmail,
        List<(INavigation Navigation, PreparedInsert Insert)> insertOwned, SqliteConnection connection, CancellationToken cancellationToken)
    {
        var caseId = await InsertAsync(insertCase, created.Case, _caseId, connection, cancellationToken);
        foreach (var (navigation, insert) in insertOwned)
        {
            foreach (var owned in (System.Collections.IEnumerable)navigation.GetGetter().GetClrValue(created.Case)!)
            {
                await insert.ExecuteAsync(owned, caseId, cancellationToken);
            }
        }

        foreach (var caseEvent in created.Case.Events)
        {
            SetValue(_eventCaseId, caseEvent, caseId);
            await InsertAsync(insertEvent, caseEvent, _eventId, connection, cancellationToken);
        }

        foreach (var attachment in created.Case.Attachments)
        {
            SetValue(_attachmentCaseId, attachment, caseId);
            await InsertAsync(insertAttachment, attachment, _attachmentId, connection, cancellationToken);
        }

        if (created.Receipt is { } receipt)
        {
            SetValue(_emailCaseId, receipt, caseId);
            await InsertAsync(insertEmail, receipt, _emailId, connection, cancellationToken);
        }
    }

    private static async Task<long> InsertAsync(PreparedInsert insert, object row, IProperty key, SqliteConnection connection, CancellationToken cancellationToken)
    {
        await insert.ExecuteAsync(row, parentId: 0, cancellationToken);
        var id = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
        SetValue(key, row, id);
        return id;
    }

    // The keys and foreign keys have private setters, as EF expects; EF itself sets them through the same member.
    private static void SetValue(IProperty property, object row, long value)
    {
        object boxed = property.ClrType == typeof(long) || property.ClrType == typeof(long?) ? value : Convert.ChangeType(value, Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType, System.Globalization.CultureInfo.InvariantCulture);
        if (property.PropertyInfo is { } info && info.GetSetMethod(nonPublic: true) is not null)
        {
            info.SetValue(row, boxed);
        }
        else
        {
            property.FieldInfo!.SetValue(row, boxed);
        }
    }

    /// <summary>The columns of one entity's table that an INSERT sets, each with how to read it from the entity.</summary>
    private sealed class TablePlan
    {
        private readonly string _sql;
        private readonly IReadOnlyList<Column> _columns;

        private TablePlan(string sql, IReadOnlyList<Column> columns, IReadOnlyList<string> unwritable)
        {
            _sql = sql;
            _columns = columns;
            Unwritable = unwritable;
        }

        /// <summary>Properties that need what only EF's SaveChanges does (a default computed in SQL, a generated value).</summary>
        public IReadOnlyList<string> Unwritable { get; }

        public static TablePlan For(IEntityType entity)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = new List<Column>();
            var unwritable = new List<string>();
            Collect(entity, table, static row => row, columns, unwritable);
            var ownerKey = entity.FindOwnership() is { } ownership && ownership.PrincipalEntityType.GetTableName() != table.Name ? ownership : null;
            if (ownerKey is not null)
            {
                // An owned row of another table: its foreign key is the owner's id, which the class does not carry.
                foreach (var property in ownerKey.Properties)
                {
                    unwritable.Remove($"{entity.DisplayName()}.{property.Name}");
                    columns.Add(new Column(property.GetColumnName(table)!, static (_, parentId) => parentId, (RelationalTypeMapping)property.GetTypeMapping(), null, null));
                }
            }

            var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            return new TablePlan(sql, columns, unwritable);
        }

        public PreparedInsert Prepare(SqliteConnection connection, SqliteTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            return new PreparedInsert(command, _columns);
        }

        // The entity's own columns, then those of the owned types stored in the same row (Filer, Complaint, ...).
        private static void Collect(IEntityType entity, StoreObjectIdentifier table, Func<object, object?> reach, List<Column> columns, List<string> unwritable)
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.IsPrimaryKey())
                {
                    // The row's key: generated by SQLite for the entity itself, the owner's key for an owned type.
                    continue;
                }

                // A default value makes a property "generated on add" to EF: it sends the default's column nothing while the
                // property holds its sentinel. Anything else generated, or computed in SQL, is left to EF.
                var hasDefault = property.TryGetDefaultValue(out var defaultValue) && defaultValue is not null;
                if (property.IsShadowProperty() || property.GetDefaultValueSql() is not null || property.GetComputedColumnSql() is not null
                    || (property.ValueGenerated != ValueGenerated.Never && !(hasDefault && property.ValueGenerated == ValueGenerated.OnAdd)))
                {
                    unwritable.Add($"{entity.DisplayName()}.{property.Name}");
                    continue;
                }

                var getter = property.GetGetter();
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                columns.Add(new Column(
                    property.GetColumnName(table)!,
                    (row, _) => reach(row) is { } owner ? getter.GetClrValue(owner) : null,
                    mapping,
                    hasDefault ? defaultValue : null,
                    property.Sentinel));
            }

            foreach (var navigation in entity.GetNavigations().Where(n => !n.IsCollection && n.ForeignKey.IsOwnership && n.TargetEntityType.GetTableName() == table.Name))
            {
                var getter = navigation.GetGetter();
                Collect(navigation.TargetEntityType, table, row => reach(row) is { } owner ? getter.GetClrValue(owner) : null, columns, unwritable);
            }
        }
    }

    private sealed record Column(string Name, Func<object, long, object?> Read, RelationalTypeMapping Mapping, object? DefaultValue, object? Sentinel)
    {
        // As EF does: a property with a database default that still holds its sentinel gets the default.
        public object? ValueOf(object row, long parentId)
        {
            var value = Read(row, parentId);
            return DefaultValue is not null && Equals(value, Sentinel) ? DefaultValue : value;
        }
    }

    /// <summary>One table's INSERT on one connection, prepared by SQLite on its first run and reused for every row after.</summary>
    private sealed class PreparedInsert(SqliteCommand command, IReadOnlyList<Column> columns) : IAsyncDisposable
    {
        public Task<int> ExecuteAsync(object row, long parentId, CancellationToken cancellationToken)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                // The type mapping converts the value and sets the parameter up exactly as EF's own INSERT would.
                command.Parameters.Add((DbParameter)columns[i].Mapping.CreateParameter(command, "$p" + i, columns[i].ValueOf(row, parentId), nullable: true));
            }

            return command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
