using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class GroupCommitCaseStoreTests
{
    [Fact]
    public async Task File_ManyFilersAtOnce_EveryCaseStoredWithTheCodeItsFilerWasShown()
    {
        // Arrange: the embedded default stores filings in group commits.
        await using var host = await CoreHost.StartAsync();
        Assert.IsType<GroupCommitCaseStore>(host.Services.GetRequiredService<ICaseStore>());

        // Act: 200 filers press "Gửi" at the same moment.
        var filed = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => host.FileAsync(CoreHost.Intake($"nguoi.gui{i}@example.vn", $"Phản ánh số {i}")))));

        // Assert
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Select(c => new
        {
            c.TrackingCode,
            c.Title,

            // Receipt and routing; 200 filings on one topic and commune also earn some a mass-case flag (task 4.5).
            Events = c.Events.Count(e => e.Type == CaseEventType.Received || e.Type == CaseEventType.Routed),
        }).ToListAsync());
        Assert.Equal(200, stored.Count);
        Assert.Equal(200, filed.Select(f => f.Code.Value).Distinct().Count());
        Assert.All(stored, c => Assert.Equal(2, c.Events));
        Assert.Equal(filed.Select(f => f.Code.Value).Order(), stored.Select(c => c.TrackingCode).Order());
        Assert.Equal(200, await host.QueryAsync(db => db.OutboundEmails.CountAsync()));
    }

    [Fact]
    public async Task SaveNew_OneBadCaseInABatch_OnlyThatFilerFailsAndTheOthersAreStored()
    {
        // Arrange: one filing names a topic the database does not have (a foreign-key violation).
        await using var host = await CoreHost.StartAsync();
        var store = host.Services.GetRequiredService<ICaseStore>();
        var routing = new RoutingDecision("UBND-11311", [], null, "DIA-PHUONG", "4.4");
        NewCase Build(string topic) => new(
            FeedbackCase.Receive(CoreHost.Intake("nguoi.gui@example.vn") with { TopicCode = topic }, routing, TrackingCode.NewRandom(), host.Clock.GetUtcNow()),
            null);

        // Act
        var saves = Enumerable.Range(0, 20)
            .Select(i => store.SaveNewAsync(() => Build(i == 7 ? "khong-co-linh-vuc-nay" : "trat-tu-do-thi"), CancellationToken.None))
            .ToList();
        var outcomes = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }));

        // Assert
        Assert.Equal(19, outcomes.Count(ok => ok));
        Assert.False(outcomes[7], "The filing with an unknown topic must fail on its own.");
        Assert.Equal(19, await host.QueryAsync(db => db.Cases.CountAsync()));
    }
}
