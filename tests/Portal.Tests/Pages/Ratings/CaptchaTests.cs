using System.Net;
using DanVan.Feedback.Portal.Tests.Safety;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Ratings;

/// <summary>The rating form with self-hosted ALTCHA, as Production runs it (ADR 10): every intake form asks for it.</summary>
public sealed class CaptchaTests(AltchaPortalFixture fixture) : IClassFixture<AltchaPortalFixture>
{
    [Fact]
    public async Task Post_WithoutCaptcha_Returns400AskingToTickTheBoxAndKeepsTheAnswers()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var comment = $"Không xác minh {Guid.NewGuid():N}";
        var form = RatingForms.Answers("SNV", (4, "VerySatisfied"));
        form["Input.Comment"] = comment;

        var response = await RatingForms.SubmitAsync(client, form);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form #Captcha altcha-widget"));
        Assert.Contains("vui lòng đánh dấu vào ô xác minh người gửi", page.QuerySelector(".error-summary a[href='#Captcha']")?.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#Input_Criterion4_VerySatisfied")!.HasAttribute("checked"), "The answers must be kept.");
        Assert.False(await fixture.QueryAsync(db => db.ServiceRatings.AnyAsync(r => r.Comment == comment)));
    }

    [Fact]
    public async Task Post_SolvedCaptchaTwice_StoresOneRatingAndTheSecondPostShowsIt()
    {
        // Arrange: a double click posts the same form, and so the same spent CAPTCHA answer, twice.
        var client = fixture.Factory.CreateBrowserClient();
        var comment = $"Đã xác minh {Guid.NewGuid():N}";
        var page = await RatingForms.OpenAsync(client);
        var form = RatingForms.Answers("SNV");
        form["Input.Comment"] = comment;
        form["altcha"] = AltchaSolver.Solve(await client.GetStringAsync("/altcha/challenge"));

        // Act
        var first = await RatingForms.PostAsync(client, page, RatingForms.FormUrl, form);
        var second = await RatingForms.PostAsync(client, page, RatingForms.FormUrl, form);

        // Assert
        Assert.True(first.StatusCode == HttpStatusCode.SeeOther, $"A solved CAPTCHA lets the rating through (303); got {(int)first.StatusCode}.");
        Assert.True(second.StatusCode == HttpStatusCode.SeeOther, $"The second post shows the rating stored first; got {(int)second.StatusCode}.");
        var thanks = await client.GetDocumentAsync(second.Headers.Location!.OriginalString);
        Assert.NotNull(thanks.QuerySelector("#rating-repeated"));
        Assert.Equal(1, await fixture.QueryAsync(db => db.ServiceRatings.CountAsync(r => r.Comment == comment)));
    }
}
