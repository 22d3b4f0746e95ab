using DanVan.Feedback.TestCommon;
using Microsoft.Playwright;

namespace DanVan.Feedback.Browser.Tests;

/// <summary>The Portal with ALTCHA, as Production runs it, in Chromium.</summary>
public sealed class AltchaBrowserFixture() : BrowserFixture(portal =>
{
    portal.Settings["Captcha:Provider"] = "Altcha";
    portal.Settings["Captcha:Altcha:HmacKey"] = "khoa-hmac-cua-cong-thu-nghiem-trinh-duyet-2026";

    // The clock stands still at the test's instant, far from the browser's: expiry must not bite.
    portal.Settings["Captcha:Altcha:Expiry"] = "3650.00:00:00";
});

/// <summary>
/// The real ALTCHA widget (the vendored CSP-strict build) solving a challenge from the Portal in
/// Chromium under the Portal's Content-Security-Policy, and the filing that follows.
/// </summary>
public sealed class AltchaIntakeTests(AltchaBrowserFixture fixture) : IClassFixture<AltchaBrowserFixture>
{
    [Fact]
    public async Task Filer_TicksTheWidget_ItSolvesTheChallengeAndTheFormFilesWithoutCspViolations()
    {
        // Arrange
        var page = await fixture.OpenWindowAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        await page.GotoAsync(new Uri(fixture.PortalUrl, "/phan-anh/gui").ToString());
        var audit = new AccessibilityAudit();
        await audit.CheckAsync(page, "Portal: gửi phản ánh với ALTCHA");

        // Act
        await page.Locator("#Input_Kind").CheckAsync();
        await page.Locator("#Input_TopicCode").SelectOptionAsync("trat-tu-do-thi");
        await page.Locator("#Input_LocalityCode").SelectOptionAsync(TestData.HongBang);
        await page.Locator("#Input_Title").FillAsync($"Cây xanh đổ chắn lối đi phố Điện Biên Phủ ({Guid.NewGuid().ToString("N")[..6]})");
        await page.Locator("#Input_Description").FillAsync("Sau cơn mưa chiều qua, một cây xanh lớn đổ chắn nửa vỉa hè phố Điện Biên Phủ, người đi bộ phải đi xuống lòng đường.");
        await page.Locator("#Input_FilerType").CheckAsync();
        await page.Locator("#Input_FilerName").FillAsync("Trần Văn Minh");
        await page.Locator("#Input_Phone").FillAsync($"0913 {Random.Shared.Next(100, 999)} 456");
        await page.Locator("#Input_PrivacyAccepted").CheckAsync();
        await page.Locator("altcha-widget").GetByText("Tôi không phải là robot").ClickAsync();
        await page.WaitForFunctionAsync("() => (document.querySelector('input[name=altcha]')?.value ?? '').length > 0", null, new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await page.Locator("#tracking-code, .error-summary").First.WaitForAsync();

        // Assert
        Assert.True(await page.Locator("#tracking-code").CountAsync() == 1,
            $"The widget's solution should file the case; the Portal shows: {await page.Locator("main").InnerTextAsync()}");
        Assert.True(problems.Count == 0, "The intake page with the widget should run under the CSP with no error or warning in the console:\n" + string.Join('\n', problems));
        audit.AssertNoSeriousViolations();
    }
}
