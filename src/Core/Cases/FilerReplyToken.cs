using DanVan.Feedback.Core.Tokens;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// What the tracking page hands the filer after a successful look-up (code and phone or e-mail), so that the
/// reply form posted next is theirs without a session: the case id and the time of the request being answered,
/// in an <see cref="ExpiringToken"/> under a purpose of its own.
/// </summary>
public sealed class FilerReplyToken(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public const string Purpose = "DanVan.Feedback.FilerReply.v1";

    /// <summary>Long enough to write a reply on a phone; short enough that a page left open is looked up again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly ExpiringToken token = new(dataProtection, Purpose, time);

    public sealed record Target(long CaseId, DateTimeOffset RequestedAt);

    public string For(long caseId, DateTimeOffset requestedAt) =>
        token.Protect(Lifetime, ExpiringToken.Field(caseId), ExpiringToken.Field(requestedAt.UtcTicks));

    /// <summary>The request the token answers, or null when it is forged, damaged or expired.</summary>
    public Target? Read(string? value) =>
        token.Unprotect(value, 2) is [var caseField, var requestedField]
        && ExpiringToken.TryRead(caseField, out var caseId)
        && ExpiringToken.TryRead(requestedField, out var requestedTicks)
            ? new Target(caseId, new DateTimeOffset(requestedTicks, TimeSpan.Zero))
            : null;
}
