using System.Net;
using System.Security.Claims;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Backoffice.Staff;

/// <summary>
/// The audit log's lines about accounts (issue 4): sign-in, failed sign-in, lockout, sign-out, second
/// factor turned on, each with the address it came from. No cancellation token: a line is written even
/// if the browser has gone away.
/// </summary>
public sealed class SignInAuditService(FeedbackDbContext db, TimeProvider time, IOptions<IdentityOptions> identityOptions)
{
    public Task RecordAsync(AuditAction action, StaffUser user, IPAddress? from, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AddAsync(action, user.UserName ?? "", user.Id, user.AgencyCode, from, detail);
    }

    /// <summary>A refused password or code; and the lockout, when this attempt is the one that locked the account.</summary>
    public async Task RecordFailureAsync(StaffUser user, IPAddress? from, string reason, bool wasLockedOut, bool isLockedOut)
    {
        await RecordAsync(AuditAction.SignInFailed, user, from, wasLockedOut ? "Tài khoản đang tạm bị khóa." : reason);
        if (isLockedOut && !wasLockedOut)
        {
            var lockout = identityOptions.Value.Lockout;
            await RecordAsync(AuditAction.LockedOut, user, from,
                $"Tạm khóa {lockout.DefaultLockoutTimeSpan.TotalMinutes:0} phút sau {lockout.MaxFailedAccessAttempts} lần đăng nhập sai liên tiếp.");
        }
    }

    /// <summary>For a name typed at sign-in that matches no account.</summary>
    public Task RecordAsync(AuditAction action, string typedUserName, IPAddress? from, string? detail = null) =>
        AddAsync(action, typedUserName, userId: null, agencyCode: null, from, detail);

    public Task RecordAsync(AuditAction action, ClaimsPrincipal user, IPAddress? from, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AddAsync(action, user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.NameIdentifier), user.AgencyCode(), from, detail);
    }

    private async Task AddAsync(AuditAction action, string userName, string? userId, string? agencyCode, IPAddress? from, string? detail)
    {
        db.AuditLog.Add(AuditEntry.Create(
            action, time.GetUtcNow(), userName, userId, agencyCode, subject: userName, detail: detail, ipAddress: StaffAudit.Readable(from)));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
