using DanVan.Feedback.Core.Tokens;
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

    private readonly ExpiringToken token = new(dataProtection, Purpose, time);

    public sealed record Visit(Guid Key, ServiceRatingChannel Channel);

    /// <summary>A new visit's token, for the hidden field of the form.</summary>
    public string Start(ServiceRatingChannel channel) =>
        token.Protect(TimeSpan.FromHours(options.Value.VisitLifetimeHours), Guid.NewGuid().ToString("N"), channel.ToString());

    /// <summary>The visit the token names, or null when it is forged, damaged or expired.</summary>
    public Visit? Read(string? value) =>
        token.Unprotect(value, 2) is [var keyField, var channelField]
        && Guid.TryParseExact(keyField, "N", out var key)
        && Enum.TryParse<ServiceRatingChannel>(channelField, out var channel)
            ? new Visit(key, channel)
            : null;
}
