using System.Collections.Concurrent;

namespace DanVan.Feedback.Core.Captcha;

/// <summary>
/// The signatures of ALTCHA payloads already accepted, kept until they expire, so one solved
/// challenge files one case. In memory: right for one Portal instance; ADR 10 says what several need.
/// </summary>
public sealed class AltchaReplayGuard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> spent = new(StringComparer.Ordinal);
    private long spends;

    /// <summary>True the first time a signature is spent; false for every later try until it expires.</summary>
    public bool TrySpend(string signature, DateTimeOffset expiresAt)
    {
        // Forget expired ones now and then: an expired payload is refused by its expiry anyway.
        if (Interlocked.Increment(ref spends) % 256 == 0)
        {
            var now = time.GetUtcNow();
            foreach (var (key, expiry) in spent)
            {
                if (expiry <= now)
                {
                    spent.TryRemove(key, out _);
                }
            }
        }

        return spent.TryAdd(signature.ToLowerInvariant(), expiresAt);
    }

    public int Count => spent.Count;
}
