using DanVan.Feedback.Core.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// The link that lets a filer rate an answer without typing the code and contact again: the case id, the
/// answer's time, in an <see cref="ExpiringToken"/>, so that it cannot be forged or pointed at another case,
/// and it dies with the answer it was made for.
/// </summary>
public sealed class AnswerRatingLink(IDataProtectionProvider dataProtection, IOptions<RatingOptions> options, TimeProvider time)
{
    public const string Purpose = "DanVan.Feedback.AnswerRating.v1";

    private readonly ExpiringToken token = new(dataProtection, Purpose, time);

    public sealed record Target(long CaseId, DateTimeOffset AnsweredAt);

    public string TokenFor(long caseId, DateTimeOffset answeredAt) =>
        token.Protect(TimeSpan.FromDays(options.Value.LinkLifetimeDays), ExpiringToken.Field(caseId), ExpiringToken.Field(answeredAt.UtcTicks));

    /// <summary>The answer the token names, or null when it is forged, damaged or expired.</summary>
    public Target? Read(string? value) =>
        token.Unprotect(value, 2) is [var caseField, var answeredField]
        && ExpiringToken.TryRead(caseField, out var caseId)
        && ExpiringToken.TryRead(answeredField, out var answeredTicks)
            ? new Target(caseId, new DateTimeOffset(answeredTicks, TimeSpan.Zero))
            : null;

    /// <summary>The Portal page the link opens.</summary>
    public static string PathFor(string token) => $"/danh-gia-tra-loi/{Uri.EscapeDataString(token)}";
}
