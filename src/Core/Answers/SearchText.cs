using System.Globalization;
using System.Text;

namespace DanVan.Feedback.Core.Answers;

/// <summary>
/// Vietnamese text folded for search: lower case, without tone marks or the marks of â ă ê ô ơ ư, and
/// đ as d, so "duong" finds "Đường" and "DƯỜNG" alike. The same function folds what is indexed and
/// what is asked, so the two always agree, on every database engine (no collation is relied upon).
/// </summary>
public static class SearchText
{
    /// <summary>Longer words are cut to this length, in the index and in the query alike.</summary>
    public const int MaxTermLength = 32;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Đ/đ has no decomposition; Ð (eth) is the look-alike people type for it.
            folded.Append(ch switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The distinct folded words of the text, in order of first appearance: runs of letters and digits.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var folded = Fold(text);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var term = folded[start..Math.Min(i, start + MaxTermLength)];
                if (seen.Add(term))
                {
                    terms.Add(term);
                }

                start = -1;
            }
        }

        return terms;
    }
}
