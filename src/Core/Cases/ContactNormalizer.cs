using System.Text.RegularExpressions;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Puts phone numbers and e-mail addresses in one form, so "+84 912 345 678" and "0912.345.678"
/// are the same contact when a filer looks up their case.
/// </summary>
public static partial class ContactNormalizer
{
    /// <summary>A Vietnamese number in national form: 0 followed by 9 or 10 digits (mobile and landline).</summary>
    /// <remarks>No national number continues 0 after the trunk 0: "+84 0912…" must not become "00912…".</remarks>
    [GeneratedRegex(@"^0[1-9]\d{8,9}$")]
    private static partial Regex NationalPhone();

    /// <summary>Returns the phone as "0xxxxxxxxx", or null when the text is not a Vietnamese phone number.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var trimmed = phone.Trim();
        if (trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits.StartsWith("0084", StringComparison.Ordinal) ? digits[4..]
                : digits.StartsWith("84", StringComparison.Ordinal) ? digits[2..]
                : "";
            // "+84 (0)912…" carries the trunk 0 after the country code; people write it so, and mean 0912….
            digits = digits.StartsWith('0') ? digits[1..] : digits;
            digits = digits.Length > 0 ? "0" + digits : "";
        }

        // Only separators may stand beside the digits: "0912 abc 345" is not a phone number.
        var onlySeparators = trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+');
        return onlySeparators && NationalPhone().IsMatch(digits) ? digits : null;
    }

    /// <summary>Returns the address trimmed and in lower case, or null when it is not an e-mail address.</summary>
    public static string? NormalizeEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim().ToLowerInvariant();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == trimmed.LastIndexOf('@') && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.EndsWith('.') && !trimmed.Contains("..", StringComparison.Ordinal) && !trimmed.Any(char.IsWhiteSpace);
        return valid ? trimmed : null;
    }
}
