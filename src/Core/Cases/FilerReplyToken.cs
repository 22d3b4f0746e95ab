using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// What the tracking page hands the filer after a successful look-up (code and phone or e-mail), so that the
/// reply form posted next is theirs without a session: the case id, the time of the request being answered and
/// an expiry, protected with Data Protection under a purpose of its own. The expiry is read against the
/// injected clock (Data Protection's own time limit reads the system clock).
/// </summary>
public sealed class FilerReplyToken(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public const string Purpose = "DanVan.Feedback.FilerReply.v1";

    /// <summary>Long enough to write a reply on a phone; short enough that a page left open is looked up again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    public sealed record Target(long CaseId, DateTimeOffset RequestedAt);

    public string For(long caseId, DateTimeOffset requestedAt) =>
        protector.Protect(string.Create(
            CultureInfo.InvariantCulture,
            $"{caseId}:{requestedAt.UtcTicks}:{(time.GetUtcNow() + Lifetime).UtcTicks}"));

    /// <summary>The request the token answers, or null when it is forged, damaged or expired.</summary>
    public Target? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = payload.Split(':');
        return parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var requestedTicks)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)
            && time.GetUtcNow().UtcTicks <= expiresTicks
            ? new Target(caseId, new DateTimeOffset(requestedTicks, TimeSpan.Zero))
            : null;
    }
}
