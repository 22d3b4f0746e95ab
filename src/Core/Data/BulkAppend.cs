using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Feedback.Core.Data;

/// <summary>
/// Appends many rows of one entity type with one prepared INSERT, in the context's current transaction, mapped
/// through the EF model itself (table, columns, value converters), so the rows read back exactly as if EF had
/// written them, on either engine. For jobs that write tens of thousands of history rows, which the change
/// tracker would insert one by one at many times the cost (the overdue sweep: 37,000 events).
/// </summary>
internal static class BulkAppend
{
    public static async Task<int> RowsAsync<T>(FeedbackDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        // Every column the application sets; the key the database generates is left to it.
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) => AddParameter(command, "@p" + i)).ToList();

        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].GetGetter().GetClrValue(row);
                var converter = columns[i].GetTypeMapping().Converter;
                parameters[i].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            count += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return count;
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
