using System.Text;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>Text as it may go into a spreadsheet cell, from the CSV or the workbook.</summary>
internal static class SpreadsheetText
{
    /// <summary>
    /// A cell that starts with = + - @, a tab or a carriage return is read as a formula by Excel and LibreOffice (CSV
    /// injection, OWASP): agency names, evidence and notes are typed by people, so such text gets a leading apostrophe.
    /// </summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>Drops the characters XML 1.0 cannot carry (control characters, lone surrogates), which would break the workbook.</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length;)
        {
            if (IsXmlChar(text, i, out var width))
            {
                builder?.Append(text, i, width);
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            }

            i += width;
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsXmlChar(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
    }
}
