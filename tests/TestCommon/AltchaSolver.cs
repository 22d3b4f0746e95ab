using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVan.Feedback.TestCommon;

/// <summary>Solves an ALTCHA v1 challenge as the widget does: tries every number until SHA-256(salt + n) matches.</summary>
public static class AltchaSolver
{
    /// <summary>The base64 payload the widget would post, from the challenge JSON the Portal served.</summary>
    public static string Solve(string challengeJson)
    {
        var challenge = JsonNode.Parse(challengeJson)!;
        var salt = (string)challenge["salt"]!;
        var target = (string)challenge["challenge"]!;
        var max = (int)challenge["maxnumber"]!;
        for (var number = 0; number <= max; number++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));
            if (hash == target)
            {
                return Payload((string)challenge["algorithm"]!, target, number, salt, (string)challenge["signature"]!);
            }
        }

        throw new Xunit.Sdk.XunitException($"No number up to {max} solves the challenge.");
    }

    public static string Payload(string algorithm, string challenge, long number, string salt, string signature) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { algorithm, challenge, number, salt, signature, took = 10 }));
}
