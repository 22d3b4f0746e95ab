using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_DatabaseMadeByMigrationsSquashedSince_RefusesAndSaysWhatToDo()
    {
        // Arrange: a file migrated before the squash still lists the old migrations it ran (ADR 21).
        await using var host = await CoreHost.StartAsync();
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261127002922_CaseWorkflow', '10.0.0')"));

        // Act
        await using var scope = host.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => initializer.InitializeAsync());

        // Assert
        Assert.Contains("20261127002922_CaseWorkflow", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("delete the database", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_DatabaseOfThisBuild_StartsAgainWithoutComplaint()
    {
        // Arrange: the apps initialise the database on every start.
        await using var host = await CoreHost.StartAsync();

        // Act
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        // Assert
        var applied = await host.QueryAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(["InitialCreate"], applied.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
    }
}
