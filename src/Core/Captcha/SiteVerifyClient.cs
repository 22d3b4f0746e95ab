using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Captcha;

/// <summary>
/// Google's <c>siteverify</c> protocol: POST secret, response and remoteip as a form; read
/// <c>{"success", "score", "action", "error-codes"}</c>. hCaptcha and Turnstile speak the same.
/// </summary>
public sealed partial class SiteVerifyClient(HttpClient http, IOptions<CaptchaOptions> options, ILogger<SiteVerifyClient> logger)
{
    // Codes that mean our configuration is wrong, not the filer's answer: the filer cannot fix them.
    private static readonly HashSet<string> ConfigurationErrors = new(StringComparer.Ordinal)
    {
        "missing-input-secret", "invalid-input-secret", "bad-request", "invalid-or-already-seen-response-secret", "sitekey-secret-mismatch",
    };

    public async Task<CaptchaResult> VerifyAsync(string? response, IPAddress? remoteIp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(response))
        {
            return new CaptchaResult(CaptchaOutcome.Missing);
        }

        var settings = options.Value.ReCaptcha;
        var fields = new Dictionary<string, string>
        {
            ["secret"] = settings.Secret ?? "",
            ["response"] = response,
        };
        if (remoteIp is not null)
        {
            fields["remoteip"] = remoteIp.ToString();
        }

        SiteVerifyAnswer? answer;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            using var reply = await http.PostAsync(settings.VerifyUrl, new FormUrlEncodedContent(fields), timeout.Token);
            if (!reply.IsSuccessStatusCode)
            {
                LogUnavailable(logger, settings.VerifyUrl, $"HTTP {(int)reply.StatusCode}");
                return new CaptchaResult(CaptchaOutcome.Unavailable);
            }

            answer = await reply.Content.ReadFromJsonAsync<SiteVerifyAnswer>(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, settings.VerifyUrl, $"no answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            return new CaptchaResult(CaptchaOutcome.Unavailable);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException)
        {
            LogUnavailable(logger, settings.VerifyUrl, e.Message);
            return new CaptchaResult(CaptchaOutcome.Unavailable);
        }

        if (answer is null)
        {
            LogUnavailable(logger, settings.VerifyUrl, "an empty answer");
            return new CaptchaResult(CaptchaOutcome.Unavailable);
        }

        var errors = answer.ErrorCodes ?? [];
        if (!answer.Success)
        {
            if (errors.Any(ConfigurationErrors.Contains))
            {
                LogUnavailable(logger, settings.VerifyUrl, $"a configuration error ({string.Join(", ", errors)})");
                return new CaptchaResult(CaptchaOutcome.Unavailable, ErrorCodes: errors);
            }

            var outcome = errors.Contains("timeout-or-duplicate") ? CaptchaOutcome.Expired : CaptchaOutcome.Failed;
            return new CaptchaResult(outcome, answer.Score, errors);
        }

        if (settings.ExpectedAction is { } action && answer.Action is not null && answer.Action != action)
        {
            return new CaptchaResult(CaptchaOutcome.LowScore, answer.Score, errors);
        }

        if (settings.MinimumScore is { } minimum && answer.Score is { } score && score < minimum)
        {
            return new CaptchaResult(CaptchaOutcome.LowScore, score, errors);
        }

        return new CaptchaResult(CaptchaOutcome.Passed, answer.Score, errors);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CAPTCHA verify service {VerifyUrl} unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, Uri verifyUrl, string reason);

    private sealed record SiteVerifyAnswer(
        [property: JsonPropertyName("success")] bool Success,
        [property: JsonPropertyName("score")] double? Score,
        [property: JsonPropertyName("action")] string? Action,
        [property: JsonPropertyName("hostname")] string? Hostname,
        [property: JsonPropertyName("error-codes")] string[]? ErrorCodes);
}
