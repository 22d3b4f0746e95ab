using System.Net;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Feedback;

/// <summary>ADR 0015: the same form posted twice (double click, back and resubmit, a retry) files one case and shows one code.</summary>
public sealed class DoubleSubmitTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/phan-anh/gui")]
    [InlineData("/doanh-nghiep/gui")]
    public async Task Post_SameFormTwiceAtOnce_OneCaseAndBothConfirmationsShowItsCode(string url)
    {
        // Arrange: one form, shown once, as the browser holds it.
        var title = $"Gửi hai lần {Guid.NewGuid():N}";
        var form = await OpenFormAsync(url);

        // Act: the filer double-clicks "Gửi"; both posts are in flight together.
        var responses = await Task.WhenAll(form.PostAsync(Fields(url, title)), form.PostAsync(Fields(url, title)));
        var codes = await Task.WhenAll(responses.Select(form.ConfirmationCodeAsync));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Equal(codes[0], codes[1]);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.Title == title).Select(c => c.TrackingCode).ToListAsync());
        Assert.True(stored.Count == 1, $"The same form posted twice must file one case; found {stored.Count}.");
        Assert.Equal(codes[0].Replace("-", "", StringComparison.Ordinal), stored[0]);
    }

    [Theory]
    [InlineData("/khieu-nai/gui")]
    [InlineData("/to-cao/gui")]
    public async Task Post_SendOnTheCheckStepTwiceAtOnce_OneCaseAndOneCode(string url)
    {
        // Arrange: the check step as the browser holds it; the key came with the form and rides through the check.
        var marker = $"Gửi hai lần {Guid.NewGuid():N}";
        var form = await OpenFormAsync(url);
        var fields = (url == "/khieu-nai/gui" ? TestData.ComplaintForm() : TestData.DenunciationForm());
        fields["Input.Description"] = $"{marker}: nội dung đủ dài để được nhận, gửi qua bước kiểm tra.";
        var check = await HtmlForms.ParseAsync(await form.PostAsync(fields));
        Assert.True(check.QuerySelector("#check-form input[name=SubmissionKey]")?.GetAttribute("value") == form.Key, "The check step must carry the form's key.");
        fields["Step"] = "Send";

        // Act: "Gửi" pressed twice.
        var responses = await Task.WhenAll(form.PostAsync(fields), form.PostAsync(fields));
        var codes = await Task.WhenAll(responses.Select(form.ConfirmationCodeAsync));

        // Assert
        Assert.Equal(codes[0], codes[1]);
        var stored = await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Description.StartsWith(marker)));
        Assert.True(stored == 1, $"Sending the checked answers twice must file one case; found {stored}.");
    }

    [Fact]
    public async Task Post_SameFormAgainLater_ShowsTheFirstCodeWithoutANewCase()
    {
        // Arrange: the first post went through; the filer pressed Back and sent the same form again.
        var title = $"Gửi lại sau khi quay lại {Guid.NewGuid():N}";
        var form = await OpenFormAsync("/phan-anh/gui");
        var first = await form.ConfirmationCodeAsync(await form.PostAsync(Fields("/phan-anh/gui", title)));

        // Act
        var again = await form.ConfirmationCodeAsync(await form.PostAsync(Fields("/phan-anh/gui", title)));

        // Assert
        Assert.Equal(first, again);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task Post_FreshlyShownForm_FilesANewCaseEvenWithTheSameContent()
    {
        // Arrange: the same words, but each form shown anew (a new key): two filings the filer meant.
        var title = $"Hai lần gửi có chủ ý {Guid.NewGuid():N}";
        var firstForm = await OpenFormAsync("/phan-anh/gui");
        var secondForm = await OpenFormAsync("/phan-anh/gui");

        // Act
        var first = await firstForm.ConfirmationCodeAsync(await firstForm.PostAsync(Fields("/phan-anh/gui", title)));
        var second = await secondForm.ConfirmationCodeAsync(await secondForm.PostAsync(Fields("/phan-anh/gui", title)));

        // Assert
        Assert.NotEqual(first, second);
        Assert.Equal(2, await fixture.QueryAsync(db => db.Cases.CountAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task Post_InvalidThenCorrected_TheFormShownAgainKeepsItsKey()
    {
        // Arrange
        var form = await OpenFormAsync("/phan-anh/gui");

        // Act: the first post misses a field; the page shown again must carry the same key, since nothing was stored.
        var invalid = await form.PostAsync(Fields("/phan-anh/gui", "") );
        var page = await HtmlForms.ParseAsync(invalid);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(form.Key, page.QuerySelector("input[name=SubmissionKey]")?.GetAttribute("value"));
    }

    private static Dictionary<string, string> Fields(string url, string title) => url == "/phan-anh/gui"
        ? TestData.FeedbackForm(f => f["Input.Title"] = title)
        : new Dictionary<string, string>
        {
            ["Input.EnterpriseName"] = "Công ty Cổ phần Logistics Đình Vũ",
            ["Input.TaxCode"] = "0300588569",
            ["Input.ParkCode"] = "KCN-DINH-VU",
            ["Input.ContactName"] = "Phạm Thu Hà",
            ["Input.Phone"] = "0904 111 222",
            ["Input.Kind"] = "Feedback",
            ["Input.TopicCode"] = "khu-cong-nghiep",
            ["Input.Title"] = title,
            ["Input.Description"] = "Đường nội khu bị ngập sau mỗi trận mưa lớn, xe container không vào được kho.",
            ["Input.PrivacyAccepted"] = "true",
        };

    private async Task<ShownForm> OpenFormAsync(string url)
    {
        // Cookies by hand: each response's own TempData cookie shows what that post's filer would see.
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var key = page.QuerySelector("form input[name=SubmissionKey]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(key), $"The form at {url} must carry a one-time submission key.");
        return new ShownForm(client, url, page.AntiforgeryToken(), key, Cookies(response));
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private sealed record ShownForm(HttpClient Client, string Url, string Token, string Key, string Cookie)
    {
        public Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields)
        {
            var body = fields
                .Append(new(HtmlForms.TokenField, Token))
                .Append(new("SubmissionKey", Key));
            var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new FormUrlEncodedContent(body) };
            request.Headers.Add("Cookie", Cookie);
            return Client.SendAsync(request);
        }

        public async Task<string> ConfirmationCodeAsync(HttpResponseMessage posted)
        {
            Assert.True(posted.StatusCode == HttpStatusCode.SeeOther, $"The post should be answered with 303; got {(int)posted.StatusCode}.");
            var request = new HttpRequestMessage(HttpMethod.Get, posted.Headers.Location);
            request.Headers.Add("Cookie", string.Join("; ", new[] { Cookie, Cookies(posted) }.Where(c => c.Length > 0)));
            var confirmation = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
            return (await HtmlForms.ParseAsync(confirmation)).Text("#tracking-code");
        }
    }
}
