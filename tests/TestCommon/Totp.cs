using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// The code an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), so tests can
/// sign in as an inspector or administrator. Identity checks codes against the real clock
/// (DateTimeOffset.UtcNow, not the injected TimeProvider), so tests pass the real time, not the fake one.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The code the app shows now, by the real clock Identity checks against.</summary>
    public static string CurrentCode(string base32Key) => Code(base32Key, TimeProvider.System.GetUtcNow());

    /// <summary>A code the app does not show now, nor in the steps around now that Identity also accepts.</summary>
    public static string CurrentWrongCode(string base32Key) => WrongCode(base32Key, TimeProvider.System.GetUtcNow());

    public static string Code(string base32Key, DateTimeOffset at) => Code(FromBase32(base32Key), at.ToUnixTimeSeconds() / (long)Step.TotalSeconds);

    /// <summary>The code of a given time step (RFC 4226, section 5.3, with the step as the counter).</summary>
    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code that no step near <paramref name="at"/> produces: Identity accepts two steps either side.</summary>
    public static string WrongCode(string base32Key, DateTimeOffset at)
    {
        var key = FromBase32(base32Key);
        var now = at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var accepted = Enumerable.Range(-3, 7).Select(i => Code(key, now + i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }

    /// <summary>RFC 4648 Base32, ignoring spaces and case, as an app does when the key is typed by hand.</summary>
    public static byte[] FromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a Base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
