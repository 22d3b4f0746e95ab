using System.Net;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Track;

public sealed class IndexTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string TrackUrl = "/tra-cuu";

    [Theory]
    [InlineData("+84 912 345 678")]
    [InlineData("0912.345.678")]
    public async Task Post_CodeAndPhoneTypedAnyWay_ShowsStatusAgencyAndTimeline(string phoneAsTyped)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)), new("Input.Contact", phoneAsTyped)]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Đã tiếp nhận, chờ xử lý", page.Text("#case-status"));
        Assert.Equal(TestData.HongBangCommittee, page.Text("#lead-agency"));
        // Received Thu 12/2/2026; 5 working days to classify (NĐ 20/2008), Tết 14–22/2 off: 13/2, 23/2, 24/2, 25/2, 26/2.
        Assert.Equal("Hạn phân loại, chuyển xử lý", page.QuerySelector("#due-date")?.PreviousElementSibling?.TextContent.Trim());
        Assert.StartsWith("26/02/2026", page.Text("#due-date"));
        var timeline = page.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, timeline.Count);
        Assert.Contains($"Đã chuyển đến {TestData.HongBangCommittee}", timeline[1]);
    }

    [Fact]
    public async Task Post_InEnglish_ShowsStatusDeadlineAndTimelineInEnglishWithEnglishDates()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());

        // Act
        var response = await client.SubmitFormAsync(TrackUrl + "?culture=en", [new("Input.Code", code), new("Input.Contact", "0912345678")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"Case {code}", page.Text("h1"));
        Assert.Equal("Received, waiting to be dealt with", page.Text("#case-status"));
        Assert.Equal("Due date for classifying and forwarding", page.QuerySelector("#due-date")?.PreviousElementSibling?.TextContent.Trim());
        Assert.StartsWith("26 February 2026", page.Text("#due-date"));
        var timeline = page.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.Contains("09:00 on 12 February 2026", timeline[0]);
        Assert.Contains("We received your report or recommendation.", timeline[0]);
        Assert.Contains($"Sent to {TestData.HongBangCommittee} to be dealt with.", timeline[1]);
    }

    [Theory]
    [InlineData("", "Nội dung đã được cơ quan có thẩm quyền trả lời, không có thông tin mới (Nghị định 20/2008/NĐ-CP (cần đối chiếu văn bản)).")]
    [InlineData("?culture=en", "The matter has already been answered by the competent authority, and there is no new information (Decree 20/2008/ND-CP (to be checked against its text)).")]
    public async Task Post_RefusedCase_ShowsTheGroundInTheReadersLanguageAndTheAgencysMessageAsWritten(string culture, string ground)
    {
        // Arrange
        const string Message = "Việc thay bóng đèn ngõ 45 đã được phường trả lời ngày 05/01/2026.";
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            var feedbackCase = await db.Cases.Include(c => c.Events).SingleAsync(c => c.TrackingCode == TrackingCode.Parse(code).Value);
            feedbackCase.Refuse(RefusalGround.Find("PA-9-3")!, Message, new StaffActor("lead-1", "Trần Thị Bích", feedbackCase.LeadAgencyCode), fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        // Act
        var response = await client.SubmitFormAsync(TrackUrl + culture, [new("Input.Code", code), new("Input.Contact", "0912345678")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = Assert.Single(page.QuerySelectorAll(".timeline-note")).TextContent;
        Assert.Equal($"{ground} {Message}", note);
    }

    [Fact]
    public async Task Post_WrongContactInEnglish_Returns404InEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());

        // Act
        var response = await client.SubmitFormAsync(TrackUrl + "?culture=en", [new("Input.Code", code), new("Input.Contact", "0987654321")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No case found", page.Text(".notice-box h2"));
    }

    [Fact]
    public async Task Post_MalformedCodeInEnglish_MessageInEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync(TrackUrl + "?culture=en", [new("Input.Code", "ABCD-EFG"), new("Input.Contact", "")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.Text(".error-summary");
        Assert.Contains("The tracking code is not right. It has 8 characters, for example ABCD-EFGH; please check it.", summary);
        Assert.Contains("Please enter the phone number or email address you gave when you sent it.", summary);
    }

    [Fact]
    public async Task Post_CodeAndEmailInOtherCase_FindsTheCase()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm(f =>
        {
            f["Input.Phone"] = "";
            f["Input.Email"] = "lan.nguyen@example.vn";
        }));

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", code), new("Input.Contact", " Lan.Nguyen@Example.VN ")]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_RightCodeWrongContact_Returns404AndRevealsNothing()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", code), new("Input.Contact", "0987654321")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy hồ sơ", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("#lead-agency"));
        Assert.DoesNotContain("Hồng Bàng", page.Body.TextContent);
    }

    [Theory]
    [InlineData("ABCD-EFG", "too short")]
    [InlineData("O0I1-ABCD", "look-alike symbols that are never in a code")]
    [InlineData("", "empty")]
    public async Task Post_MalformedCode_Returns400WithMessageOnTheCodeField(string code, string why)
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", code), new("Input.Contact", "0912345678")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"A code that is {why} is bad input: 400 expected, got {(int)response.StatusCode}.");
        Assert.Contains("#Input_Code", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Post_CodeWithOneSymbolMistyped_IsCaughtByTheCheckSymbol()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var code = await FileAsync(client, TestData.FeedbackForm());
        var wrongFirst = code[0] == 'A' ? 'B' : 'A';
        var mistyped = wrongFirst + code[1..];

        // Act
        var response = await client.SubmitFormAsync(TrackUrl, [new("Input.Code", mistyped), new("Input.Contact", "0912345678")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> FileAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.SubmitFormAsync("/phan-anh/gui", form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return confirmation.Text("#tracking-code");
    }
}
