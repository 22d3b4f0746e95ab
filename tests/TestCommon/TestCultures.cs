using System.Globalization;

namespace DanVan.Feedback.TestCommon;

/// <summary>Reads something as a request in a given language would: the UI culture picks the words, the culture formats numbers.</summary>
public static class TestCultures
{
    public static T In<T>(string culture, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
