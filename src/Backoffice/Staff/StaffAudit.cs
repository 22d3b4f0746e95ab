using System.Net;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Staff;

/// <summary>
/// The line a signed-in member of staff's request adds to the audit log: who, from where, what, on which
/// subject. Added before the change is saved, so both are stored together or not at all.
/// </summary>
public static class StaffAudit
{
    public static void Record(this DbSet<AuditEntry> log, HttpContext http, AuditAction action, DateTimeOffset at, string subject, string detail)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(http);
        var actor = http.User.Actor();
        log.Add(AuditEntry.Create(
            action, at, actor.FullName, actor.UserId, actor.AgencyCode, subject, detail, Readable(http.Connection.RemoteIpAddress)));
    }

    /// <summary>Kestrel on a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; the log shows a.b.c.d.</summary>
    public static string? Readable(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4().ToString() : address?.ToString();
}
