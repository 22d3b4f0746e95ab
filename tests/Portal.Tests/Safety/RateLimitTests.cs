using System.Net;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Portal.Tests.Safety;

/// <summary>The Portal with limits low enough to reach in a test.</summary>
public sealed class LowLimitPortalFixture() : PortalFixture(portal =>
{
    portal.Settings["RateLimits:Lookup:PermitLimit"] = "3";
    portal.Settings["RateLimits:Lookup:Window"] = "00:05:00";
    portal.Settings["RateLimits:Intake:PermitLimit"] = "2";
    portal.Settings["RateLimits:Intake:Window"] = "00:05:00";
});

public sealed class RateLimitTests(LowLimitPortalFixture fixture) : IClassFixture<LowLimitPortalFixture>
{
    [Fact]
    public async Task Post_LookupsOverTheLimit_429WithRetryAfterAndAReadablePage()
    {
        // Arrange: every look-up of a well-formed code counts, found or not.
        var client = fixture.Factory.CreateBrowserClient();
        var form = await client.GetDocumentAsync("/tra-cuu");
        Task<HttpResponseMessage> LookUpAsync() => client.PostAsync("/tra-cuu", new FormUrlEncodedContent(
        [
            new("Input.Code", TrackingCode.NewRandom().ToString()), new("Input.Contact", "0912345678"), new(HtmlForms.TokenField, form.AntiforgeryToken()),
        ]));

        // Act
        var allowed = new List<HttpResponseMessage> { await LookUpAsync(), await LookUpAsync(), await LookUpAsync() };
        var rejected = await LookUpAsync();
        var page = await HtmlForms.ParseAsync(rejected);

        // Assert
        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(5), $"Retry-After should say when the window ends; got {retryAfter}.");
        Assert.Equal("Quý vị đã gửi quá nhiều yêu cầu", page.Text("h1"));
        Assert.Contains("thử lại sau khoảng", page.Text("#retry-after"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tra-cuu")).StatusCode);
    }

    [Fact]
    public async Task Post_FilingsOverTheLimit_429()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.SubmitFormAsync("/phan-anh/gui", TestData.FeedbackForm(f => f["Input.Title"] = $"Lần gửi {i}"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], statuses);
    }
}
