namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// Excel's rules for a sheet's name: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an
/// apostrophe, not "History", and unique within the workbook ignoring case.
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    public string Add(string wanted)
    {
        var name = Sanitise(wanted);
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
        }

        return candidate;
    }

    public static string Sanitise(string wanted)
    {
        var chars = SpreadsheetText.XmlSafe(wanted ?? "")
            .Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '-' : c)
            .ToArray();
        var name = new string(chars).Trim().Trim('\'').Trim();
        if (name.Length > MaxLength)
        {
            // Never cut a Vietnamese letter from its surrogate pair (none today, but names are data).
            var cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = name[..cut].TrimEnd().TrimEnd('\'');
        }

        return name.Length == 0 ? "Trang" : name;
    }
}
