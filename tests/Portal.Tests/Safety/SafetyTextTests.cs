using System.Globalization;
using DanVan.Feedback.Portal.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Tests.Safety;

public sealed class SafetyTextTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public void Texts_EveryVietnameseKey_HasAnEnglishTranslation()
    {
        var text = fixture.Factory.Services.GetRequiredService<IStringLocalizer<SafetyText>>();
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            var vietnamese = text.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = text.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);

            Assert.Contains("Captcha.Failed", vietnamese.Keys);
            Assert.Equal(vietnamese.Keys.Order(), english.Keys.Order());
            Assert.All(english, e => Assert.NotEqual(vietnamese[e.Key], e.Value));
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
