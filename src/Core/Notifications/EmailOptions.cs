using MailKit.Security;

namespace DanVan.Feedback.Core.Notifications;

/// <summary>The <c>Email</c> section. With no SMTP host, messages are written as .eml files to a pickup folder.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string FromAddress { get; set; } = "khong-tra-loi@danvan.haiphong.gov.vn";

    public string FromName { get; set; } = "Phản ánh, kiến nghị Hải Phòng";

    /// <summary>The right-hand side of every Message-Id the system makes.</summary>
    public string MessageIdDomain { get; set; } = "danvan.haiphong.gov.vn";

    /// <summary>The Portal's public address, for links in mail.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";

    /// <summary>The Backoffice's address, for links in mail to staff.</summary>
    public string BackofficeUrl { get; set; } = "http://localhost:5090";

    /// <summary>Where .eml files go without SMTP; relative to the data directory.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
