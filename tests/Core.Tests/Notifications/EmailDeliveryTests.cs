using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Core.Notifications;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace DanVan.Feedback.Core.Tests.Notifications;

/// <summary>
/// A stored e-mail is never lost and never sent twice in the ordinary course, against a real SMTP
/// server on loopback (ARCHITECTURE.md, "Nothing lost").
/// </summary>
public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task Sweep_SmtpDownWhileCasesFiled_EveryMessageArrivesExactlyOnceAfterRestart()
    {
        // Arrange: the mail server is down while five filers send their cases.
        await using var smtp = new LoopbackSmtpServer();
        await using var host = await CoreHost.StartAsync(smtp.Port);
        for (var i = 0; i < 5; i++)
        {
            await host.FileAsync(CoreHost.Intake($"nguoi.gui{i}@example.vn"));
        }

        foreach (var id in host.Jobs.QueuedEmailIds())
        {
            await host.RunAsync<SendEmailJob>(job => job.ExecuteAsync(id, CancellationToken.None));
        }

        var failed = await host.QueryAsync(db => db.OutboundEmails.CountAsync(e => e.SentAt == null && e.Attempts == 1));

        // Act: the server comes back; the sweep runs past the back-off, and once more for good measure.
        smtp.Start();
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await host.RunAsync<SweepUnsentEmailJob>(job => job.ExecuteAsync(CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.RunAsync<SweepUnsentEmailJob>(job => job.ExecuteAsync(CancellationToken.None));

        // Assert
        Assert.Equal(5, failed);
        var stored = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().ToListAsync());
        Assert.Equal(5, stored.Count);
        Assert.All(stored, e => Assert.NotNull(e.SentAt));
        Assert.Equal(5, smtp.Received.Count);
        Assert.Equal(
            stored.Select(e => e.MessageId).Order(),
            smtp.Received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Sweep_AppDiesBetweenSendAndStamp_AtMostOneDuplicateWithTheSameMessageId()
    {
        // Arrange: the first send reaches the server, then the process "dies" before stamping the row.
        await using var smtp = new LoopbackSmtpServer();
        smtp.Start();
        var crashes = 1;
        await using var host = await CoreHost.StartAsync(smtp.Port, inner => new DyingSender(inner, () => Interlocked.Decrement(ref crashes) >= 0));
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var id = Assert.Single(host.Jobs.QueuedEmailIds());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.RunAsync<SendEmailJob>(job => job.ExecuteAsync(id, CancellationToken.None)));

        // Act: after the claim lapses, the sweep of the restarted app sends what is still unstamped.
        host.Clock.Advance(SendEmailJob.ClaimLifetime + TimeSpan.FromSeconds(1));
        await host.RunAsync<SweepUnsentEmailJob>(job => job.ExecuteAsync(CancellationToken.None));
        await host.RunAsync<SweepUnsentEmailJob>(job => job.ExecuteAsync(CancellationToken.None));

        // Assert
        var email = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync());
        Assert.NotNull(email.SentAt);
        Assert.Equal(2, smtp.Received.Count);
        Assert.All(smtp.Received, m => Assert.Equal(email.MessageId, m.MessageId));
    }

    [Fact]
    public async Task Send_AlreadySent_IsNeverSentAgain()
    {
        // Arrange
        await using var smtp = new LoopbackSmtpServer();
        smtp.Start();
        await using var host = await CoreHost.StartAsync(smtp.Port);
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var id = Assert.Single(host.Jobs.QueuedEmailIds());

        // Act: the job runs twice (Hangfire may retry) and the sweep runs later.
        await host.RunAsync<SendEmailJob>(job => job.ExecuteAsync(id, CancellationToken.None));
        await host.RunAsync<SendEmailJob>(job => job.ExecuteAsync(id, CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.RunAsync<SweepUnsentEmailJob>(job => job.ExecuteAsync(CancellationToken.None));

        // Assert
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task Send_NoSmtpConfigured_WritesTheMessageAsAnEmlFileToThePickupFolder()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));
        var id = Assert.Single(host.Jobs.QueuedEmailIds());

        // Act
        await host.RunAsync<SendEmailJob>(job => job.ExecuteAsync(id, CancellationToken.None));

        // Assert
        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.Database.Directory, "mail-pickup"), "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        var stored = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync());
        Assert.Equal(stored.MessageId, message.MessageId);
        Assert.Contains(filed.Code.ToString(), message.Subject);
        Assert.NotNull(stored.SentAt);
    }

    [Fact]
    public async Task File_WithEmail_ReceiptInVietnameseWithCodeAgencyAndDueDate()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        var filed = await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn"));

        // Assert: received Thu 12/2/2026, classified within 5 working days across Tết: Thu 26/2/2026.
        var email = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().Include(e => e.Case).SingleAsync());
        Assert.Equal($"Đã tiếp nhận phản ánh, kiến nghị – mã {filed.Code}", email.Subject);
        Assert.Equal("nguoi.gui@example.vn", email.To);
        Assert.Equal(filed.Code.Value, email.Case!.TrackingCode);
        Assert.Contains("Ủy ban nhân dân phường Hồng Bàng", email.TextBody);
        Assert.Contains("Hạn phân loại, chuyển xử lý: 26/02/2026", email.TextBody);
        Assert.Contains("Kính gửi Trần Văn Bình", email.TextBody);
    }

    [Fact]
    public async Task File_TitleWithMarkdownLink_ReceiptHtmlCarriesNoLinkFromTheFiler()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn", "Xem [tại đây](javascript:alert(1)) <img src=x onerror=alert(1)>"));

        // Assert: the filer's words arrive as words; escaped text is harmless, a live link or image is not.
        var email = await host.QueryAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync());
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(email.HtmlBody);
        Assert.DoesNotContain(html.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Contains("Xem [tại đây](javascript:alert(1))", html.Body!.TextContent);
    }

    [Fact]
    public async Task File_WithoutEmail_StoresNoMail()
    {
        // Arrange
        await using var host = await CoreHost.StartAsync();

        // Act
        await host.FileAsync(CoreHost.Intake("nguoi.gui@example.vn") with { Email = null, Phone = "0912345678" });

        // Assert
        Assert.Equal(0, await host.QueryAsync(db => db.OutboundEmails.CountAsync()));
    }

    /// <summary>Sends, then dies before the caller can stamp the row — as a killed process would.</summary>
    private sealed class DyingSender(IEmailSender inner, Func<bool> dieNow) : IEmailSender
    {
        public async Task SendAsync(OutboundEmail email, CancellationToken cancellationToken)
        {
            await inner.SendAsync(email, cancellationToken);
            if (dieNow())
            {
                throw new OperationCanceledException("The process was killed after the SMTP server accepted the message.");
            }
        }
    }
}
