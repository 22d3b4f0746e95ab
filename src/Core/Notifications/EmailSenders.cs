using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DanVan.Feedback.Core.Notifications;

/// <summary>Delivers one stored e-mail. Throws when it could not; the caller records the failure.</summary>
public interface IEmailSender
{
    Task SendAsync(OutboundEmail email, CancellationToken cancellationToken);
}

internal static class MimeMessages
{
    public static MimeMessage From(OutboundEmail email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = email.MessageId,
            Subject = email.Subject,
            Date = email.CreatedAt,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }
}

/// <summary>Sends through an SMTP server with MailKit.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(OutboundEmail email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var host = smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        await client.ConnectAsync(host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessages.From(email, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Writes each message as an .eml file, so the embedded default needs no mail server.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, string pickupDirectory) : IEmailSender
{
    public string PickupDirectory { get; } = pickupDirectory;

    public async Task SendAsync(OutboundEmail email, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(PickupDirectory);
        var message = MimeMessages.From(email, options.Value);
        var name = string.Concat(email.MessageId.Split(Path.GetInvalidFileNameChars()));
        var temporary = Path.Combine(PickupDirectory, $".{name}.tmp");

        // Written aside and then moved, so a reader of the folder never sees half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(PickupDirectory, $"{name}.eml"), overwrite: true);
    }
}
