using System.Security.Cryptography;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// A one-time key a form carries from the moment it is shown, stored on the case it files (unique), so
/// the same form posted twice — a double click, back and resubmit, a retry after a timeout — files one
/// case and both posts are shown its code (ADR 0015). 128 random bits as 32 lower-case hex digits.
/// </summary>
public static class SubmissionKey
{
    public const int Length = 32;

    public static string NewRandom() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    /// <summary>The key as posted if it is one of ours, else null (the post is then filed without a key).</summary>
    public static string? Normalize(string? posted) =>
        posted is { Length: Length } && posted.All(char.IsAsciiHexDigitLower) ? posted : null;
}
