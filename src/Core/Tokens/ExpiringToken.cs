using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Feedback.Core.Tokens;

/// <summary>
/// A few fields and an expiry, protected with Data Protection (the shared key ring) under a purpose of their own:
/// what the Portal hands a citizen instead of a session (a link to rate an answer, the right to reply to a request,
/// a visit to the rating form). The payload reads "field:field:expiry ticks"; the expiry is read against the
/// injected clock, because Data Protection's own time limit reads the system clock.
/// </summary>
public sealed class ExpiringToken(IDataProtectionProvider dataProtection, string purpose, TimeProvider time)
{
    // Far longer than any token this makes; a longer string is not worth trying to open.
    private const int MaxLength = 1000;

    private readonly IDataProtector protector = dataProtection.CreateProtector(purpose);

    /// <param name="fields">Values without ':' (numbers, GUIDs in "N" form, enum names).</param>
    public string Protect(TimeSpan lifetime, params string[] fields) =>
        protector.Protect(string.Join(':', [.. fields, (time.GetUtcNow() + lifetime).UtcTicks.ToString(CultureInfo.InvariantCulture)]));

    /// <summary>The <paramref name="fieldCount"/> fields, or null when the token is forged, damaged, expired or of another shape.</summary>
    public string[]? Unprotect(string? token, int fieldCount)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxLength)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split(':');
        return parts.Length == fieldCount + 1
            && long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)
            && time.GetUtcNow().UtcTicks <= expiresTicks
            ? parts[..^1]
            : null;
    }

    /// <summary>A number field as <see cref="Protect"/> writes it.</summary>
    public static string Field(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number field read back: digits only, so a forged sign or space is refused.</summary>
    public static bool TryRead(string field, out long value) =>
        long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
