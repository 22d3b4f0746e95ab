using System.Globalization;
using System.Threading.RateLimiting;
using DanVan.Feedback.Core.Captcha;
using DanVan.Feedback.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>The Portal's defences against bots and abuse: CAPTCHA, rate limits, security headers (ADR 10).</summary>
public static partial class PortalSafetyExtensions
{
    public const string AltchaChallengePath = "/altcha/challenge";

    public static IServiceCollection AddPortalSafety(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddCaptcha(configuration, environment);

        // The shared headers (ADR 22), plus what the Portal's own pages use: a third-party CAPTCHA's
        // scripts, frames and connections when one is configured, and the location for js/place.js.
        services.AddSecurityHeaders(headers => headers.SelfFeatures.Add("geolocation"));
        services.AddOptions<SecurityHeadersOptions>().Configure<IOptions<CaptchaOptions>>((headers, captcha) =>
        {
            if (captcha.Value.Provider == CaptchaProvider.ReCaptcha)
            {
                foreach (var origin in captcha.Value.ReCaptcha.ContentOrigins)
                {
                    headers.ThirdPartyOrigins.Add(origin);
                }
            }
        });

        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicies.Intake, context => PostsPerClient(context, limits => limits.Intake));
            limiter.AddPolicy(RateLimitPolicies.Lookup, context => PostsPerClient(context, limits => limits.Lookup));

            // The body is left empty: the status-code pages show /loi/429 (Pages/Safety/TooManyRequests).
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                LogRejected(rejected.HttpContext.RequestServices.GetRequiredService<ILogger<RateLimitOptions>>(),
                    rejected.HttpContext.Request.Path, ClientPartition.KeyOf(rejected.HttpContext.Connection.RemoteIpAddress));
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>After routing: headers on every response, the rate limiter, and ALTCHA's challenge endpoint.</summary>
    public static WebApplication UsePortalSafety(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseMiddleware<RequestTooLargeMiddleware>();
        app.UseRateLimiter();
        app.MapGet(AltchaChallengePath, (HttpContext context, IOptions<CaptchaOptions> options, AltchaChallenges challenges) =>
        {
            if (options.Value.Provider != CaptchaProvider.Altcha)
            {
                return Results.NotFound();
            }

            // Each challenge is solved once; a cached one would be refused as already used.
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(challenges.Create());
        });
        return app;
    }

    // Only POSTs are counted: showing a form costs little and gives nothing away.
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, Func<RateLimitOptions, RateLimitOptions.WindowLimit> pick)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("not-counted");
        }

        var limit = pick(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(ClientPartition.KeyOf(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached on {Path} for client {Client}")]
    private static partial void LogRejected(ILogger logger, PathString path, string client);
}
