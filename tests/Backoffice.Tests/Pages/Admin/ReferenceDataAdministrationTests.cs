using System.Net;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.TestCommon;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Admin;

/// <summary>
/// Administrators manage agencies, topics and routing rules (issue 4); every change of a rule, the
/// calendar or a legal time limit is in the audit log; a rule change steers the next Portal filing.
/// </summary>
public sealed class ReferenceDataAdministrationTests : IClassFixture<BackofficeFixture>
{
    private const string Admin = DevelopmentStaffSeeder.AdministratorUserName;

    private readonly BackofficeFixture _fixture;

    public ReferenceDataAdministrationTests(BackofficeFixture fixture)
    {
        _fixture = fixture;

        // Hangfire logs through one process-wide provider, bound to the host that last configured it: once another
        // test class's host is disposed, building a job client throws. Build ours while our own hosts are fresh.
        _ = fixture.Backoffice.Services.GetRequiredService<IBackgroundJobClient>();
        _ = fixture.Portal.Services.GetRequiredService<IBackgroundJobClient>();
    }

    [Theory]
    [InlineData("/quan-tri/co-quan")]
    [InlineData("/quan-tri/co-quan/SNV")]
    [InlineData("/quan-tri/linh-vuc")]
    [InlineData("/quan-tri/linh-vuc/them")]
    [InlineData("/quan-tri/linh-vuc/dat-dai")]
    [InlineData("/quan-tri/quy-tac")]
    [InlineData("/quan-tri/quy-tac/them")]
    [InlineData("/quan-tri/quy-tac/DIA-PHUONG")]
    public async Task Get_AsOfficer_Returns403(string url)
    {
        // Arrange
        var officer = await _fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var response = await officer.GetAsync(url);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Only administrators may see {url}; an officer got {(int)response.StatusCode}.");
    }

    [Fact]
    public async Task PostAgency_NewCode_IsAddedAndAudited_AndOfferedForAccounts()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/co-quan", [new("Input.Code", "SDLHP"), new("Input.Name", "Sở Du lịch (thử nghiệm)"), new("Input.Kind", "Department")]);
        var list = await admin.GetDocumentAsync("/quan-tri/co-quan");
        var accountForm = await admin.GetDocumentAsync("/quan-tri/nguoi-dung/them");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(list.QuerySelectorAll("#agencies tbody tr"), r => r.TextContent.Contains("SDLHP", StringComparison.Ordinal) && r.TextContent.Contains("Sở Du lịch (thử nghiệm)", StringComparison.Ordinal));
        Assert.NotNull(accountForm.QuerySelector("#Input_AgencyCode option[value=SDLHP]"));
        var entry = Assert.Single(await AuditAsync("SDLHP"));
        Assert.Contains("Thêm cơ quan SDLHP: Sở Du lịch (thử nghiệm)", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sdl", "Sở mới", "Mã cơ quan gồm 2 đến 16 chữ in hoa không dấu")]
    [InlineData("SNV", "Sở mới", "Mã SNV đã được dùng")]
    [InlineData("SMOI", "Sở Y tế", "Đã có cơ quan tên “Sở Y tế”")]
    [InlineData("", "Sở mới", "Vui lòng nhập mã cơ quan.")]
    public async Task PostAgency_BadInput_Returns400WithTheReason_AndAddsNothing(string code, string name, string message)
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        var before = await QueryAsync(db => db.Agencies.CountAsync());

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/co-quan", [new("Input.Code", code), new("Input.Name", name), new("Input.Kind", "Department")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(before, await QueryAsync(db => db.Agencies.CountAsync()));
    }

    [Fact]
    public async Task PostAgencyEdit_Rename_KeepsTheCodeAndAuditsBothNames()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        var form = await admin.GetDocumentAsync("/quan-tri/co-quan/SNGV");

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/co-quan/SNGV", [new("Input.Name", "Sở Ngoại vụ thành phố Hải Phòng")]);
        var list = await admin.GetDocumentAsync("/quan-tri/co-quan");

