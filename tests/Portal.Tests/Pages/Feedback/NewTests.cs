using System.Net;
using System.Text.RegularExpressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Feedback;

public sealed partial class NewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = "/phan-anh/gui";

    [GeneratedRegex(@"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex DisplayedCode();

    [Fact]
    public async Task Post_ValidFeedback_StoresCaseRoutedToCommuneAndShowsCodeOnConfirmation()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Lấn chiếm vỉa hè {Guid.NewGuid():N}";

        // Act
        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;

            // A phone of its own: the same filer on the same topic again would be flagged as prolonged (task 4.5).
            f["Input.Phone"] = "0912 345 678".Replace("345", $"{Random.Shared.Next(100, 999)}", StringComparison.Ordinal);
            f["Input.ConsentsToPublication"] = "true";
        }));
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"A stored case answers 303 so a reload cannot file it twice; got {(int)response.StatusCode}.");
        Assert.Equal("/phan-anh/da-gui", response.Headers.Location!.OriginalString);
        var shownCode = confirmation.Text("#tracking-code");
        Assert.Matches(DisplayedCode(), shownCode);
        Assert.Equal(TestData.HongBangCommittee, confirmation.Text("#lead-agency"));

        var stored = await fixture.QueryAsync(db => db.Cases.Include(c => c.Events).SingleAsync(c => c.Title == title));
        Assert.Equal(TrackingCode.Parse(shownCode).Value, stored.TrackingCode);
        Assert.Equal("UBND-11311", stored.LeadAgencyCode);
        Assert.Equal("DIA-PHUONG", stored.RoutingRuleCode);
        Assert.Equal(CaseChannel.Web, stored.Channel);
        Assert.Equal(CaseStatus.Received, stored.Status);
        Assert.Matches("^0912[0-9]{3}678$", stored.Filer.Phone);
        Assert.True(stored.ConsentsToPublication, "The filer's consent to publish the answer must be recorded.");
        Assert.Equal([CaseEventType.Received, CaseEventType.Routed], stored.Events.OrderBy(e => e.Id).Select(e => e.Type));
    }

    [Theory]
    [InlineData("dat-dai", "false", "Sở Nông nghiệp và Môi trường")]
    [InlineData("y-te", "false", "Sở Y tế")]
    [InlineData("trat-tu-do-thi", "true", "Ban Quản lý Khu kinh tế Hải Phòng")]
    [InlineData("khac", "false", "Văn phòng Ủy ban nhân dân thành phố")]
    public async Task Post_TopicOrIndustrialZone_ConfirmationNamesTheAgencyTheRulesChoose(string topic, string inZone, string expectedAgency)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.TopicCode"] = topic;
            f["Input.InIndustrialZone"] = inZone;
        }));
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(expectedAgency, confirmation.Text("#lead-agency"));
    }

    [Fact]
    public async Task Post_MissingFields_Returns400WithVietnameseSummaryLinkedToFieldsAndKeepsInput()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var before = await fixture.QueryAsync(db => db.Cases.CountAsync());
        var typed = "Đèn đường ngõ 45 không sáng";

        // Act
        var response = await client.SubmitFormAsync(FormUrl, [new("Input.Title", typed)]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Equal("alert", summary.GetAttribute("role"));
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var field in new[] { "#Input_Kind", "#Input_TopicCode", "#Input_LocalityCode", "#Input_Description", "#Input_FilerName", "#Input_Phone", "#Input_PrivacyAccepted" })
        {
            Assert.Contains(field, links);
            Assert.True(page.QuerySelector(field) is not null, $"The summary links to {field}, which must exist on the page.");
        }

        Assert.Contains("Quý vị vui lòng nhập nội dung phản ánh, kiến nghị.", summary.TextContent);
        Assert.Equal(typed, page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.StartsWith("Lỗi:", page.Title);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Post_MissingFieldsInEnglish_Returns400WithEnglishSummary()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act: the form's own address keeps ?culture=en, as a browser posting it would.
        var response = await client.SubmitFormAsync(FormUrl + "?culture=en", [new("Input.Title", "Street light not working")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var summary = page.Text(".error-summary");
        Assert.Contains("There is a problem with the information you gave", summary);
        Assert.Contains("Please enter the details of your report or recommendation.", summary);
        Assert.Contains("Please choose a subject.", summary);
        Assert.Contains("Please enter a phone number or an email address so that the agency can contact you and reply.", summary);
        Assert.Contains("Please confirm that you have read the personal data notice.", summary);
        Assert.Equal("Please enter your full name.", page.Text("#Input_FilerName-error"));
        Assert.StartsWith("Error:", page.Title);
    }

    [Theory]
    [InlineData("en", "Your feedback has been received – reference ", "Dear Nguyễn Thị Lan,")]
    [InlineData("vi-VN", "Đã tiếp nhận phản ánh, kiến nghị – mã ", "Kính gửi Nguyễn Thị Lan,")]
    public async Task Post_ValidFeedback_TheReceiptIsWrittenInTheLanguageTheFilerUsed(string culture, string subjectStart, string greeting)
    {
        // Arrange: the language chosen with the switch, as a visitor would.
        var client = fixture.Factory.CreateBrowserClient();
        await client.GetAsync($"/ngon-ngu?culture={culture}&returnUrl=%2Fphan-anh%2Fgui");
        var title = $"Street light out {Guid.NewGuid():N}";

        // Act
        var response = await client.SubmitFormAsync(FormUrl, TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f["Input.Phone"] = $"0912 {Random.Shared.Next(100, 999)} 678";
            f["Input.Email"] = "filer@example.com";
        }));

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await fixture.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Title == title));
        var receipt = await fixture.QueryAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(m => m.CaseId == stored.Id));
        Assert.StartsWith(subjectStart, receipt.Subject, StringComparison.Ordinal);
        Assert.Contains(greeting, receipt.TextBody, StringComparison.Ordinal);
        Assert.Equal(culture == "en" ? FilerLanguage.English : FilerLanguage.Vietnamese, stored.FilerLanguage);
    }

    [Theory]
    [InlineData("Input.Title", "TITLE", "The title must be 200 characters or fewer.")]
    [InlineData("Input.Description", "Too short", "The details must be between 20 and 5000 characters, enough for the agency to understand the problem.")]
    [InlineData("Input.FilerType", "Alien", "“Alien” is not a valid value for sender type.")]
    [InlineData("Input.Phone", "12345", "The phone number is not right. Please enter a Vietnamese phone number, for example 0912 345 678.")]
    public async Task Post_InvalidValueWithEnglishCookie_MessageInEnglish(string field, string value, string message)
    {
        // Arrange: English chosen with the switch, so the form's address carries no ?culture.
        var client = fixture.Factory.CreateBrowserClient();
        await client.GetAsync("/ngon-ngu?culture=en&returnUrl=%2Fphan-anh%2Fgui");
        var form = TestData.FeedbackForm(f => f[field] = value == "TITLE" ? new string('a', FeedbackCase.TitleMaxLength + 1) : value);

        // Act
        var response = await client.SubmitFormAsync(FormUrl, form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"));
    }

    [Theory]
    [InlineData("Input.LocalityCode", "99999", "#Input_LocalityCode")]
    [InlineData("Input.TopicCode", "khong-co-linh-vuc-nay", "#Input_TopicCode")]
    [InlineData("Input.Kind", "Denunciation", "#Input_Kind")]
    [InlineData("Input.Kind", "khong-hop-le", "#Input_Kind")]
    [InlineData("Input.FilerType", "Alien", "#Input_FilerType")]
    [InlineData("Input.Phone", "12345", "#Input_Phone")]
    [InlineData("Input.Email", "khong-phai-email", "#Input_Email")]
    [InlineData("Input.Description", "Quá ngắn", "#Input_Description")]
    [InlineData("Input.OrganisationName", "", "#Input_OrganisationName")]
    public async Task Post_InvalidValue_Returns400NamingTheFieldAndStoresNothing(string field, string value, string link)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var title = $"Không được lưu {Guid.NewGuid():N}";
        var form = TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = title;
            f[field] = value;
            if (field == "Input.OrganisationName")
            {
                f["Input.FilerType"] = "Business";
            }
        });

        // Act
        var response = await client.SubmitFormAsync(FormUrl, form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href"));
        Assert.Contains(link, links);
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == title)), "A rejected form must store nothing.");
    }

    [Theory]
    [InlineData("Input.Title", FeedbackCase.TitleMaxLength + 1)]
    [InlineData("Input.Description", FeedbackCase.DescriptionMaxLength + 1)]
    [InlineData("Input.FilerName", 101)]
    public async Task Post_OverLongText_Returns400AndStoresNothing(string field, int length)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var marker = $"Quá dài {Guid.NewGuid():N}";
        var form = TestData.FeedbackForm(f =>
        {
            f["Input.Title"] = marker;
            f[field] = new string('ă', length);
        });

        // Act
        var response = await client.SubmitFormAsync(FormUrl, form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == marker || c.Title.Length > FeedbackCase.TitleMaxLength)));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400WithExplanationAndStoresNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        await client.GetDocumentAsync(FormUrl);
        var title = $"Không có mã chống giả mạo {Guid.NewGuid():N}";

        // Act
        var response = await client.PostAsync(FormUrl, new FormUrlEncodedContent(TestData.FeedbackForm(f => f["Input.Title"] = title)));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu không hợp lệ hoặc đã hết hạn", page.Text("h1"));
        Assert.False(await fixture.QueryAsync(db => db.Cases.AnyAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task Post_NotAFormAtAll_Returns4xxNot500()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.PostAsync(FormUrl, new StringContent("{\"Input\":{}}", System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Get_Sent_WithoutAFreshFiling_RedirectsToTracking()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.GetAsync("/phan-anh/da-gui");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tra-cuu", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/phan-anh/gui")]
    [InlineData("/tra-cuu")]
    public async Task Get_PageWithForm_EveryPostFormCarriesAnAntiforgeryToken(string url)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync(url);

        // Assert
        var forms = page.QuerySelectorAll("form[method=post]");
        Assert.NotEmpty(forms);
        Assert.All(forms, form => Assert.NotNull(form.QuerySelector($"input[name={HtmlForms.TokenField}]")));
    }

    [Fact]
    public async Task Get_Form_ListsAll114CommunesAndEveryTopic()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var page = await client.GetDocumentAsync(FormUrl);

        // Assert
        Assert.Equal(114, page.QuerySelectorAll("#Input_LocalityCode option[value]:not([value=''])").Length);
        Assert.Equal(await fixture.QueryAsync(db => db.Topics.CountAsync()), page.QuerySelectorAll("#Input_TopicCode option[value]:not([value=''])").Length);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }
}
