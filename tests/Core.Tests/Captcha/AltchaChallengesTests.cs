using System.Text.Json;
using DanVan.Feedback.Core.Captcha;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Feedback.Core.Tests.Captcha;

public sealed class AltchaChallengesTests
{
    private const string Key = "khoa-hmac-thu-nghiem-du-32-ky-tu-2026";
    private readonly FakeTimeProvider clock = new(TestClock.BeforeTet2026);

    [Fact]
    public void Verify_SolvedOnce_PassesThenRefusesTheSamePayload()
    {
        var challenges = Challenges();
        var payload = AltchaSolver.Solve(JsonSerializer.Serialize(challenges.Create()));

        Assert.Equal(CaptchaOutcome.Passed, challenges.Verify(payload).Outcome);
        Assert.True(challenges.Verify(payload).Outcome == CaptchaOutcome.Expired, "A payload already used must be refused: one solved challenge files one case.");
    }

    [Fact]
    public void Verify_AfterExpiry_Expired()
    {
        var challenges = Challenges();
        var payload = AltchaSolver.Solve(JsonSerializer.Serialize(challenges.Create()));

        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(CaptchaOutcome.Expired, challenges.Verify(payload).Outcome);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_Failed()
    {
        var forger = Challenges("mot-khoa-khac-cua-ke-gia-mao-du-32-ky-tu");
        var payload = AltchaSolver.Solve(JsonSerializer.Serialize(forger.Create()));

        Assert.Equal(CaptchaOutcome.Failed, Challenges().Verify(payload).Outcome);
    }

    [Fact]
    public void Verify_WrongNumberOrLaterExpiryInTheSalt_Failed()
    {
        var challenges = Challenges();
        var challenge = challenges.Create();
        var solved = JsonDocument.Parse(Convert.FromBase64String(AltchaSolver.Solve(JsonSerializer.Serialize(challenge)))).RootElement;
        var number = solved.GetProperty("number").GetInt64();
        var laterSalt = challenge.Salt.Split('?')[0] + $"?expires={clock.GetUtcNow().AddYears(1).ToUnixTimeSeconds()}&";

        Assert.Equal(CaptchaOutcome.Failed, challenges.Verify(AltchaSolver.Payload("SHA-256", challenge.Challenge, number + 1, challenge.Salt, challenge.Signature)).Outcome);
        Assert.Equal(CaptchaOutcome.Failed, challenges.Verify(AltchaSolver.Payload("SHA-256", challenge.Challenge, number, laterSalt, challenge.Signature)).Outcome);
    }

    [Theory]
    [InlineData("khong-phai-base64!")]
    [InlineData("e30=")]
    [InlineData("bnVsbA==")]
    public void Verify_Garbage_Failed(string payload) =>
        Assert.Equal(CaptchaOutcome.Failed, Challenges().Verify(payload).Outcome);

    [Fact]
    public void Verify_Nothing_Missing() =>
        Assert.Equal(CaptchaOutcome.Missing, Challenges().Verify(null).Outcome);

    [Fact]
    public void Create_NoKeyInDevelopment_MakesOneAtRandom()
    {
        using var services = CaptchaHost.Build(new() { ["Captcha:Provider"] = "Altcha" }, "Development", clock);

        var key = services.GetRequiredService<IOptions<CaptchaOptions>>().Value.Altcha.HmacKey;

        Assert.True(key is { Length: >= 32 }, "Development needs no ALTCHA key set up: one is made at start.");
    }

    private AltchaChallenges Challenges(string key = Key)
    {
        var services = CaptchaHost.Build(
            new() { ["Captcha:Provider"] = "Altcha", ["Captcha:Altcha:HmacKey"] = key, ["Captcha:Altcha:MaxNumber"] = "2000" }, "Production", clock);
        return services.GetRequiredService<AltchaChallenges>();
    }
}
