using System.Net;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Ratings;

public sealed class NewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FormUrl = RatingForms.FormUrl;

    [Fact]
    public async Task Get_Form_ShowsNineCriteriaAsFieldsetsWithThreeOptionsAndAGroupedAgencyList()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync(FormUrl);

        var fieldsets = page.QuerySelectorAll("form fieldset").ToList();
        Assert.Equal(9, fieldsets.Count);
        Assert.All(fieldsets, f => Assert.Equal(3, f.QuerySelectorAll("input[type=radio]").Length));
        Assert.StartsWith("7. Thái độ của cán bộ, công chức, viên chức", fieldsets[6].QuerySelector("legend")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(
            ["Không hài lòng", "Hài lòng", "Rất hài lòng"],
            fieldsets[0].QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        var groups = page.QuerySelectorAll("#Input_AgencyCode optgroup").ToList();
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups[0].QuerySelectorAll("option"), o => o.GetAttribute("value") == "SNV");
        Assert.Contains(groups[1].QuerySelectorAll("option"), o => o.GetAttribute("value") == "UBND-11311");
        Assert.Null(page.QuerySelector("#Input_AgencyCode option[selected]"));
    }

    [Fact]
    public async Task Get_Home_LinksToTheRatingForm()
    {
        var home = await fixture.Factory.CreateBrowserClient().GetDocumentAsync("/");

        Assert.NotNull(home.QuerySelector($"#home-rating a[href='{FormUrl}']"));
    }

    [Fact]
    public async Task Post_ValidRating_Returns303ThanksWithTheScoreAndStoresOneRowForTheAgency()
    {
        // Arrange: 18 of 18 but one "Hài lòng" → 17.
        var client = fixture.Factory.CreateBrowserClient();
        var service = $"Chứng thực bản sao {Guid.NewGuid():N}";
        var form = RatingForms.Answers("UBND-11311");
        for (var number = 1; number <= 9; number++)
        {
            form[$"Input.Criterion{number}"] = number == 4 ? "Satisfied" : "VerySatisfied";
        }

        form["Input.ServiceName"] = service;
        form["Input.DeskName"] = "Quầy 2";
        form["Input.Comment"] = "Cán bộ hướng dẫn tận tình.";

        // Act
        var response = await RatingForms.SubmitAsync(client, form);
        var thanks = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"A stored rating answers 303 so a reload cannot send it twice; got {(int)response.StatusCode}.");
        Assert.Equal("/danh-gia-dich-vu/da-gui", response.Headers.Location!.OriginalString);
        Assert.Equal("17/18", thanks.Text("#rating-score"));
        Assert.Equal("Ủy ban nhân dân phường Hồng Bàng", thanks.Text("#rated-agency"));
        Assert.Null(thanks.QuerySelector("#file-feedback"));
        Assert.Null(thanks.QuerySelector("#rating-repeated"));

        var stored = await fixture.QueryAsync(db => db.ServiceRatings.AsNoTracking().SingleAsync(r => r.ServiceName == service));
        Assert.Equal("UBND-11311", stored.AgencyCode);
        Assert.Equal([.. Enumerable.Repeat(SatisfactionLevel.VerySatisfied, 3), SatisfactionLevel.Satisfied, .. Enumerable.Repeat(SatisfactionLevel.VerySatisfied, 5)], stored.Scores);
        Assert.Equal(17, stored.Total);
        Assert.Equal("Quầy 2", stored.DeskName);
        Assert.Equal("Cán bộ hướng dẫn tận tình.", stored.Comment);
        Assert.Equal(ServiceRatingChannel.Web, stored.Channel);
    }

    [Fact]
    public async Task Post_SomeCriterionNotSatisfied_ThanksOffersToFileAPhanAnh()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var response = await RatingForms.SubmitAsync(client, RatingForms.Answers("SNV", (7, "NotSatisfied")));
        var thanks = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("8/18", thanks.Text("#rating-score"));
        Assert.NotNull(thanks.QuerySelector("#file-feedback a[href='/phan-anh/gui']"));
    }

    [Fact]
    public async Task Post_MissingCriteria_Returns400NamingEachMissingOneLinkedToItsFirstOption_AndKeepsTheAnswers()
    {
        // Arrange: indicators 2, 5 and 9 left unanswered.
        var client = fixture.Factory.CreateBrowserClient();
        var comment = $"Chưa chọn hết {Guid.NewGuid():N}";
        var form = RatingForms.Answers("SNV", (1, "VerySatisfied"), (3, "NotSatisfied"));
        form.Remove("Input.Criterion2");
        form.Remove("Input.Criterion5");
        form.Remove("Input.Criterion9");
        form["Input.Comment"] = comment;

        // Act
        var response = await RatingForms.SubmitAsync(client, form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_Criterion2", "#Input_Criterion5", "#Input_Criterion9"], links);
        foreach (var link in links)
        {
            Assert.True(page.QuerySelector($"{link}[type=radio]") is not null, $"The summary links to {link}, which must be the criterion's first option.");
        }

        Assert.Contains("Quý vị vui lòng chọn mức độ hài lòng cho tiêu chí 5: Việc tiếp nhận và trả kết quả tại Bộ phận Một cửa.", page.Text(".error-summary"));
        Assert.True(page.QuerySelector("#Input_Criterion1_VerySatisfied")!.HasAttribute("checked"), "Answers already chosen must be kept.");
        Assert.True(page.QuerySelector("#Input_Criterion3")!.HasAttribute("checked"), "Answers already chosen must be kept.");
        Assert.Equal("SNV", page.QuerySelector("#Input_AgencyCode option[selected]")?.GetAttribute("value"));
        Assert.Equal(comment, page.Text("#Input_Comment"));
        Assert.False(await fixture.QueryAsync(db => db.ServiceRatings.AnyAsync(r => r.Comment == comment)), "A rejected form must store nothing.");
    }

    [Fact]
    public async Task Post_UnknownAgency_Returns400WithAMessage()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var before = await fixture.QueryAsync(db => db.ServiceRatings.CountAsync());

        var response = await RatingForms.SubmitAsync(client, RatingForms.Answers("KHONG-CO-CO-QUAN-NAY"));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cơ quan này không có trong danh sách.", page.QuerySelector(".error-summary a[href='#Input_AgencyCode']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.QueryAsync(db => db.ServiceRatings.CountAsync()));
    }

    [Fact]
    public async Task Get_UnknownAgencyInTheAddress_Returns400WithAMessage()
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync(FormUrl + "?co-quan=KHONG-CO");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cơ quan này không có trong danh sách.", page.Text(".error-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FromQrCode_PreFillsAgencyServiceAndDesk_AndTheRatingIsRecordedAsAScan()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var service = $"Đăng ký khai sinh {Guid.NewGuid():N}";
        var url = ServiceRatingLinks.PathFor("UBND-11311", service, "Quầy 1");

        // Act
        var page = await RatingForms.OpenAsync(client, url);
        var form = RatingForms.Answers("UBND-11311");
        form["Input.ServiceName"] = page.QuerySelector("#Input_ServiceName")!.GetAttribute("value")!;
        form["Input.DeskName"] = page.QuerySelector("#Input_DeskName")!.GetAttribute("value")!;
        var response = await RatingForms.PostAsync(client, page, url, form);

        // Assert
        Assert.Equal("UBND-11311", page.QuerySelector("#Input_AgencyCode option[selected]")?.GetAttribute("value"));
        Assert.Equal(service, page.QuerySelector("#Input_ServiceName")!.GetAttribute("value"));
        Assert.Equal("Quầy 1", page.QuerySelector("#Input_DeskName")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await fixture.QueryAsync(db => db.ServiceRatings.AsNoTracking().SingleAsync(r => r.ServiceName == service));
        Assert.Equal(ServiceRatingChannel.QrCode, stored.Channel);
        Assert.Equal("Quầy 1", stored.DeskName);
    }

    [Fact]
    public async Task Post_SameFormTwice_StoresOneRatingAndSaysSo()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var comment = $"Gửi hai lần {Guid.NewGuid():N}";
        var page = await RatingForms.OpenAsync(client);
        var form = RatingForms.Answers("SNV");
        form["Input.Comment"] = comment;

        // Act: a double click, then the second post with other answers.
        var first = await RatingForms.PostAsync(client, page, FormUrl, form);
        var second = await RatingForms.PostAsync(client, page, FormUrl, RatingForms.Answers("SNV", (1, "NotSatisfied")));
        var thanks = await client.GetDocumentAsync(second.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.True(second.StatusCode == HttpStatusCode.SeeOther, $"A second post of one visit shows the rating stored first, never an error; got {(int)second.StatusCode}.");
        Assert.Contains("đã được ghi nhận trước đó", thanks.Text("#rating-repeated"), StringComparison.Ordinal);
        Assert.Equal("9/18", thanks.Text("#rating-score"));
        Assert.Equal(1, await fixture.QueryAsync(db => db.ServiceRatings.CountAsync(r => r.Comment == comment)));
    }

    [Fact]
    public async Task Get_FormAgain_IsANewVisit()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var comment = $"Hai lượt {Guid.NewGuid():N}";
        var form = RatingForms.Answers("SNV");
        form["Input.Comment"] = comment;

        await RatingForms.SubmitAsync(client, form);
        await RatingForms.SubmitAsync(client, form);

        Assert.Equal(2, await fixture.QueryAsync(db => db.ServiceRatings.CountAsync(r => r.Comment == comment)));
    }

    [Fact]
    public async Task Post_ForgedVisitToken_Returns400KeepingTheAnswersWithAFreshVisit()
    {
        var client = fixture.Factory.CreateBrowserClient();
        var page = await RatingForms.OpenAsync(client);
        var body = RatingForms.Answers("SNV", (2, "VerySatisfied"))
            .Append(new(HtmlForms.TokenField, page.AntiforgeryToken()))
            .Append(new("Visit", "gia-mao"));

        var response = await client.PostAsync(FormUrl, new FormUrlEncodedContent(body));
        var again = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đã quá thời hạn gửi", again.Text(".error-summary"), StringComparison.Ordinal);
        Assert.True(again.QuerySelector("#Input_Criterion2_VerySatisfied")!.HasAttribute("checked"));
        Assert.NotEqual("gia-mao", again.QuerySelector("input[name=Visit]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_InEnglish_FormSummaryAndThanksAreEnglish()
    {
        // Arrange
        var client = fixture.Factory.CreateBrowserClient();
        var url = FormUrl + "?culture=en";
        var form = RatingForms.Answers("SNV", (3, "NotSatisfied"));
        form.Remove("Input.Criterion6");

        // Act
        var opened = await RatingForms.OpenAsync(client, url);
        var invalid = await RatingForms.PostAsync(client, opened, url, form);
        var invalidPage = await HtmlForms.ParseAsync(invalid);
        form["Input.Criterion6"] = "VerySatisfied";
        var valid = await RatingForms.PostAsync(client, invalidPage, url, form);
        var thanks = await client.GetDocumentAsync(valid.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal("en", opened.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Rate your satisfaction with a public service", opened.Text("h1"));
        Assert.StartsWith("7. Attitude of the officials", opened.QuerySelectorAll("legend")[6].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Very satisfied", opened.Text("label[for=Input_Criterion1_VerySatisfied]"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Please choose how satisfied you are with indicator 6: Publicity of the administrative procedures.", invalidPage.Text(".error-summary"));
        Assert.Equal(HttpStatusCode.SeeOther, valid.StatusCode);
        Assert.Equal("Thank you for your rating", thanks.Text("h1"));
        Assert.Equal("Send a report or recommendation", thanks.Text("#file-feedback a"));
        Assert.DoesNotContain("Rating.", thanks.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks.", thanks.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ThanksWithoutARating_GoesToTheForm()
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync("/danh-gia-dich-vu/da-gui");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(FormUrl, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_QrCodePage_ShowsTheCodeForTheDeskAndServesItAsSvg()
    {
        var client = fixture.Factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync("/danh-gia-dich-vu/ma-qr?co-quan=SNV&quay=Qu%E1%BA%A7y%205");
        var image = await client.GetAsync(page.QuerySelector("#qr-code")!.GetAttribute("src"));
        var unknown = await client.GetAsync("/danh-gia-dich-vu/ma-qr?co-quan=KHONG-CO");

        Assert.Equal("Sở Nội vụ", page.Text("#qr-agency"));
        Assert.Equal("http://localhost/danh-gia-dich-vu?co-quan=SNV&quay=Qu%E1%BA%A7y%205&nguon=qr", page.Text("#qr-url"));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await image.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
