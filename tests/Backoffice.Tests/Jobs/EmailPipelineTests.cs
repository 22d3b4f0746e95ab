using DanVan.Feedback.TestCommon;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DanVan.Feedback.Backoffice.Tests.Jobs;

/// <summary>The whole chain as deployed: the Portal stores and enqueues, the Backoffice's Hangfire server sends.</summary>
public sealed class EmailPipelineTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task FileOnPortal_WithEmail_BackofficeJobServerDeliversTheReceipt()
    {
        // Arrange: the Backoffice (and its job server) is up; no SMTP is configured, so mail goes to the pickup folder.
        _ = fixture.Backoffice.Services;
        var pickup = Path.Combine(fixture.Database.Directory, "mail-pickup");

        // Act
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Phone"] = "";
            f["Input.Email"] = "nguyen.thi.lan@example.vn";
        }));
        var delivered = await WaitForFileAsync(pickup, TimeSpan.FromSeconds(60));

        // Assert
        Assert.True(delivered is not null, $"The receipt should be sent by the Backoffice's job server within a minute; the outbox holds: {await DescribeOutboxAsync()}");
        var message = await MimeMessage.LoadAsync(delivered);
        Assert.Contains(code, message.Subject);
        Assert.Equal("nguyen.thi.lan@example.vn", message.To.Mailboxes.Single().Address);
    }

    /// <summary>What became of the stored mail, so a failure says whether it was never queued, claimed, or failed.</summary>
    private async Task<string> DescribeOutboxAsync()
    {
        using var scope = fixture.Backoffice.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var rows = await db.OutboundEmails.AsNoTracking()
            .Select(e => $"#{e.Id} {e.Template} sent {e.SentAt} attempts {e.Attempts} next {e.NextAttemptAt} error {e.LastError}")
            .ToListAsync();
        return rows.Count == 0 ? "nothing" : string.Join("; ", rows);
    }

    private static async Task<string?> WaitForFileAsync(string folder, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml") is [var file, ..])
            {
                return file;
            }

            await Task.Delay(250);
        }

        return null;
    }
}
