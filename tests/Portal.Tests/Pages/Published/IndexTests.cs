using System.Net;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Portal.Tests.Pages.Published;

/// <summary>
/// Câu trả lời đã công khai: what staff published with the filer's consent, found by words typed with or without
/// marks, narrowed by topic, agency and commune, paged by plain links; nothing of the filer, nothing unpublished.
/// Every answer is published through the workflow service, as the Backoffice's publish step does.
/// </summary>
public sealed class IndexTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string FilerName = "Nguyễn Thị Lan";
    private const string Phone = "0912345678";
    private const string Email = "lan.nguyen@example.vn";
    private static readonly StaffActor Officer = new("officer-1", "Cán bộ thử nghiệm", "UBND-11311");

    [Theory]
    [InlineData("/", "tìm trong các câu trả lời đã công khai")]
    [InlineData("/?culture=en", "search the published answers")]
    public async Task Get_HomePage_LinksToThePublishedAnswers(string home, string linkText)
    {
        var client = fixture.Factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync(home);

        var link = page.QuerySelector("#home-answers a[href='/tra-loi']");
        Assert.True(link?.TextContent == linkText, $"The home page should link to /tra-loi with the words '{linkText}'; its text reads: {page.QuerySelector("#home-answers")?.TextContent}");
    }

    [Fact]
    public async Task Search_WordWithoutMarks_FindsTheAnswerWhoseTitleHasThem()
    {
        var tag = Tag();
        var id = await PublishAsync($"Đường Lạch Tray ngập sâu {tag}", "Công ty thoát nước đã nạo vét cống.");
        var client = fixture.Factory.CreateBrowserClient();

        foreach (var query in new[] { $"duong {tag}", $"ĐƯỜNG {tag}", $"Đường lạch TRAY {tag}" })
        {
            var page = await client.GetDocumentAsync("/tra-loi?q=" + Uri.EscapeDataString(query));

            Assert.True(Links(page).SequenceEqual([$"/tra-loi/{id}"]), $"'{query}' must find the answer titled 'Đường Lạch Tray…', whatever the marks and case; found {string.Join(", ", Links(page))}.");
        }
    }

    [Fact]
    public async Task Search_Filters_NarrowTheResults()
    {
        var tag = Tag();
        var roads = await PublishAsync($"Hố sâu trên phố {tag}", "Đã vá mặt đường.", topic: "giao-thong");
        var waste = await PublishAsync($"Rác thải ở ngõ {tag}", "Đã thu gom.", topic: "ve-sinh-moi-truong", locality: "11329");
        var client = fixture.Factory.CreateBrowserClient();

        var all = await client.GetDocumentAsync($"/tra-loi?q={tag}");
        var byTopic = await client.GetDocumentAsync($"/tra-loi?q={tag}&linh-vuc=giao-thong");
        var byCommune = await client.GetDocumentAsync($"/tra-loi?q={tag}&xa=11329");
        var byBoth = await client.GetDocumentAsync($"/tra-loi?q={tag}&linh-vuc=giao-thong&xa=11329");

        Assert.Equal([$"/tra-loi/{waste}", $"/tra-loi/{roads}"], Links(all));
        Assert.Equal([$"/tra-loi/{roads}"], Links(byTopic));
        Assert.Equal([$"/tra-loi/{waste}"], Links(byCommune));
        Assert.Empty(Links(byBoth));
        Assert.Contains("Không tìm thấy câu trả lời nào phù hợp", byBoth.Text("#result-count"), StringComparison.Ordinal);
        Assert.True(byTopic.QuerySelector("#linh-vuc option[value='giao-thong']")!.HasAttribute("selected"), "The chosen topic must stay selected.");
    }

    [Fact]
    public async Task Paging_TwentyAPage_LinksKeepTheWordsAndFilters()
    {
        var tag = Tag();
        var ids = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            ids.Add(await PublishAsync($"Đèn đường số {i} {tag}", "Đã thay bóng đèn.", topic: "ha-tang-dia-phuong"));
        }

        var client = fixture.Factory.CreateBrowserClient();

        var first = await client.GetDocumentAsync($"/tra-loi?q=den+{tag}&linh-vuc=ha-tang-dia-phuong");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.Equal(ids.AsEnumerable().Reverse().Take(20).Select(id => $"/tra-loi/{id}"), Links(first));
        Assert.Equal($"/tra-loi?q=den%20{tag}&linh-vuc=ha-tang-dia-phuong&trang=2", next);
        Assert.Equal(ids.Take(3).Reverse().Select(id => $"/tra-loi/{id}"), Links(second));
        Assert.Contains("Tìm thấy 23 câu trả lời", first.Text("#result-count"), StringComparison.Ordinal);
        Assert.Equal("2", second.QuerySelector(".pagination a[aria-current=page]")!.TextContent.Trim());
        Assert.Null(second.QuerySelector(".pagination a[rel=next]"));
    }

    [Fact]
    public async Task Search_UnpublishedAnswersAndThoseWithoutConsent_NeverAppear()
    {
        var tag = Tag();
        await AnsweredAsync($"Chưa công khai {tag}", consents: true);
        var withoutConsent = await AnsweredAsync($"Không đồng ý công khai {tag}", consents: false);
        var denunciation = await AnsweredAsync($"Tố cáo cán bộ {tag}", consents: true, kind: CaseKind.Denunciation);

        Assert.Equal(CaseActionOutcome.Refused, (await PublishStepAsync(withoutConsent, "Nội dung trả lời.")).Outcome);
        Assert.Equal(CaseActionOutcome.Refused, (await PublishStepAsync(denunciation, "Nội dung trả lời.")).Outcome);
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync($"/tra-loi?q={tag}");

        Assert.Empty(Links(page));
        Assert.DoesNotContain(tag, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndDetail_ShowTheRenderedAnswerAndNoPersonalData()
    {
        var tag = Tag();
        var id = await PublishAsync($"Vỉa hè bị lấn chiếm {tag}", "Phường đã **lập biên bản**.\n\n<script>alert(1)</script> [xem](javascript:alert(1))");
        var client = fixture.Factory.CreateBrowserClient();

        var list = await client.GetAsync($"/tra-loi?q={tag}");
        var listHtml = await list.Content.ReadAsStringAsync();
        var detail = await client.GetAsync($"/tra-loi/{id}");
        var detailHtml = await detail.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(detail);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal($"Vỉa hè bị lấn chiếm {tag}", page.Text("h1"));
        Assert.Equal("lập biên bản", page.QuerySelector("#answer strong")?.TextContent);
        Assert.Null(page.QuerySelector("#answer script"));
        Assert.DoesNotContain("javascript:", detailHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TestData.HongBangCommittee, page.Text("#answer-agency"));
        foreach (var personal in new[] { FilerName, Phone, Email, "0912 345 678" })
        {
            Assert.True(!listHtml.Contains(personal, StringComparison.Ordinal) && !detailHtml.Contains(personal, StringComparison.Ordinal), $"'{personal}' is the filer's and must not be on the public pages.");
        }
    }

    [Fact]
    public async Task Detail_AnswerNotPublished_Returns404()
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync("/tra-loi/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_InEnglish_RendersTheEnglishPage()
    {
        var tag = Tag();
        await PublishAsync($"Đèn đường hỏng {tag}", "Đã thay bóng đèn.", topic: "giao-thong");

        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync($"/tra-loi?q={tag}&culture=en");

        Assert.Equal("Published answers", page.Text("h1"));
        Assert.Contains("Answers found: 1,", page.Text("#result-count"), StringComparison.Ordinal);
        Assert.Equal("Words to search for", page.Text("label[for=q]"));
        Assert.Contains("Transport", page.Text(".answer-meta"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Answers.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linh-vuc=khong-co-linh-vuc-nay", "#linh-vuc-error", "Lĩnh vực đã chọn không có trong danh sách.")]
    [InlineData("co-quan=KHONG-CO", "#co-quan-error", "Cơ quan đã chọn không có trong danh sách.")]
    [InlineData("xa=99999", "#xa-error", "Xã, phường, đặc khu đã chọn không có trong danh sách.")]
    [InlineData("trang=abc", ".error-summary", "Số trang không hợp lệ.")]
    [InlineData("trang=0", ".error-summary", "Số trang không hợp lệ.")]
    public async Task Get_BadFilterOrPage_Returns400WithAMessage(string query, string selector, string message)
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync("/tra-loi?" + query);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(selector), StringComparison.Ordinal);
        Assert.Empty(Links(page));
    }

    [Fact]
    public async Task Get_OverlongQuery_Returns400KeepingWhatWasTyped()
    {
        var typed = new string('a', 201);

        var response = await fixture.Factory.CreateBrowserClient().GetAsync("/tra-loi?q=" + typed);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Từ cần tìm dài quá 200 ký tự", page.Text("#q-error"), StringComparison.Ordinal);
        Assert.Contains("#q", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(typed, page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("trang=2")]
    [InlineData("trang=51")]
    [InlineData("trang=999999999999")]
    public async Task Get_PagePastTheEnd_Returns404WithALinkToTheFirstPage(string pageQuery)
    {
        var tag = Tag();
        await PublishAsync($"Một câu trả lời {tag}", "Đã xử lý.");

        var response = await fixture.Factory.CreateBrowserClient().GetAsync($"/tra-loi?q={tag}&{pageQuery}");
        var page = await HtmlForms.ParseAsync(response);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"A page past the end is a 4xx, not {(int)response.StatusCode}.");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(Links(page));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Equal($"/tra-loi?q={tag}", page.QuerySelector("#past-the-end a")!.GetAttribute("href"));
        }
    }

    private static string Tag() => "kt" + Guid.NewGuid().ToString("N")[..10];

    private static List<string> Links(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".answer-list h3 a").Select(a => a.GetAttribute("href")!)];

    /// <summary>Files, answers and publishes a case; returns the published answer's public id.</summary>
    private async Task<long> PublishAsync(string title, string redacted, string topic = "trat-tu-do-thi", string locality = TestData.HongBang)
    {
        var filed = await AnsweredAsync(title, consents: true, topic: topic, locality: locality);
        Assert.Equal(CaseActionOutcome.Done, (await PublishStepAsync(filed, redacted)).Outcome);
        return await fixture.QueryAsync(db => db.PublishedAnswers
            .Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.TrackingCode == filed.Code.Value)).Select(a => a.Id).SingleAsync());
    }

    private async Task<FiledCase> AnsweredAsync(
        string title, bool consents, CaseKind kind = CaseKind.Feedback, string topic = "trat-tu-do-thi", string locality = TestData.HongBang)
    {
        FiledCase filed;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            filed = await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(new CaseIntake
            {
                Kind = kind,
                Channel = CaseChannel.Web,
                TopicCode = topic,
                LocalityCode = locality,
                Title = title,
                Description = $"Tôi là {FilerName}, số điện thoại {Phone}, phản ánh việc này đã kéo dài nhiều tuần.",
                FilerType = FilerType.Person,
                FilerName = FilerName,
                Phone = Phone,
                Email = Email,
                Address = kind == CaseKind.Denunciation ? "Số 12 phố Lạch Tray" : null,
                ConsentsToPublication = consents,
            });
        }

        foreach (var step in new Action<FeedbackCase, CaseStepContext>[]
                 {
                     (c, x) => c.Accept(Officer, x.Now),
                     (c, x) => c.DraftAnswer($"Kính gửi bà {FilerName} ({Phone}): phường đã xử lý.", Officer, x.Now),
                     (c, x) => c.ApproveAnswer(Officer, x.Now, x.Rules.Calendar),
                 })
        {
            Assert.Equal(CaseActionOutcome.Done, (await StepAsync(filed, CaseAction.Accept, step)).Outcome);
        }

        return filed;
    }

    private Task<CaseActionResult> PublishStepAsync(FiledCase filed, string redacted) =>
        StepAsync(filed, CaseAction.Publish, (c, x) => c.Publish(c.Title, redacted, Officer, x.Now));

    private async Task<CaseActionResult> StepAsync(FiledCase filed, CaseAction action, Action<FeedbackCase, CaseStepContext> step)
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var version = await fixture.QueryAsync(db => db.Cases.Where(c => c.TrackingCode == filed.Code.Value).Select(c => c.Version).SingleAsync());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseWorkflowService>()
            .ExecuteAsync(new CaseCommand(filed.Code.ToString(), version, action, Officer, step), _ => Task.FromResult(true));
    }
}
