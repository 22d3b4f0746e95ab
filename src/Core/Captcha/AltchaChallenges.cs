using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Captcha;

/// <summary>A challenge as the ALTCHA widget fetches it (protocol v1, which the 3.x widget still solves).</summary>
public sealed record AltchaChallenge(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("maxnumber")] int MaxNumber,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);

/// <summary>
/// Self-hosted ALTCHA proof of work (v1): the server picks a secret number, publishes
/// SHA-256(salt + number) signed with its HMAC key, and the browser finds the number by trying them
/// all. The salt carries its expiry, so the signature covers it; a solved payload is accepted once.
/// </summary>
public sealed class AltchaChallenges(IOptions<CaptchaOptions> options, AltchaReplayGuard replays, TimeProvider time)
{
    public const string Algorithm = "SHA-256";

    public AltchaChallenge Create()
    {
        var settings = options.Value.Altcha;
        var expires = time.GetUtcNow().Add(settings.Expiry).ToUnixTimeSeconds();
        var salt = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}?expires={expires.ToString(CultureInfo.InvariantCulture)}&";
        var number = RandomNumberGenerator.GetInt32(0, settings.MaxNumber + 1);
        var challenge = Hash(salt, number);
        return new AltchaChallenge(Algorithm, challenge, settings.MaxNumber, salt, Sign(challenge));
    }

    /// <summary>Checks the base64 JSON payload the widget posts, and spends it.</summary>
    public CaptchaResult Verify(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return new CaptchaResult(CaptchaOutcome.Missing);
        }

        if (Read(payload) is not { } solution
            || solution.Algorithm != Algorithm
            || solution.Salt is null || solution.Challenge is null || solution.Signature is null || solution.Number is not { } number
            || ExpiresAt(solution.Salt) is not { } expiresAt)
        {
            return new CaptchaResult(CaptchaOutcome.Failed);
        }

        // The signature first: an expiry in a forged salt means nothing.
        if (!SameHex(Hash(solution.Salt, number), solution.Challenge) || !SameHex(Sign(solution.Challenge), solution.Signature))
        {
            return new CaptchaResult(CaptchaOutcome.Failed);
        }

        if (expiresAt <= time.GetUtcNow())
        {
            return new CaptchaResult(CaptchaOutcome.Expired);
        }

        return replays.TrySpend(solution.Signature, expiresAt)
            ? CaptchaResult.Passed
            : new CaptchaResult(CaptchaOutcome.Expired);
    }

    private static string Hash(string salt, long number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));

    private string Sign(string challenge) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Altcha.HmacKey!), Encoding.UTF8.GetBytes(challenge)));

    private static bool SameHex(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));

    private static DateTimeOffset? ExpiresAt(string salt)
    {
        var query = salt.Split('?', 2) is [_, var rest] ? rest : null;
        var expires = query?.Split('&').FirstOrDefault(p => p.StartsWith("expires=", StringComparison.Ordinal))?["expires=".Length..];
        return long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static Solution? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Solution>(Convert.FromBase64String(payload.Trim()));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Solution(
        [property: JsonPropertyName("algorithm")] string? Algorithm,
        [property: JsonPropertyName("challenge")] string? Challenge,
        [property: JsonPropertyName("number")] long? Number,
        [property: JsonPropertyName("salt")] string? Salt,
        [property: JsonPropertyName("signature")] string? Signature);
}
