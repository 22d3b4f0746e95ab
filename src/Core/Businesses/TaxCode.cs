namespace DanVan.Feedback.Core.Businesses;

/// <summary>Why a typed tax code was refused; each has its own message, so the filer knows what to check.</summary>
public enum TaxCodeProblem
{
    None,

    /// <summary>Not 10 digits, nor 10 digits, a hyphen and 3 digits.</summary>
    Format,

    /// <summary>The 10th digit does not match the first nine: a typo, or a number that is no tax code.</summary>
    CheckDigit,
}

/// <summary>
/// Mã số thuế (MST) of an enterprise: 10 digits, the last a check digit, or for a branch or dependent
/// unit the enterprise's 10 digits, a hyphen and 3 digits (Thông tư 105/2020/TT-BTC, Điều 5). Stored
/// in this normalised form; people type it with spaces or dots, which are dropped.
/// </summary>
public readonly record struct TaxCode
{
    public const int Length = 10;
    public const int BranchLength = Length + 4;

    /// <summary>The longest text a person could type for a code, spaces and dots included.</summary>
    public const int MaxInputLength = 24;

    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    private TaxCode(string value) => Value = value;

    /// <summary>"0100109106" or "0100109106-001".</summary>
    public string Value { get; }

    /// <summary>True for a branch or dependent unit (the 3-digit suffix).</summary>
    public bool IsBranch => Value.Length == BranchLength;

    public static TaxCodeProblem TryParse(string? text, out TaxCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return TaxCodeProblem.Format;
        }

        var value = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        var wellFormed = value.Length switch
        {
            Length => value.All(char.IsAsciiDigit),
            BranchLength => value[..Length].All(char.IsAsciiDigit) && value[Length] == '-' && value[(Length + 1)..].All(char.IsAsciiDigit),
            _ => false,
        };
        if (!wellFormed)
        {
            return TaxCodeProblem.Format;
        }

        if (CheckDigit(value.AsSpan(0, Length - 1)) is not { } check || value[Length - 1] - '0' != check)
        {
            return TaxCodeProblem.CheckDigit;
        }

        code = new TaxCode(value);
        return TaxCodeProblem.None;
    }

    public static TaxCode Parse(string text) =>
        TryParse(text, out var code) == TaxCodeProblem.None ? code : throw new FormatException($"'{text}' is not a valid tax code.");

    /// <summary>
    /// The check digit of a nine-digit stem: 10 − (Σ digit × weight mod 11). A result of 10 has no digit,
    /// so no valid code begins with that stem (null).
    /// </summary>
    public static int? CheckDigit(ReadOnlySpan<char> stem)
    {
        if (stem.Length != Weights.Length)
        {
            throw new ArgumentException("A tax code's stem has nine digits.", nameof(stem));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (stem[i] - '0') * Weights[i];
        }

        var check = 10 - (sum % 11);
        return check == 10 ? null : check;
    }

    public override string ToString() => Value;
}
