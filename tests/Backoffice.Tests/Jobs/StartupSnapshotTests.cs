using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Jobs;

/// <summary>A fresh install keeps its first figures when the Backoffice starts, not at the first 00:15 (issue 6).</summary>
public sealed class StartupSnapshotTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Start_WithoutAnySnapshot_QueuesTheSnapshotJobAndItsFiguresAppear()
    {
        // Arrange: a case filed on the Portal before the Backoffice (and its job server) ever started.
        fixture.Backoffice.Settings["Metrics:SnapshotOnStart"] = "true";
        await fixture.FileOnPortalAsync(TestData.FeedbackForm());

        // Act: the Backoffice starts.
        _ = fixture.Backoffice.Services;
        var year = await WaitForSnapshotAsync(MetricsPeriod.Year(2026), TimeSpan.FromSeconds(60));

        // Assert: the periods that include yesterday (11/2/2026), as the night would keep them: its month, then the year.
        Assert.True(year is not null, "The Backoffice's job server should keep the snapshot within a minute of starting.");
        var february = await ReadSnapshotAsync(MetricsPeriod.Month(2026, 2));
        Assert.NotNull(february);
        Assert.Equal(1, february.Agencies.Single(a => a.AgencyCode == "UBND-11311").Received);
        Assert.Equal(1, year.Agencies.Single(a => a.AgencyCode == "UBND-11311").Received);
    }

    private async Task<AgencyPeriodFigures?> WaitForSnapshotAsync(MetricsPeriod period, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await ReadSnapshotAsync(period) is { } kept)
            {
                return kept;
            }

            await Task.Delay(250);
        }

        return null;
    }

    private async Task<AgencyPeriodFigures?> ReadSnapshotAsync(MetricsPeriod period)
    {
        using var scope = fixture.Backoffice.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        if (!await db.MetricsSnapshots.AnyAsync(s => s.PeriodFirst == period.First && s.PeriodLast == period.Last))
        {
            return null;
        }

        return await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().SnapshotAsync(period, CancellationToken.None);
    }
}
