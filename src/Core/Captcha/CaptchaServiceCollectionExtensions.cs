using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Captcha;

public static class CaptchaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CAPTCHA check of the public forms, validated when the host starts: outside
    /// Development, <c>None</c> or an ALTCHA key left out stops the app with a message saying what to set.
    /// </summary>
    public static IServiceCollection AddCaptcha(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<CaptchaOptions>()
            .Bind(configuration.GetSection(CaptchaOptions.SectionName))
            .PostConfigure(options =>
            {
                // Development needs no setup: a key made at start, so challenges die with the process.
                if (environment.IsDevelopment() && string.IsNullOrEmpty(options.Altcha.HmacKey))
                {
                    options.Altcha.HmacKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CaptchaOptions>>(new CaptchaOptionsValidator(environment));

        services.AddSingleton<AltchaReplayGuard>();
        services.AddSingleton<AltchaChallenges>();
        services.AddHttpClient<SiteVerifyClient>((provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<CaptchaOptions>>().Value.ReCaptcha.Timeout + TimeSpan.FromSeconds(1));
        services.AddScoped<CaptchaVerifier>();
        return services;
    }
}

internal sealed class CaptchaOptionsValidator(IHostEnvironment environment) : IValidateOptions<CaptchaOptions>
{
    public const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, CaptchaOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case CaptchaProvider.None when !environment.IsDevelopment():
                failures.Add(
                    $"Captcha:Provider is None in the {environment.EnvironmentName} environment. None is allowed only in Development: " +
                    "the public forms would be open to bots. Set Captcha:Provider to Altcha (self-hosted, with Captcha:Altcha:HmacKey) " +
                    "or ReCaptcha (with Captcha:ReCaptcha:SiteKey and Secret).");
                break;
            case CaptchaProvider.Altcha:
                if (string.IsNullOrEmpty(options.Altcha.HmacKey) || options.Altcha.HmacKey.Length < MinimumKeyLength)
                {
                    failures.Add(
                        $"Captcha:Altcha:HmacKey must be set to a secret of at least {MinimumKeyLength} characters " +
                        "(for example the output of `openssl rand -base64 32`); it signs the ALTCHA challenges.");
                }

                if (options.Altcha.Expiry <= TimeSpan.Zero)
                {
                    failures.Add("Captcha:Altcha:Expiry must be positive.");
                }

                if (options.Altcha.MaxNumber is < 1 or > 10_000_000)
                {
                    failures.Add("Captcha:Altcha:MaxNumber must be between 1 and 10 000 000.");
                }

                break;
            case CaptchaProvider.ReCaptcha:
                if (string.IsNullOrWhiteSpace(options.ReCaptcha.SiteKey) || string.IsNullOrWhiteSpace(options.ReCaptcha.Secret))
                {
                    failures.Add("Captcha:Provider is ReCaptcha: set Captcha:ReCaptcha:SiteKey and Captcha:ReCaptcha:Secret.");
                }

                if (!options.ReCaptcha.VerifyUrl.IsAbsoluteUri || options.ReCaptcha.VerifyUrl.Scheme is not ("https" or "http"))
                {
                    failures.Add("Captcha:ReCaptcha:VerifyUrl must be an absolute http(s) address.");
                }

                if (options.ReCaptcha.Timeout <= TimeSpan.Zero)
                {
                    failures.Add("Captcha:ReCaptcha:Timeout must be positive.");
                }

                if (options.ReCaptcha.MinimumScore is < 0 or > 1)
                {
                    failures.Add("Captcha:ReCaptcha:MinimumScore must be between 0 and 1.");
                }

                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
