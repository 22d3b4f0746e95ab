using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class FilerReplyServiceTests
{
    private const string Reply = "Cột đèn hỏng là cột thứ ba tính từ đầu ngõ 45, trước cửa nhà số 7.";

    private static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", "UBND-11311");

    [Fact]
    public async Task Reply_WithTheTokenOfTheLookUp_ResumesTheClockRefreshesTheDueDateAndAudits()
    {
        // Arrange: filed Thu 12/2/2026 (classify by 26/2), asked for information at once; the filer replies a week later.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var token = await RequestInformationAsync(host, filed, lookedUpAfter: TimeSpan.FromDays(7));

        // Act
        var result = await ReplyAsync(host, token, Reply);

        // Assert
        Assert.True(result.Outcome == FilerReplyOutcome.Recorded, $"A reply with a valid token must be recorded; it was {result.Outcome}.");
        Assert.Equal(CaseStatus.Received, result.Status);
        var stored = await host.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value));
        Assert.Equal(CaseStatus.Received, stored.Status);
        Assert.False(stored.ClockPaused, "Once the filer has replied the clock must run again.");
        // Waiting from Thu 12/2 to Thu 19/2 set aside one working day (Fri 13/2; Tết is off until 22/2): 26/2 becomes Fri 27/2.
        Assert.True(stored.DueOn == new DateOnly(2026, 2, 27), $"The due date must move by the working day spent waiting, to 27/02/2026; it is {stored.DueOn}.");
        Assert.Equal(stored.DueOn, result.DueOn);
        var received = Assert.Single(stored.Events, e => e.Type == CaseEventType.InformationReceived);
        Assert.Equal(FeedbackCase.FilersReplyPrefix + Reply, received.Note);
        var audit = Assert.Single(await host.QueryAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Subject == filed.Code.Value).ToListAsync()));
        Assert.Equal(AuditAction.CaseAction, audit.Action);
        Assert.True(audit.ActorName == FilerReplyService.AuditActorName && audit.ActorUserId is null, $"The audit log must say the filer replied via the Portal; it names {audit.ActorName}.");
    }

    [Fact]
    public async Task Reply_TokenPastItsLifetime_IsNotFoundAndChangesNothing()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var token = await RequestInformationAsync(host, filed);
        host.Clock.Advance(FilerReplyToken.Lifetime + TimeSpan.FromMinutes(1));

        // Act
        var result = await ReplyAsync(host, token, Reply);

        // Assert
        Assert.True(result.Outcome == FilerReplyOutcome.NotFound, $"A token past its lifetime (read on the injected clock) must not record a reply; it was {result.Outcome}.");
        Assert.Equal(CaseStatus.WaitingForFiler, await host.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Reply_ForgedToken_IsNotFound()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var token = await RequestInformationAsync(host, filed);

        // Act
        var result = await ReplyAsync(host, token[..^4] + "AAAA", Reply);

        // Assert
        Assert.Equal(FilerReplyOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Reply_RequestAlreadyAnswered_IsNotWaitingAndChangesNothing()
    {
        // Arrange: the filer replied in another tab; the second reply with the same token finds nothing to answer.
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var token = await RequestInformationAsync(host, filed);
        await ReplyAsync(host, token, Reply);
        var events = await host.QueryAsync(db => db.CaseEvents.CountAsync());

        // Act
        var result = await ReplyAsync(host, token, "Bổ sung lần hai");

        // Assert
        Assert.True(result.Outcome == FilerReplyOutcome.NotWaiting, $"A case no longer waiting for the filer must refuse the reply; it was {result.Outcome}.");
        Assert.Equal(events, await host.QueryAsync(db => db.CaseEvents.CountAsync()));
    }

    /// <summary>The agency asks now; the filer looks the case up <paramref name="lookedUpAfter"/> later and is given a token.</summary>
    private static async Task<string> RequestInformationAsync(CoreHost host, FiledCase filed, TimeSpan lookedUpAfter = default)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == filed.Code.Value);
        var at = host.Clock.GetUtcNow();
        feedbackCase.RequestInformation("Đề nghị cho biết vị trí chính xác của cột đèn hỏng", Officer, at);
        await db.SaveChangesAsync();
        host.Clock.Advance(lookedUpAfter);
        return scope.ServiceProvider.GetRequiredService<FilerReplyToken>().For(feedbackCase.Id, at);
    }

    private static async Task<FilerReplyResult> ReplyAsync(CoreHost host, string token, string reply)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FilerReplyService>().ReplyAsync(token, reply);
    }
}