        // Assert
        Assert.Null(form.QuerySelector("input[name='Input.Code']"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(list.QuerySelectorAll("#agencies tbody tr"), r => r.TextContent.Contains("SNGV", StringComparison.Ordinal) && r.TextContent.Contains("Sở Ngoại vụ thành phố Hải Phòng", StringComparison.Ordinal));
        var entry = Assert.Single(await AuditAsync("SNGV"));
        Assert.Equal("Đổi tên cơ quan SNGV: Sở Ngoại vụ → Sở Ngoại vụ thành phố Hải Phòng", entry.Detail);
    }

    [Fact]
    public async Task PostTopic_NewThenEdited_IsListedAndEachChangeIsAudited()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var added = await admin.SubmitFormAsync("/quan-tri/linh-vuc/them", Topic("an-toan-thuc-pham", owner: "SYT", code: true));
        var edited = await admin.SubmitFormAsync("/quan-tri/linh-vuc/an-toan-thuc-pham", Topic("an-toan-thuc-pham", owner: "SCT"));
        var list = await admin.GetDocumentAsync("/quan-tri/linh-vuc");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains(list.QuerySelectorAll("#topics tbody tr"), r => r.TextContent.Contains("An toàn thực phẩm", StringComparison.Ordinal) && r.TextContent.Contains("Sở Công Thương", StringComparison.Ordinal));
        var entries = await AuditAsync("an-toan-thuc-pham");
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("Thêm lĩnh vực an-toan-thuc-pham.", entries[0].Detail, StringComparison.Ordinal);
        Assert.Equal("Sửa lĩnh vực an-toan-thuc-pham. Cơ quan quản lý: SYT → SCT", entries[1].Detail);
    }

