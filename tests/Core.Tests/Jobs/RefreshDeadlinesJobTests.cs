using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Tests.Jobs;

public sealed class RefreshDeadlinesJobTests
{
    [Fact]
    public async Task Execute_AfterALimitIsShortened_StoredDueDatesFollowAndASecondRunChangesNothing()
    {
        // Arrange: filed Thu 12/2/2026 with 5 working days to classify (due Thu 26/2); the limit becomes 3.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        await host.QueryAsync(db => db.DeadlinePolicies.Where(p => p.Code == "PA-TIEP-NHAN").ExecuteUpdateAsync(set => set.SetProperty(p => p.Days, 3)));

        // Act
        var first = 0;
        var second = 0;
        await host.RunAsync<RefreshDeadlinesJob>(async job => first = await job.ExecuteAsync(CancellationToken.None));
        await host.RunAsync<RefreshDeadlinesJob>(async job => second = await job.ExecuteAsync(CancellationToken.None));

        // Assert: 3 working days: 13/2, 23/2, 24/2.
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.Equal(new DateOnly(2026, 2, 24), stored.DueOn);
        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }
}
