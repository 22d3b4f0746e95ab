using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// The link that lets a filer rate an answer without typing the code and contact again: the case id, the
/// answer's time and an expiry, protected with Data Protection (the shared key ring), so that it cannot be
/// forged or pointed at another case, and it dies with the answer it was made for. The expiry is in the
/// payload and read against the injected clock (Data Protection's own time limit reads the system clock).
/// </summary>
public sealed class AnswerRatingLink(IDataProtectionProvider dataProtection, IOptions<RatingOptions> options, TimeProvider time)
{
    public const string Purpose = "DanVan.Feedback.AnswerRating.v1";

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    public sealed record Target(long CaseId, DateTimeOffset AnsweredAt);

    public string TokenFor(long caseId, DateTimeOffset answeredAt) =>
        protector.Protect(string.Create(
            CultureInfo.InvariantCulture,
            $"{caseId}:{answeredAt.UtcTicks}:{time.GetUtcNow().AddDays(options.Value.LinkLifetimeDays).UtcTicks}"));

    /// <summary>The answer the token names, or null when it is forged, damaged or expired.</summary>
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
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var answeredTicks)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)
            && time.GetUtcNow().UtcTicks <= expiresTicks
            ? new Target(caseId, new DateTimeOffset(answeredTicks, TimeSpan.Zero))
            : null;
    }

    /// <summary>The Portal page the link opens.</summary>
    public static string PathFor(string token) => $"/danh-gia-tra-loi/{Uri.EscapeDataString(token)}";
}