    [Theory]
    [InlineData("Input.OwnerAgencyCode", "KHONG-CO", "Cơ quan quản lý đã chọn không có trong danh mục")]
    [InlineData("Input.Name", "", "Vui lòng nhập tên lĩnh vực.")]
    [InlineData("Input.Scope", "", "Vui lòng chọn phạm vi của lĩnh vực.")]
    public async Task PostTopicEdit_BadInput_Returns400WithTheReason_AndKeepsTheTopic(string field, string value, string message)
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        var form = Topic("tu-phap", owner: "STP").Where(f => f.Key != field).Append(new(field, value)).ToList();

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/linh-vuc/tu-phap", form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"#{field.Replace('.', '_')}", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Tư pháp, công chứng, lý lịch tư pháp", await QueryAsync(db => db.Topics.Where(t => t.Code == "tu-phap").Select(t => t.Name).SingleAsync()));
        Assert.Empty(await AuditAsync("tu-phap"));
    }

    [Fact]
    public async Task RulesList_ReadsEachRuleInWords_InTheOrderTheyAreTried()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var page = await admin.GetDocumentAsync("/quan-tri/quy-tac");

        // Assert
        var codes = page.QuerySelectorAll("#rules tbody tr").Select(r => r.Id!["rule-".Length..]).ToList();
        Assert.True(codes.IndexOf("THAM-NHUNG-KKT") < codes.IndexOf("KKT-NOI-KHU") && codes.IndexOf("KKT-NOI-KHU") < codes.IndexOf("DIA-PHUONG"), "Rules are listed by priority.");
        var kkt = page.Text("#rule-THAM-NHUNG-KKT");
        Assert.Contains("Lĩnh vực: Tham nhũng, nhũng nhiễu, lạm thu khi giải quyết thủ tục; trong khu công nghiệp, khu kinh tế", kkt, StringComparison.Ordinal);
        Assert.Contains("Ban Quản lý Khu kinh tế Hải Phòng", kkt, StringComparison.Ordinal);
        Assert.Contains("Theo dõi: Thanh tra thành phố", kkt, StringComparison.Ordinal);
        Assert.Contains("UBND xã, phường, đặc khu nơi xảy ra vụ việc", page.Text("#rule-DIA-PHUONG"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("giao-duc", TestData.HongBang, false, "CAP-THANH-PHO", "Sở Giáo dục và Đào tạo")]
    [InlineData("trat-tu-do-thi", TestData.HongBang, false, "DIA-PHUONG", TestData.HongBangCommittee)]
    [InlineData("trat-tu-do-thi", "", false, "DIA-PHUONG-CHUA-RO-XA", "Sở Xây dựng")]
    [InlineData("tham-nhung-nhung-nhieu", TestData.HongBang, true, "THAM-NHUNG-KKT", "Ban Quản lý Khu kinh tế Hải Phòng")]
    [InlineData("khac", TestData.HongBang, false, RoutingDecision.TriageRuleCode, "Văn phòng Ủy ban nhân dân thành phố")]
    public async Task TryIt_SampleFiling_ShowsTheRuleAndTheLeadAgency(string topic, string locality, bool inZone, string rule, string lead)
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var page = await admin.GetDocumentAsync(
            $"/quan-tri/quy-tac?Sample.Kind=Feedback&Sample.TopicCode={topic}&Sample.LocalityCode={locality}&Sample.FilerType=Person&Sample.InIndustrialZone={inZone}");

        // Assert
        Assert.StartsWith(rule, page.Text("#try-result .outcome-rule"), StringComparison.Ordinal);
        Assert.Equal(lead, page.Text("#try-result .outcome-lead"));
    }

    [Fact]
    public async Task TryIt_WithoutTopic_Returns400WithTheReason()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var response = await admin.GetAsync("/quan-tri/quy-tac?Sample.Kind=Feedback&Sample.TopicCode=&Sample.FilerType=Person");
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng chọn lĩnh vực của hồ sơ thử.", page.Text(".error-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRulePreview_ShowsWhereASampleGoesBeforeAndAfter_AndSavesNothing()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        var form = Rule("DIA-PHUONG", priority: "30", selector: "Fixed", lead: "SXD", scope: "Local")
            .Concat(Sample("trat-tu-do-thi", TestData.HongBang)).ToList();

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/quy-tac/DIA-PHUONG?handler=Preview", form);
        var page = await HtmlForms.ParseAsync(response);
        var list = await admin.GetDocumentAsync("/quan-tri/quy-tac");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestData.HongBangCommittee, page.Text("#preview-before .outcome-lead"));
        Assert.Equal("Sở Xây dựng", page.Text("#preview-after .outcome-lead"));
        Assert.Contains($"từ {TestData.HongBangCommittee} sang Sở Xây dựng", page.Text("#preview-verdict"), StringComparison.Ordinal);
        Assert.Contains("UBND xã, phường, đặc khu nơi xảy ra vụ việc", list.Text("#rule-DIA-PHUONG"), StringComparison.Ordinal);
        Assert.Empty(await AuditAsync("DIA-PHUONG"));
    }

    [Fact]
    public async Task PostNewRule_SendsTheNextPortalFilingElsewhere_AndIsAudited()
    {
        // Arrange: sanitation in Hồng Bàng goes to the ward (DIA-PHUONG) until a rule says otherwise.
        var admin = await _fixture.SignInAsync(Admin);
        var before = await _fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.TopicCode"] = "ve-sinh-moi-truong"));

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/quy-tac/them",
            [new("Input.Code", "VSMT-SO"), .. Rule("VSMT-SO", priority: "20", selector: "Fixed", lead: "SNNMT", topic: "ve-sinh-moi-truong")]);

        // The Portal reads rules from its own cache, refreshed within its lifetime.
        _fixture.Clock.Advance(CachedSnapshot<ReferenceDirectory>.Lifetime + TimeSpan.FromSeconds(1));
        var after = await _fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.TopicCode"] = "ve-sinh-moi-truong"));
        var officer = await _fixture.SignInAsync("canbo.snnmt");
        var casePage = await officer.GetDocumentAsync($"/ho-so/{after.Replace("-", "", StringComparison.Ordinal)}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(("UBND-11311", "DIA-PHUONG"), await RoutingOfAsync(before));
        Assert.Equal(("SNNMT", "VSMT-SO"), await RoutingOfAsync(after));
        Assert.Equal("Sở Nông nghiệp và Môi trường", casePage.Text("#lead-agency"));
        var entry = Assert.Single(await AuditAsync("VSMT-SO"));
        Assert.StartsWith("Thêm quy tắc VSMT-SO.", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Chủ trì: Sở Nông nghiệp và Môi trường", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRuleEdit_Deactivated_StopsRouting_AndTheAuditShowsBeforeAndAfter()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        const string sample = "/quan-tri/quy-tac?Sample.Kind=Feedback&Sample.TopicCode=khu-cong-nghiep&Sample.LocalityCode=11311&Sample.FilerType=Business&Sample.InIndustrialZone=false";
        var before = await admin.GetDocumentAsync(sample);

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/quy-tac/KKT-LINH-VUC",
            Rule("KKT-LINH-VUC", priority: "11", selector: "Fixed", lead: "BQLKKT", topic: "khu-cong-nghiep", coordinating: ["SKHCN"], active: false));
        var after = await admin.GetDocumentAsync(sample);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Ban Quản lý Khu kinh tế Hải Phòng", before.Text("#try-result .outcome-lead"));
        Assert.Equal("Văn phòng Ủy ban nhân dân thành phố", after.Text("#try-result .outcome-lead"));
        Assert.Contains("Tạm ngưng", after.Text("#rule-KKT-LINH-VUC"), StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync("KKT-LINH-VUC"));
        Assert.Contains("Trạng thái: đang áp dụng → tạm ngưng", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Mô tả: Lĩnh vực khu công nghiệp, khu kinh tế: Ban Quản lý Khu kinh tế chủ trì → Quy tắc thử KKT-LINH-VUC", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fixed", "", "Local", "", "", "Input.LeadAgencyCode", "cần chọn cơ quan chủ trì")]
    [InlineData("CommuneCommittee", "SXD", "Local", "", "", "Input.LeadAgencyCode", "hệ thống tự tìm cơ quan chủ trì")]
    [InlineData("CommuneCommittee", "", "City", "trat-tu-do-thi", "", "Input.TopicScope", "sẽ không bao giờ được áp dụng")]
    [InlineData("Fixed", "SXD", "Local", "", "SXD", "Input.OverseerAgencyCode", "cơ quan theo dõi phải là một cơ quan khác")]
    [InlineData("RatedAgency", "", "Local", "", "", "Input.LeadSelector", "chỉ dùng cho quy tắc đánh giá sự hài lòng")]
    [InlineData("Fixed", "KHONG-CO", "Local", "", "", "Input.LeadAgencyCode", "Cơ quan chủ trì đã chọn không có trong danh mục")]
    public async Task PostRuleEdit_BadRule_Returns400WithTheReasonForTheField_AndKeepsTheRule(
        string selector, string lead, string scope, string topic, string overseer, string field, string message)
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/quy-tac/DIA-PHUONG",
            Rule("DIA-PHUONG", priority: "30", selector: selector, lead: lead, scope: scope, topic: topic, overseer: overseer));
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"#{field.Replace('.', '_')}", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(LeadSelector.CommuneCommittee, await QueryAsync(db => db.RoutingRules.Where(r => r.Code == "DIA-PHUONG").Select(r => r.LeadSelector).SingleAsync()));
        Assert.Empty(await AuditAsync("DIA-PHUONG"));
    }

    [Theory]
    [InlineData("TRIAGE", "dành cho hồ sơ không thuộc quy tắc nào")]
    [InlineData("DIA-PHUONG", "Mã DIA-PHUONG đã được dùng")]
    [InlineData("quy tac moi", "Mã quy tắc gồm chữ in hoa không dấu")]
    public async Task PostNewRule_BadCode_Returns400WithTheReason(string code, string message)
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);
        var rulesBefore = await QueryAsync(db => db.RoutingRules.CountAsync());

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/quy-tac/them", [new("Input.Code", code), .. Rule(code, priority: "90", selector: "Fixed", lead: "SXD")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(rulesBefore, await QueryAsync(db => db.RoutingRules.CountAsync()));
    }

    [Fact]
    public async Task CalendarAddAndDelete_AreEachAudited()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        await admin.SubmitFormAsync("/quan-tri/lich?nam=2028&handler=Add", [
            new("Input.Date", "2028-06-01"), new("Input.Kind", "DayOff"), new("Input.Reason", "Nghỉ theo thông báo (ví dụ)")]);
        await admin.SubmitFormAsync("/quan-tri/lich?nam=2028&handler=Delete", [new("date", "2028-06-01")]);

        // Assert
        var entries = await AuditAsync("Lịch năm 2028");
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("Thêm ngày nghỉ 01/06/2028: Nghỉ theo thông báo (ví dụ); năm 2028 chuyển sang lịch chính thức", entries[0].Detail, StringComparison.Ordinal);
        Assert.Equal("Xóa ngày nghỉ 01/06/2028: Nghỉ theo thông báo (ví dụ)", entries[1].Detail);
        Assert.All(entries, e => Assert.Equal("Quản trị hệ thống", e.ActorName));
    }

    [Fact]
    public async Task PolicyEdit_IsAuditedWithWhatChanged_AndARefusedEditIsNot()
    {
        // Arrange
        var admin = await _fixture.SignInAsync(Admin);

        // Act
        var refused = await admin.SubmitFormAsync("/quan-tri/thoi-han/TC-GIAI-QUYET", Policy(days: "30", complex: "20"));
        var saved = await admin.SubmitFormAsync("/quan-tri/thoi-han/TC-GIAI-QUYET", Policy(days: "30", complex: "60"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = Assert.Single(await AuditAsync("TC-GIAI-QUYET"));
        Assert.StartsWith("Sửa thời hạn TC-GIAI-QUYET.", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Căn cứ: ", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("→ Luật Tố cáo 2018, Điều 30 (thử)", entry.Detail, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Topic(string slug, string owner, bool code = false)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", slug == "tu-phap" ? "Tư pháp, công chứng, lý lịch tư pháp" : "An toàn thực phẩm"),
            new("Input.NameEn", "Food safety"),
            new("Input.Hint", "Ngộ độc thực phẩm; cơ sở kinh doanh ăn uống không bảo đảm vệ sinh"),
            new("Input.Scope", "City"),
            new("Input.OwnerAgencyCode", owner),
            new("Input.SortOrder", "30"),
        };
        if (code)
        {
            fields.Add(new("Input.Code", slug));
        }

        return fields;
    }

    private static List<KeyValuePair<string, string>> Rule(
        string code, string priority, string selector, string lead = "", string scope = "", string topic = "", string overseer = "",
        string[]? coordinating = null, bool active = true)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Priority", priority),
            new("Input.Description", $"Quy tắc thử {code}"),
            new("Input.Task", "4.4"),
            new("Input.Subject", "Case"),
            new("Input.Kind", ""),
            new("Input.TopicCode", topic),
            new("Input.TopicScope", scope),
            new("Input.FilerType", ""),
            new("Input.InIndustrialZone", ""),
            new("Input.LeadSelector", selector),
            new("Input.LeadAgencyCode", lead),
            new("Input.OverseerAgencyCode", overseer),
        };
        fields.AddRange((coordinating ?? []).Select(c => new KeyValuePair<string, string>("Input.CoordinatingAgencyCodes", c)));
        if (active)
        {
            fields.Add(new("Input.IsActive", "true"));
        }

        fields.Add(new("Input.IsActive", "false"));
        return fields;
    }

    private static List<KeyValuePair<string, string>> Sample(string topic, string locality) =>
    [
        new("Sample.Kind", "Feedback"),
        new("Sample.TopicCode", topic),
        new("Sample.LocalityCode", locality),
        new("Sample.FilerType", "Person"),
    ];

    private static KeyValuePair<string, string>[] Policy(string days, string complex) =>
    [
        new("Input.Unit", "CalendarDays"),
        new("Input.Days", days),
        new("Input.ComplexDays", complex),
        new("Input.RemoteDays", ""),
        new("Input.RemoteComplexDays", ""),
        new("Input.MaxExtensions", "0"),
        new("Input.MaxDaysPerExtension", "0"),
        new("Input.PausesWhileWaitingForFiler", "true"),
        new("Input.LegalSource", "Luật Tố cáo 2018, Điều 30 (thử)"),
    ];

    private async Task<(string Lead, string Rule)> RoutingOfAsync(string displayCode)
    {
        var code = TrackingCode.Parse(displayCode).Value;
        var routing = await QueryAsync(db => db.Cases.Where(c => c.TrackingCode == code).Select(c => new { c.LeadAgencyCode, c.RoutingRuleCode }).SingleAsync());
        return (routing.LeadAgencyCode, routing.RoutingRuleCode);
    }

    private async Task<T> QueryAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        await using var scope = _fixture.Backoffice.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }

    private async Task<List<AuditEntry>> AuditAsync(string subject)
    {
        await using var scope = _fixture.Backoffice.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().AuditLog
            .Where(e => e.Subject == subject && e.Action == AuditAction.RuleChanged)
            .OrderBy(e => e.Id)
            .ToListAsync();
    }
}
