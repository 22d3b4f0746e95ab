using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// "One rating per visit": each time the rating form is opened (from the Portal, a link, or a scan of a desk's QR
/// code) it carries a fresh visit token — a random key, the channel and an expiry, protected with Data Protection
/// so that it cannot be forged. The rating stores the key under a unique index, so a double click, a reload of the
/// post or a replayed form stores one rating. Opening the form again is a new visit: a citizen served twice rates twice.
/// </summary>
public sealed class ServiceRatingVisit(IDataProtectionProvider dataProtection, IOptions<RatingOptions> options, TimeProvider time)
{
    public const string Purpose = "DanVan.Feedback.ServiceRatingVisit.v1";

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    public sealed record Visit(Guid Key, ServiceRatingChannel Channel);

    /// <summary>A new visit's token, for the hidden field of the form.</summary>
    public string Start(ServiceRatingChannel channel) =>
        protector.Protect(string.Create(
            CultureInfo.InvariantCulture,
            $"{Guid.NewGuid():N}:{channel}:{time.GetUtcNow().AddHours(options.Value.VisitLifetimeHours).UtcTicks}"));

    /// <summary>The visit the token names, or null when it is forged, damaged or expired.</summary>
    public Visit? Read(string? token)
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
            && Guid.TryParseExact(parts[0], "N", out var key)
            && Enum.TryParse<ServiceRatingChannel>(parts[1], out var channel)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)
            && time.GetUtcNow().UtcTicks <= expiresTicks
            ? new Visit(key, channel)
            : null;
    }
}
