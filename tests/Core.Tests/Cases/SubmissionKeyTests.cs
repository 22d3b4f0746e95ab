using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>ADR 0015: the same form posted twice files one case, whichever store writes it and however the posts meet.</summary>
public sealed class SubmissionKeyTests
{
    [Fact]
    public void NewRandom_Is128BitsOfHex_AndNormalizeRefusesAnythingElse()
    {
        var key = SubmissionKey.NewRandom();

        Assert.Matches("^[0-9a-f]{32}$", key);
        Assert.NotEqual(key, SubmissionKey.NewRandom());
        Assert.Equal(key, SubmissionKey.Normalize(key));
        Assert.Null(SubmissionKey.Normalize(key.ToUpperInvariant()));
        Assert.Null(SubmissionKey.Normalize(key[..31]));
        Assert.Null(SubmissionKey.Normalize("' OR 1=1 --" + new string('a', 21)));
        Assert.Null(SubmissionKey.Normalize(null));
    }

    [Fact]
    public async Task GroupCommit_SameKeyTwiceInOneBatchAndOnceAlreadyStored_OneCaseEachAndTheOthersStored()
    {
        // Arrange: a form already filed, and a burst in which two forms are each posted twice among fresh filings.
        await using var host = await CoreHost.StartAsync();
        var store = host.Services.GetRequiredService<ICaseStore>();
        Assert.IsType<GroupCommitCaseStore>(store);
        var filedBefore = SubmissionKey.NewRandom();
        var first = await store.SaveNewAsync(() => Build(host, filedBefore), CancellationToken.None);
        var twiceA = SubmissionKey.NewRandom();
        var twiceB = SubmissionKey.NewRandom();
        var keys = new List<string?> { twiceA, null, twiceB, filedBefore, twiceA, SubmissionKey.NewRandom(), twiceB, null };

        // Act: queued back to back, so they meet in one batch or straddle two; either way one case per key.
        var saves = keys.Select(k => store.SaveNewAsync(() => Build(host, k), CancellationToken.None)).ToList();
        var results = await Task.WhenAll(saves);

        // Assert
        Assert.Equal(results[0].Case.TrackingCode, results[4].Case.TrackingCode);
        Assert.Equal(results[2].Case.TrackingCode, results[6].Case.TrackingCode);
        Assert.Equal(first.Case.TrackingCode, results[3].Case.TrackingCode);
        Assert.True(results[3].AlreadyFiled, "A key stored before answers with the earlier case.");
        Assert.Single(new[] { results[0], results[4] }, r => r.AlreadyFiled);
        Assert.Equal(6, results.Select(r => r.Case.TrackingCode).Distinct().Count());
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Select(c => c.TrackingCode).ToListAsync());
        Assert.True(stored.Count == 6, $"One case for the earlier form and five for the eight posts of the burst; found {stored.Count}.");
        Assert.Equal(results.Select(r => r.Case.TrackingCode).Append(first.Case.TrackingCode).Distinct().Order(), stored.Order());
    }

    [Fact]
    public async Task DirectStore_SameKeyAgain_ReturnsTheStoredCaseWithoutAnotherRow()
    {
        // Arrange: the server engines' store, on the test's SQLite file.
        await using var host = await CoreHost.StartAsync();
        var key = SubmissionKey.NewRandom();
        await using var scope = host.Services.CreateAsyncScope();
        var store = new DirectCaseStore(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());

        // Act
        var first = await store.SaveNewAsync(() => Build(host, key), CancellationToken.None);
        var again = await store.SaveNewAsync(() => Build(host, key), CancellationToken.None);
        var fresh = await store.SaveNewAsync(() => Build(host, SubmissionKey.NewRandom()), CancellationToken.None);

        // Assert
        Assert.False(first.AlreadyFiled);
        Assert.True(again.AlreadyFiled);
        Assert.Equal(first.Case.TrackingCode, again.Case.TrackingCode);
        Assert.NotEqual(first.Case.TrackingCode, fresh.Case.TrackingCode);
        Assert.Equal(2, await host.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task DirectStore_LosesTheRaceToTheUniqueIndex_ReturnsTheWinnersCase()
    {
        // Arrange: the other post's case is stored between this post's look and its insert (another writer).
        await using var host = await CoreHost.StartAsync();
        var key = SubmissionKey.NewRandom();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var store = new DirectCaseStore(db);
        NewCase? winner = null;
        NewCase BuildAfterTheWinner()
        {
            if (winner is null)
            {
                using var other = host.Services.CreateScope();
                var otherDb = other.ServiceProvider.GetRequiredService<FeedbackDbContext>();
                winner = Build(host, key);
                otherDb.Cases.Add(winner.Case);
                otherDb.SaveChanges();
            }

            return Build(host, key);
        }

        // Act
        var result = await store.SaveNewAsync(BuildAfterTheWinner, CancellationToken.None);

        // Assert
        Assert.True(result.AlreadyFiled, "A unique-index violation on the key is the other post's case, not an error.");
        Assert.Equal(winner!.Case.TrackingCode, result.Case.TrackingCode);
        Assert.Equal(1, await host.QueryAsync(d => d.Cases.CountAsync()));
    }

    [Fact]
    public async Task File_SameKeyTwice_BothFilersShownOneCodeAndOneReceiptQueued()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var intake = CoreHost.Intake("hai.lan@example.vn") with { SubmissionKey = SubmissionKey.NewRandom() };

        // Act
        var both = await Task.WhenAll(Task.Run(() => host.FileAsync(intake)), Task.Run(() => host.FileAsync(intake)));

        // Assert
        Assert.Equal(both[0].Code, both[1].Code);
        Assert.Equal(both[0].LeadAgencyName, both[1].LeadAgencyName);
        Assert.Equal(1, await host.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboundEmails.CountAsync()));
    }

    private static NewCase Build(CoreHost host, string? key) => new(
        FeedbackCase.Receive(
            CoreHost.Intake("nguoi.gui@example.vn") with { SubmissionKey = key },
            new RoutingDecision("UBND-11311", [], null, "DIA-PHUONG", "4.4"),
            TrackingCode.NewRandom(),
            host.Clock.GetUtcNow()),
        null);
}
