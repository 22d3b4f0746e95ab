using System.Net;
using DanVan.Feedback.Core.Captcha;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Tests.Captcha;

/// <summary>The siteverify protocol against a real HTTP server on loopback.</summary>
public sealed class SiteVerifyClientTests : IAsyncLifetime
{
    private static readonly IPAddress Filer = IPAddress.Parse("203.0.113.25");
    private LoopbackSiteVerifyServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackSiteVerifyServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Verify_ServerAccepts_PassesAndPostsSecretResponseAndRemoteIp()
    {
        // Arrange
        server.Answer = (HttpStatusCode.OK, """{"success": true, "challenge_ts": "2026-02-12T02:00:00Z", "hostname": "localhost"}""", TimeSpan.Zero);

        // Act
        var result = await VerifyAsync("token-from-widget");

        // Assert
        Assert.Equal(CaptchaOutcome.Passed, result.Outcome);
        var posted = Assert.Single(server.Received);
        Assert.Equal("secret-for-tests", posted["secret"]);
        Assert.Equal("token-from-widget", posted["response"]);
        Assert.Equal("203.0.113.25", posted["remoteip"]);
    }

    [Fact]
    public async Task Verify_ServerRejectsWithErrorCodes_FailedWithTheCodes()
    {
        server.Answer = (HttpStatusCode.OK, """{"success": false, "error-codes": ["invalid-input-response"]}""", TimeSpan.Zero);

        var result = await VerifyAsync("forged");

        Assert.Equal(CaptchaOutcome.Failed, result.Outcome);
        Assert.Equal(["invalid-input-response"], result.ErrorCodes);
    }

    [Fact]
    public async Task Verify_TokenAlreadyUsedOrTimedOut_Expired()
    {
        server.Answer = (HttpStatusCode.OK, """{"success": false, "error-codes": ["timeout-or-duplicate"]}""", TimeSpan.Zero);

        Assert.Equal(CaptchaOutcome.Expired, (await VerifyAsync("used")).Outcome);
    }

    [Fact]
    public async Task Verify_InvalidSecret_UnavailableNotTheFilersFault()
    {
        server.Answer = (HttpStatusCode.OK, """{"success": false, "error-codes": ["invalid-input-secret"]}""", TimeSpan.Zero);

        Assert.Equal(CaptchaOutcome.Unavailable, (await VerifyAsync("token")).Outcome);
    }

    [Theory]
    [InlineData(0.3, "submit", CaptchaOutcome.LowScore)]
    [InlineData(0.5, "submit", CaptchaOutcome.Passed)]
    [InlineData(0.9, "submit", CaptchaOutcome.Passed)]
    [InlineData(0.9, "login", CaptchaOutcome.LowScore)]
    public async Task Verify_V3ScoreAndAction_RefusedUnderThresholdOrForAnotherAction(double score, string action, CaptchaOutcome expected)
    {
        server.Answer = (HttpStatusCode.OK, $$"""{"success": true, "score": {{score.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "action": "{{action}}"}""", TimeSpan.Zero);

        var result = await VerifyAsync("v3-token", s =>
        {
            s["Captcha:ReCaptcha:MinimumScore"] = "0.5";
            s["Captcha:ReCaptcha:ExpectedAction"] = "submit";
        });

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(score, result.Score);
    }

    [Fact]
    public async Task Verify_ServerSlowerThanTimeout_UnavailableWithinTheTimeout()
    {
        // Arrange: the client waits 1 s; the server answers after 10 s.
        server.Answer = (HttpStatusCode.OK, """{"success": true}""", TimeSpan.FromSeconds(10));
        var started = TimeProvider.System.GetTimestamp();

        // Act
        var result = await VerifyAsync("token");

        // Assert
        Assert.Equal(CaptchaOutcome.Unavailable, result.Outcome);
        var waited = TimeProvider.System.GetElapsedTime(started);
        Assert.True(waited < TimeSpan.FromSeconds(5), $"A slow verify service must not hold the filer past the timeout; waited {waited}.");
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"error": "boom"}""")]
    [InlineData(HttpStatusCode.OK, "<html>not json</html>")]
    public async Task Verify_ServerErrorOrGarbage_Unavailable(HttpStatusCode status, string body)
    {
        server.Answer = (status, body, TimeSpan.Zero);

        Assert.Equal(CaptchaOutcome.Unavailable, (await VerifyAsync("token")).Outcome);
    }

    [Fact]
    public async Task Verify_NothingPosted_MissingWithoutCallingTheService()
    {
        Assert.Equal(CaptchaOutcome.Missing, (await VerifyAsync("")).Outcome);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Verify_NoServerListening_Unavailable()
    {
        // A port that was free a moment ago: the connection is refused.
        var closed = new Uri($"http://127.0.0.1:{new LoopbackSmtpServer().Port}/siteverify");
        await using var services = CaptchaHost.Build(CaptchaHost.SiteVerify(closed));
        await using var scope = services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<CaptchaVerifier>().VerifyAsync("token", Filer, CancellationToken.None);

        Assert.Equal(CaptchaOutcome.Unavailable, result.Outcome);
    }

    private async Task<CaptchaResult> VerifyAsync(string response, Action<Dictionary<string, string?>>? change = null)
    {
        await using var services = CaptchaHost.Build(CaptchaHost.SiteVerify(server.VerifyUrl, change));
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaptchaVerifier>().VerifyAsync(response, Filer, CancellationToken.None);
    }
}
