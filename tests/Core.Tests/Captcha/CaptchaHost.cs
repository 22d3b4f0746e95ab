using DanVan.Feedback.Core.Captcha;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Core.Tests.Captcha;

/// <summary>The CAPTCHA services as an app registers them, with the given configuration and environment.</summary>
internal static class CaptchaHost
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, string environment = "Development", FakeTimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(DateTimeOffset.UtcNow));
        services.AddCaptcha(configuration, new HostingEnvironment { EnvironmentName = environment, ApplicationName = "tests" });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static Dictionary<string, string?> SiteVerify(Uri verifyUrl, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Captcha:Provider"] = nameof(CaptchaProvider.ReCaptcha),
            ["Captcha:ReCaptcha:VerifyUrl"] = verifyUrl.ToString(),
            ["Captcha:ReCaptcha:SiteKey"] = "site-key-for-tests",
            ["Captcha:ReCaptcha:Secret"] = "secret-for-tests",
            ["Captcha:ReCaptcha:Timeout"] = "00:00:01",
        };
        change?.Invoke(settings);
        return settings;
    }
}
