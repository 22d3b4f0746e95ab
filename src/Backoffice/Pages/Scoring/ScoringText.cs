using System.Globalization;
using DanVan.Feedback.Core.Scoring;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>How the scoring pages read and write numbers and names: points as an assessor types them (12,5 or 12.5).</summary>
public static class ScoringText
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A number typed with a decimal comma or point and no thousands separator; null when the text is not one.</summary>
    public static decimal? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalised = text.Trim().Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value is > -1_000_000 and < 1_000_000
            ? value
            : null;
    }

    public static string Format(decimal? value) => value?.ToString("0.##", Vietnamese) ?? "";

    public static string Points(decimal? value) => value is { } v ? v.ToString("0.##", Vietnamese) : "—";

    public static string Delta(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + value.Value.ToString("0.##", Vietnamese),
        _ => value.Value.ToString("0.##", Vietnamese),
    };

    public static string Method(ScoringMethod method) => method switch
    {
        ScoringMethod.Bands => "Theo khung điểm",
        ScoringMethod.Linear => "Tuyến tính giữa hai mức",
        ScoringMethod.Manual => "Chấm tay, có minh chứng",
        _ => method.ToString(),
    };

    public static string Class(ScoreClass scoreClass) => ScoreClassNames.Vietnamese(scoreClass);

    /// <summary>The id of a field, from its ModelState key, as the error summary links to it.</summary>
    public static string Id(string key) => key.Replace('.', '_');
}
