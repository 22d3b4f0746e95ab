using System.Globalization;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin;

/// <summary>
/// The line every administrative change adds to the audit log (issue 4: "every change of rules",
/// append-only). Added before the change is saved, so both are stored together or not at all.
/// </summary>
public static class AdminAudit
{
    public static void Record(this DbSet<AuditEntry> log, HttpContext http, AuditAction action, DateTimeOffset at, string subject, string detail)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(http);
        var actor = http.User.Actor();
        log.Add(AuditEntry.Create(
            action, at, actor.FullName, actor.UserId, actor.AgencyCode, subject, detail, http.Connection.RemoteIpAddress?.ToString()));
    }

    /// <summary>"Tên: A → B; Ưu tiên: 30 → 25": only what changed, in the order given; empty when nothing did.</summary>
    public static string Changes(IEnumerable<(string Label, string Value)> before, IEnumerable<(string Label, string Value)> after)
    {
        var old = before.ToDictionary(f => f.Label, f => f.Value, StringComparer.Ordinal);
        return string.Join("; ", after
            .Where(f => !old.TryGetValue(f.Label, out var was) || !string.Equals(was, f.Value, StringComparison.Ordinal))
            .Select(f => $"{f.Label}: {Shown(old.GetValueOrDefault(f.Label))} → {Shown(f.Value)}"));
    }

    /// <summary>"Tên: A; Ưu tiên: 30": every field, for an addition.</summary>
    public static string Fields(IEnumerable<(string Label, string Value)> fields) =>
        string.Join("; ", fields.Select(f => $"{f.Label}: {Shown(f.Value)}"));

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool value) => value ? "có" : "không";

    private static string Shown(string? value) => string.IsNullOrEmpty(value) ? "(trống)" : value;
}
