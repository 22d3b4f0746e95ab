using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Feedback.Core.Data.Providers;

/// <summary>The embedded default: a SQLite file in WAL mode. Migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteFeedbackDbContext(DbContextOptions<SqliteFeedbackDbContext> options) : FeedbackDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date type: as text, DateTimeOffset cannot be ordered or compared in SQL. As a number it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting a web host.</summary>
public sealed class SqliteFeedbackDbContextFactory : IDesignTimeDbContextFactory<SqliteFeedbackDbContext>
{
    public SqliteFeedbackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFeedbackDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
