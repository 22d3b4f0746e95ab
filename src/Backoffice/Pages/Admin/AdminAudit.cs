using System.Globalization;

namespace DanVan.Feedback.Backoffice.Pages.Admin;

/// <summary>
/// How an administrative change reads in the audit log (issue 4: "every change of rules"); the line is
/// written with <see cref="Staff.StaffAudit.Record"/>.
/// </summary>
public static class AdminAudit
{
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
