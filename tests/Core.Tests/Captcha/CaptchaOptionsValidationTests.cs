using DanVan.Feedback.Core.Captcha;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Core.Tests.Captcha;

public sealed class CaptchaOptionsValidationTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Options_NoneOutsideDevelopment_RefusedSayingWhatToSet(string environment)
    {
        using var services = CaptchaHost.Build(new() { ["Captcha:Provider"] = "None" }, environment);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaptchaOptions>>().Value);

        Assert.Contains($"Captcha:Provider is None in the {environment} environment", error.Message, StringComparison.Ordinal);
        Assert.Contains("Set Captcha:Provider to Altcha", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NoneInDevelopment_Allowed()
    {
        using var services = CaptchaHost.Build(new() { ["Captcha:Provider"] = "None" });

        Assert.Equal(CaptchaProvider.None, services.GetRequiredService<IOptions<CaptchaOptions>>().Value.Provider);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("qua-ngan")]
    public void Options_AltchaInProductionWithoutAStrongKey_Refused(string? key)
    {
        using var services = CaptchaHost.Build(new() { ["Captcha:Provider"] = "Altcha", ["Captcha:Altcha:HmacKey"] = key }, "Production");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaptchaOptions>>().Value);

        Assert.Contains("Captcha:Altcha:HmacKey must be set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ReCaptchaWithoutKeys_Refused()
    {
        using var services = CaptchaHost.Build(new() { ["Captcha:Provider"] = "ReCaptcha" }, "Production");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaptchaOptions>>().Value);

        Assert.Contains("Captcha:ReCaptcha:SiteKey", error.Message, StringComparison.Ordinal);
    }
}
