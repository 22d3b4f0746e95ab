using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Feedback.Core.Data.Providers;

/// <summary>The production engine of the design card. Migrations in <c>Migrations/SqlServer</c>, deployed as an idempotent script.</summary>
public sealed class SqlServerFeedbackDbContext(DbContextOptions<SqlServerFeedbackDbContext> options) : FeedbackDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context with no server running.</summary>
public sealed class SqlServerFeedbackDbContextFactory : IDesignTimeDbContextFactory<SqlServerFeedbackDbContext>
{
    public SqlServerFeedbackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerFeedbackDbContext>()
            .UseSqlServer("Server=localhost;Database=DanVanFeedback;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
