using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Portal.Tests.Safety;

public sealed class StartupTests
{
    [Fact]
    public void Start_ProductionWithoutCaptcha_RefusesWithAClearMessage()
    {
        using var database = new TestDatabase();
        using var portal = new PortalFactory(database, new FakeTimeProvider(TestClock.BeforeTet2026)) { EnvironmentName = "Production" };
        portal.Settings["Captcha:Provider"] = "None";

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Captcha:Provider is None in the Production environment. None is allowed only in Development", error.ToString(), StringComparison.Ordinal);
    }
}
