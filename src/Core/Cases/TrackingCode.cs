using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Mã tra cứu: the code a filer reads aloud on the phone or types on a cheap keyboard to follow a case.
/// Seven random characters and one Luhn mod 32 check character, from an alphabet without the
/// look-alikes 0/O and 1/I, shown as "XXXX-XXXX". The random part comes from a cryptographic
/// generator, so one code says nothing about another.
/// </summary>
public readonly record struct TrackingCode
{
    /// <summary>Digits 2–9 and the letters A–Z less I and O: 32 symbols that cannot be mistaken for one another.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int RandomLength = 7;
    public const int Length = RandomLength + 1;

    /// <summary>The longest text a person could type for a code: the display form with room for spaces.</summary>
    public const int MaxInputLength = 20;

    private TrackingCode(string value) => Value = value;

    /// <summary>The eight symbols without the separator, as stored.</summary>
    public string Value { get; }

    public static TrackingCode NewRandom()
    {
        Span<char> symbols = stackalloc char[Length];

        // One call to the system's generator for all seven symbols, each uniform over the alphabet, not one call each.
        RandomNumberGenerator.GetItems(Alphabet, symbols[..RandomLength]);
        symbols[RandomLength] = CheckSymbol(symbols[..RandomLength]);
        return new TrackingCode(new string(symbols));
    }

    /// <summary>
    /// Reads a code as a person may type it: any case, with spaces or a hyphen. False when a symbol
    /// is outside the alphabet, the length is wrong, or the check symbol does not match (a typo).
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TrackingCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return false;
        }

        Span<char> symbols = stackalloc char[Length];
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '.')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (count == Length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return false;
            }

            symbols[count++] = upper;
        }

        if (count != Length || CheckSymbol(symbols[..RandomLength]) != symbols[RandomLength])
        {
            return false;
        }

        code = new TrackingCode(new string(symbols));
        return true;
    }

    public static TrackingCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a tracking code.");

    /// <summary>The form shown to people: "ABCD-EFGH".</summary>
    public override string ToString() => Value is null ? "" : $"{Value[..4]}-{Value[4..]}";

    /// <summary>Luhn mod N over the alphabet: catches every single wrong symbol and most swaps of neighbours.</summary>
    private static char CheckSymbol(ReadOnlySpan<char> payload)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(payload[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }
}
