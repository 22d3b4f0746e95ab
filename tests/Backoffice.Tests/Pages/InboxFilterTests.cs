using System.Net;
using AngleSharp.Dom;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages;

/// <summary>
/// The inbox's filters, counts and paging. Each test files its cases in a commune of its own, so each
/// inbox holds exactly that test's cases; only <see cref="Get_OverdueAndDueSoon_ListOnlyRunningClocksByTheirDueDate"/>
/// moves the clock, and no other test here depends on the date.
/// </summary>
public sealed class InboxFilterTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_StatusFilter_ListsExactlyTheCasesInThatStatusAndCountsEachStatus()
    {
        // Arrange: three cases for Phường Thủy Nguyên, one of them accepted (thụ lý).
        var received = await FileOnPortalAsync("11560", 2);
        var accepted = await FileOnPortalAsync("11560", 1);
        await ChangeAsync(accepted[0], (c, actor, now) => c.Accept(actor, now));
        var officer = await fixture.SignInAsync("canbo.ubnd-11560");

        // Act
        var all = await officer.GetDocumentAsync("/");
        var acceptedOnly = await officer.GetDocumentAsync("/?trang-thai=dang-giai-quyet");
        var receivedOnly = await officer.GetDocumentAsync("/?trang-thai=moi-tiep-nhan");

        // Assert
        AssertListed([.. received, .. accepted], all, "the whole inbox");
        AssertListed(accepted, acceptedOnly, "Đang giải quyết");
        AssertListed(received, receivedOnly, "Mới tiếp nhận");
        Assert.Equal("1", acceptedOnly.Text("#case-count"));
        Assert.Equal("3", Count(all, "nhanh-tat-ca"));
        Assert.Equal("2", Count(all, "nhanh-moi-tiep-nhan"));
        Assert.Equal("1", Count(all, "nhanh-dang-giai-quyet"));
        Assert.Equal("0", Count(all, "nhanh-da-ket-thuc"));
        Assert.Equal("/?trang-thai=dang-giai-quyet", all.QuerySelector("#nhanh-dang-giai-quyet")!.GetAttribute("href"));
        Assert.Equal("dang-giai-quyet", acceptedOnly.QuerySelector("#trang-thai option[selected]")?.GetAttribute("value"));
        Assert.Equal("true", acceptedOnly.QuerySelector("#nhanh-dang-giai-quyet")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Get_KindTopicAndChannelFilters_ListExactlyTheMatchingCases()
    {
        // Arrange: for Phường Thiên Hương, a phản ánh and a kiến nghị from the Portal, a khiếu nại taken in person.
        var feedback = await FileOnPortalAsync("11557", 1, f => f["Input.TopicCode"] = "trat-tu-do-thi");
        var recommendation = await FileOnPortalAsync("11557", 1, f =>
        {
            f["Input.Kind"] = "Recommendation";
            f["Input.TopicCode"] = "ve-sinh-moi-truong";
        });
        var complaint = await FileByOfficerAsync("11557", CaseKind.Complaint, "trat-tu-do-thi", CaseChannel.InPerson);
        var officer = await fixture.SignInAsync("canbo.ubnd-11557");

        // Act
        var recommendations = await officer.GetDocumentAsync("/?loai=kien-nghi");
        var sanitation = await officer.GetDocumentAsync("/?linh-vuc=ve-sinh-moi-truong");
        var inPerson = await officer.GetDocumentAsync("/?kenh=truc-tiep");
        var publicOrderFeedback = await officer.GetDocumentAsync("/?loai=phan-anh&linh-vuc=trat-tu-do-thi&kenh=cong-thong-tin");
        var publicOrder = await officer.GetDocumentAsync("/?linh-vuc=trat-tu-do-thi");
        var noDenunciation = await officer.GetDocumentAsync("/?loai=to-cao");

        // Assert
        AssertListed(recommendation, recommendations, "Kiến nghị");
        AssertListed(recommendation, sanitation, "Vệ sinh môi trường");
        AssertListed([complaint], inPerson, "Trực tiếp");
        AssertListed(feedback, publicOrderFeedback, "Phản ánh, trật tự đô thị, qua cổng thông tin");
        AssertListed([.. feedback, complaint], publicOrder, "Trật tự đô thị");
        Assert.Equal("2", publicOrder.Text("#case-count"));
        AssertListed([], noDenunciation, "Tố cáo");
        Assert.Equal("Không có hồ sơ nào khớp bộ lọc.", noDenunciation.Text("#no-cases"));
    }

    [Fact]
    public async Task Get_CommuneFilter_ListsOnlyThatCommunesCasesInADepartmentsInbox()
    {
        // Arrange: traffic (giao-thong) is a city-level field, so Sở Xây dựng leads it wherever it happens.
        var hoaBinh = await FileOnPortalAsync("11533", 2, f => f["Input.TopicCode"] = "giao-thong");
        var namTrieu = await FileOnPortalAsync("11542", 1, f => f["Input.TopicCode"] = "giao-thong");
        var officer = await fixture.SignInAsync("canbo.sxd");

        // Act
        var all = await officer.GetDocumentAsync("/");
        var inHoaBinh = await officer.GetDocumentAsync("/?xa=11533");
        var inNamTrieu = await officer.GetDocumentAsync("/?xa=11542&linh-vuc=giao-thong");

        // Assert
        AssertListed([.. hoaBinh, .. namTrieu], all, "Sở Xây dựng's whole inbox");
        AssertListed(hoaBinh, inHoaBinh, "Phường Hòa Bình");
        AssertListed(namTrieu, inNamTrieu, "Phường Nam Triệu, giao thông");
        Assert.Equal("11533", inHoaBinh.QuerySelector("#xa option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_AssignedToMe_ListsOnlyTheCasesAssignedToTheSignedInOfficer()
    {
        // Arrange: for Phường Bạch Đằng, one case assigned to its officer, one to its lead, one to nobody.
        var toOfficer = await FileOnPortalAsync("11473", 1);
        var toLead = await FileOnPortalAsync("11473", 1);
        var unassigned = await FileOnPortalAsync("11473", 1);
        var officerId = await UserIdAsync("canbo.ubnd-11473");
        var leadId = await UserIdAsync("lanhdao.ubnd-11473");
        await ChangeAsync(toOfficer[0], (c, actor, now) => c.Assign(officerId, "Cán bộ phường Bạch Đằng", actor, now));
        await ChangeAsync(toLead[0], (c, actor, now) => c.Assign(leadId, "Lãnh đạo phường Bạch Đằng", actor, now));
        var officer = await fixture.SignInAsync("canbo.ubnd-11473");
        var lead = await fixture.SignInAsync("lanhdao.ubnd-11473");

        // Act
        var officersInbox = await officer.GetDocumentAsync("/");
        var officersOwn = await officer.GetDocumentAsync("/?cua-toi=1");
        var leadsOwn = await lead.GetDocumentAsync("/?cua-toi=1");

        // Assert
        AssertListed([.. toOfficer, .. toLead, .. unassigned], officersInbox, "the whole inbox");
        AssertListed(toOfficer, officersOwn, "giao cho cán bộ");
        AssertListed(toLead, leadsOwn, "giao cho lãnh đạo");
        Assert.Equal("1", Count(officersInbox, "nhanh-cua-toi"));
        Assert.NotNull(officersOwn.QuerySelector("#cua-toi[checked]"));
    }

    [Fact]
    public async Task Get_OverdueAndDueSoon_ListOnlyRunningClocksByTheirDueDate()
    {
        // Arrange: filed on Thu 12/02/2026 for Phường Lưu Kiếm: a khiếu nại to accept by Mon 23/02, a phản ánh
        // due Thu 26/02, and a phản ánh waiting for the filer (its clock stopped). Then it is Tue 24/02.
        var complaint = await FileByOfficerAsync("11488", CaseKind.Complaint, "trat-tu-do-thi", CaseChannel.Phone);
        var dueThursday = await FileOnPortalAsync("11488", 1);
        var waiting = await FileOnPortalAsync("11488", 1);
        await ChangeAsync(waiting[0], (c, actor, now) => c.RequestInformation("Đề nghị cho biết số nhà cụ thể.", actor, now));
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 24, 9, 0, 0, TimeSpan.FromHours(7)));
        var officer = await fixture.SignInAsync("canbo.ubnd-11488");

        // Act
        var all = await officer.GetDocumentAsync("/");
        var overdue = await officer.GetDocumentAsync("/?qua-han=1");
        var dueSoon = await officer.GetDocumentAsync("/?sap-han=1");
        var publicOrder = await officer.GetDocumentAsync("/?linh-vuc=trat-tu-do-thi");

        // Assert
        AssertListed([complaint, .. dueThursday, .. waiting], all, "the whole inbox");
        Assert.Equal(complaint, Codes(all)[0]);
        Assert.Equal(Codes(all), Codes(publicOrder));
        AssertListed([complaint], overdue, "quá hạn: due 23/02, seen on 24/02");
        AssertListed(dueThursday, dueSoon, "sắp đến hạn: due 26/02, within 2 working days of 24/02");
        Assert.Equal("1", Count(all, "nhanh-qua-han"));
        Assert.Equal("1", Count(all, "nhanh-sap-han"));
        Assert.Equal("1", Count(all, "nhanh-cho-bo-sung"));
    }

    [Fact]
    public async Task Get_SecondPage_KeepsTheFiltersInItsLinks()
    {
        // Arrange: 52 complaints by phone and two accepted phản ánh for Phường Lê Ích Mộc: 52 match each filter,
        // one read from the indexes (status), one by reading the cases (kind).
        var complaints = new List<string>();
        for (var i = 0; i < Backoffice.Pages.IndexModel.PageSize + 2; i++)
        {
            complaints.Add(await FileByOfficerAsync("11506", CaseKind.Complaint, "thu-tuc-cap-xa", CaseChannel.Phone));
        }

        foreach (var code in await FileOnPortalAsync("11506", 2))
        {
            await ChangeAsync(code, (c, actor, now) => c.Accept(actor, now));
        }

        var officer = await fixture.SignInAsync("canbo.ubnd-11506");

        foreach (var filter in new[] { "trang-thai=moi-tiep-nhan", "loai=khieu-nai" })
        {
            // Act
            var first = await officer.GetDocumentAsync($"/?{filter}");
            var next = first.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href");
            var second = await officer.GetDocumentAsync(next ?? "/missing");
            var previous = second.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href");

            // Assert
            Assert.Equal($"/?{filter}&trang=2", next);
            Assert.Equal($"/?{filter}", previous);
            Assert.Equal("52", first.Text("#case-count"));
            Assert.Equal(Backoffice.Pages.IndexModel.PageSize, Codes(first).Count);
            Assert.Equal(2, Codes(second).Count);
            Assert.Equal(complaints.Order(), Codes(first).Concat(Codes(second)).Order());
        }
    }

    [Fact]
    public async Task Get_CoordinatingAgency_SeesTheCasesItCoordinatesInTheirOwnTab_WithFiltersAndCounts()
    {
        // Arrange: inside an industrial zone Ban Quản lý leads and Sở Khoa học và Công nghệ coordinates (task 4.10);
        // Sở Khoa học và Công nghệ also leads a case of its own field (online public services), filed later.
        var coordinated = await FileOnPortalAsync("11602", 1, f => f["Input.InIndustrialZone"] = "true");
        var led = await FileOnPortalAsync("11602", 1, f => f["Input.TopicCode"] = "chuyen-doi-so");
        var coordinator = await fixture.SignInAsync("canbo.skhcn");

        // Act
        var leading = await coordinator.GetDocumentAsync("/");
        var all = await coordinator.GetDocumentAsync("/?phoi-hop=1");
        var received = await coordinator.GetDocumentAsync("/?phoi-hop=1&trang-thai=moi-tiep-nhan");
        var feedback = await coordinator.GetDocumentAsync("/?phoi-hop=1&loai=phan-anh");
        var inIndustrialZone = await coordinator.GetDocumentAsync("/?phoi-hop=1&linh-vuc=trat-tu-do-thi");
        var accepted = await coordinator.GetDocumentAsync("/?phoi-hop=1&trang-thai=dang-giai-quyet");

        // Assert: the agency's own case in the first tab, the one it coordinates in the second, each tab counting both.
        AssertListed(led, leading, "Chủ trì giải quyết");
        AssertListed(coordinated, all, "Phối hợp");
        AssertListed(coordinated, received, "Phối hợp, mới tiếp nhận");
        AssertListed(coordinated, feedback, "Phối hợp, phản ánh");
        AssertListed(coordinated, inIndustrialZone, "Phối hợp, trật tự đô thị");
        AssertListed([], accepted, "Phối hợp, đang giải quyết");
        Assert.Equal("Chủ trì giải quyết: 1", leading.Text("#tab-chu-tri"));
        Assert.Equal("Phối hợp: 1", leading.Text("#tab-phoi-hop"));
        Assert.Equal("Phối hợp: 1", received.Text("#tab-phoi-hop"));
        Assert.Equal("page", all.QuerySelector("#tab-phoi-hop")?.GetAttribute("aria-current"));
        Assert.Equal("1", Count(received, "nhanh-moi-tiep-nhan"));
        Assert.Equal("1", received.Text("#case-count"));

        // The quick filters and the filter form stay in the tab they were opened from.
        Assert.Equal("/?phoi-hop=1&trang-thai=moi-tiep-nhan", received.QuerySelector("#nhanh-moi-tiep-nhan")?.GetAttribute("href"));
        Assert.Equal("1", all.QuerySelector("form#filters input[name=phoi-hop]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("trang-thai=dang-xu-ly", "Không có tình trạng \"dang-xu-ly\" trong danh sách.")]
    [InlineData("loai=don-thu", "Không có loại hồ sơ \"don-thu\" trong danh sách.")]
    [InlineData("linh-vuc=khong-co", "Không có lĩnh vực \"khong-co\" trong danh sách.")]
    [InlineData("xa=99999", "Không có xã, phường, đặc khu \"99999\" trong danh sách.")]
    [InlineData("kenh=fax", "Không có kênh tiếp nhận \"fax\" trong danh sách.")]
    [InlineData("cua-toi=co", "Giá trị \"co\" của ô \"Hồ sơ giao cho tôi\" không hợp lệ.")]
    [InlineData("trang=hai", "Số trang \"hai\" không hợp lệ.")]
    [InlineData("trang=0", "Số trang \"0\" không hợp lệ.")]
    [InlineData("trang=99999999999", "Số trang \"99999999999\" không hợp lệ.")]
    [InlineData("sap-han=1&qua-han=1", "Một hồ sơ không thể vừa sắp đến hạn vừa quá hạn.")]
    [InlineData("trang-thai=moi-tiep-nhan&trang-thai=dang-giai-quyet", "Chỉ chọn một tình trạng.")]
    public async Task Get_UnknownOrMalformedFilter_Returns400WithMessage(string query, string message)
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11560");

        // Act
        var response = await officer.GetAsync($"/?{query}");
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"));
        Assert.Null(page.QuerySelector("#inbox"));
        Assert.Null(page.QuerySelector("#case-count"));
        Assert.NotNull(page.QuerySelector("form#filters"));
    }

    [Fact]
    public async Task Get_Inbox_EveryFilterControlHasAVisibleLabelAndTheFormWorksWithoutScript()
    {
        // Arrange
        var officer = await fixture.SignInAsync("lanhdao.ubnd-11560");

        // Act
        var inbox = await officer.GetDocumentAsync("/");

        // Assert
        var form = inbox.QuerySelector("form#filters");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        var controls = form.QuerySelectorAll("select, input").ToList();
        Assert.Equal(8, controls.Count);
        Assert.All(controls, control => Assert.True(
            form.QuerySelector($"label[for='{control.Id}']") is { TextContent.Length: > 0 },
            $"The filter control '{control.GetAttribute("name")}' must have a visible label."));
    }

    [Theory]
    [InlineData(DevelopmentStaffSeeder.InspectorUserName, "/thanh-tra")]
    [InlineData(DevelopmentStaffSeeder.AssessorUserName, "/tong-hop")]
    [InlineData(DevelopmentStaffSeeder.AdministratorUserName, "/quan-tri/lich")]
    public async Task Get_StaffWithoutAnInbox_RedirectedToTheirOwnStartPage(string userName, string startPage)
    {
        // Arrange
        var client = await fixture.SignInAsync(userName);

        // Act
        var response = await client.GetAsync("/?trang-thai=moi-tiep-nhan");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(startPage, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_StaffWithNoRole_Forbidden()
    {
        // Arrange: an account of an agency that has been given no role yet.
        await using (var scope = fixture.Backoffice.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var created = await users.CreateAsync(
                new StaffUser { UserName = "chua-phan-quyen", FullName = "Cán bộ chưa được phân quyền", AgencyCode = "SXD" },
                BackofficeFactory.StaffPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var client = await fixture.SignInAsync("chua-phan-quyen");

        // Act
        var response = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<List<string>> FileOnPortalAsync(string localityCode, int count, Action<Dictionary<string, string>>? change = null)
    {
        var codes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            codes.Add(await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
            {
                f["Input.LocalityCode"] = localityCode;
                f["Input.Title"] = $"Phản ánh thử bộ lọc {Guid.NewGuid():N}";
                change?.Invoke(f);
            })));
        }

        return codes;
    }

    /// <summary>A case an officer records from another channel, as the intake service files it.</summary>
    private async Task<string> FileByOfficerAsync(string localityCode, CaseKind kind, string topicCode, CaseChannel channel)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var filed = await scope.ServiceProvider.GetRequiredService<CaseService>().FileAsync(new CaseIntake
        {
            Kind = kind,
            Channel = channel,
            TopicCode = topicCode,
            LocalityCode = localityCode,
            Title = $"Khiếu nại quyết định xử phạt {Guid.NewGuid():N}",
            Description = "Tôi khiếu nại quyết định xử phạt vi phạm hành chính về lấn chiếm vỉa hè ngày 05/02/2026.",
            FilerType = FilerType.Person,
            FilerName = "Lê Văn Cường",
            Phone = "0987654321",
        });
        return filed.Code.ToString();
    }

    /// <summary>Takes a step on a case through the domain, as an officer of its lead agency, and stores the new due date.</summary>
    private async Task ChangeAsync(string code, Action<FeedbackCase, StaffActor, DateTimeOffset> step)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var rules = await scope.ServiceProvider.GetRequiredService<DeadlineRulesCache>().GetAsync();
        var stored = TrackingCode.Parse(code).Value;
        var feedbackCase = await db.Cases.Include(c => c.Events).Include(c => c.Coordinators).SingleAsync(c => c.TrackingCode == stored);
        var now = fixture.Clock.GetUtcNow();
        step(feedbackCase, new StaffActor("thu-nghiem", "Cán bộ thử nghiệm", feedbackCase.LeadAgencyCode), now);
        feedbackCase.RefreshDeadline(rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(now)));
        await db.SaveChangesAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
        return user?.Id ?? throw new InvalidOperationException($"No development account {userName}.");
    }

    private static List<string> Codes(IDocument inbox) =>
        [.. inbox.QuerySelectorAll("#inbox tbody td.code a").Select(a => a.TextContent.Trim())];

    private static string Count(IDocument inbox, string quickFilterId) => inbox.Text($"#{quickFilterId} .count");

    private static void AssertListed(IEnumerable<string> expected, IDocument inbox, string filter)
    {
        var listed = Codes(inbox);
        Assert.True(
            expected.Order().SequenceEqual(listed.Order()),
            $"Filter '{filter}' must list exactly [{string.Join(", ", expected.Order())}]; the inbox listed [{string.Join(", ", listed.Order())}].");
    }
}
