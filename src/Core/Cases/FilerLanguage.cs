using System.Globalization;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// The language a filer used the Portal in when filing: the city writes to them in it (the mail templates come
/// in Vietnamese and English). Every other channel, and every case filed before this was kept, is Vietnamese.
/// </summary>
public static class FilerLanguage
{
    public const string Vietnamese = "vi";

    public const string English = "en";

    public const int MaxLength = 2;

    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>The language of a page's culture: English for English, Vietnamese for anything else.</summary>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == English ? English : Vietnamese;
    }

    /// <summary>A stored language as the culture mail is written in; anything unknown is Vietnamese.</summary>
    public static CultureInfo CultureOf(string? language) => language == English ? EnglishCulture : VietnameseCulture;

    /// <summary>How a mail addresses a filer whose name it must not hold (a denouncer, an anonymous sender).</summary>
    public static string UnnamedGreeting(string? language) => language == English ? "Sir or Madam" : "quý vị";
}
