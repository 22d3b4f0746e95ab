namespace DanVan.Feedback.Core.Cases;

/// <summary>How the details of a complaint or denunciation take free text: trimmed, empty as null, refused past its limit.</summary>
internal static class DetailText
{
    internal static string Required(string? value, int maxLength, string name) =>
        Clean(value, maxLength, name) ?? throw new ArgumentException($"{name} is required.", name);

    internal static string? Clean(string? value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength ? trimmed : throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
    }
}
