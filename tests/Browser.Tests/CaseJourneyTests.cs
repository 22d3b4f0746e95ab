using DanVan.Feedback.TestCommon;
using Microsoft.Playwright;

namespace DanVan.Feedback.Browser.Tests;

/// <summary>
/// A phản ánh from filing to answer, clicked through in Chromium as the filer, the officer and the lead
/// would: the Portal form, the Backoffice inbox, the case page's step links, then tracking on the Portal.
/// </summary>
public sealed class CaseJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Officer = "canbo.ubnd-11311";
    private const string Lead = "lanhdao.ubnd-11311";
    private const string OfficerFullName = "Cán bộ " + TestData.HongBangCommittee;
    private const string AnswerText = "Ngày 20/2/2026, **đèn đường ngõ 5 đã được thay mới**.\n\nỦy ban nhân dân phường cảm ơn quý vị đã phản ánh.";
    private const string AnswerBold = "đèn đường ngõ 5 đã được thay mới";

    [Fact]
    public async Task Officer_AcceptsAssignsAnswers_LeadApproves_FilerSeesTheAnswerOnThePortal()
    {
        // Arrange, act: the whole journey through the pages.
        var seen = await fixture.WalkOnceAsync(WalkAsync);

        // Assert
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", seen.Code);
        Assert.Equal("Đã thụ lý hồ sơ.", seen.AfterAccept.Done);
        Assert.Equal("Đang giải quyết", seen.AfterAccept.Status);
        Assert.Equal("Đã phân công cán bộ xử lý.", seen.AfterAssign.Done);
        Assert.Equal(OfficerFullName, seen.AssignedOfficer);
        Assert.False(string.IsNullOrWhiteSpace(seen.Template), "The draft form should offer the officer an answer template to start from.");
        Assert.Equal("Đã trình dự thảo trả lời để lãnh đạo duyệt.", seen.AfterDraft.Done);
        Assert.Equal("Chờ lãnh đạo duyệt", seen.AfterDraft.Status);
        Assert.Equal("Đã duyệt và gửi câu trả lời cho người gửi.", seen.AfterApproval.Done);
        Assert.Equal("Đã trả lời", seen.AfterApproval.Status);
        Assert.True(seen.TrackedStatus == "Đã trả lời", $"The filer tracking the case should read that it is answered; the Portal says '{seen.TrackedStatus}'.");
        Assert.True(seen.TrackedAnswer.Contains("cảm ơn quý vị đã phản ánh", StringComparison.Ordinal), $"The filer should read the answer the lead approved; #answer is '{seen.TrackedAnswer}'.");
        Assert.True(seen.TrackedAnswerBold == AnswerBold, $"The filer should see the answer with its bold text rendered; #answer strong is '{seen.TrackedAnswerBold}'.");
    }

    [Fact]
    public async Task EveryPageOnTheJourney_HasNoSeriousOrCriticalWcagViolations()
    {
        // Arrange, act: the same journey, which ran axe-core on each page as it was shown.
        var seen = await fixture.WalkOnceAsync(WalkAsync);

        // Assert
        Assert.Equal(
            ["Portal: gửi phản ánh", "Portal: đã gửi", "Backoffice: đăng nhập", "Backoffice: hộp thư hồ sơ", "Backoffice: hồ sơ mới",
             "Backoffice: Thụ lý", "Backoffice: Phân công", "Backoffice: Soạn dự thảo trả lời", "Backoffice: hồ sơ chờ duyệt",
             "Backoffice: Duyệt và gửi trả lời", "Backoffice: hồ sơ đã trả lời", "Portal: tra cứu", "Portal: kết quả tra cứu"],
            seen.Audit.PagesChecked);
        seen.Audit.AssertNoSeriousViolations();
    }

    /// <summary>What the people on the journey read along the way, and what axe-core found on each page.</summary>
    private sealed record Seen(
        string Code, StepSeen AfterAccept, StepSeen AfterAssign, string AssignedOfficer, string Template, StepSeen AfterDraft,
        StepSeen AfterApproval, string TrackedStatus, string TrackedAnswer, string? TrackedAnswerBold, AccessibilityAudit Audit);

    /// <summary>The case page after a step: the success notice and the status.</summary>
    private sealed record StepSeen(string Done, string Status);

    /// <summary>Files, handles, approves and tracks one case, checking every page as it is shown.</summary>
    private async Task<Seen> WalkAsync()
    {
        var audit = new AccessibilityAudit();
        var email = $"nguoi.gui.{Guid.NewGuid():N}@example.vn";
        var filer = await fixture.OpenWindowAsync();
        var code = await FileAsync(filer, email, audit);

        var officer = await fixture.OpenWindowAsync();
        await SignInAsync(officer, Officer, audit);
        await OpenFromInboxAsync(officer, code, audit, "Backoffice: hồ sơ mới");
        var accepted = await TakeStepAsync(officer, code, "Thụ lý", _ => Task.CompletedTask, audit);
        var assigned = await TakeStepAsync(officer, code, "Phân công",
            form => form.SelectOptionAsync("#Input_OfficerId", new SelectOptionValue { Label = OfficerFullName }), audit);
        var assignedOfficer = (await officer.Locator("#assigned-officer").InnerTextAsync()).Trim();
        var template = "";
        var drafted = await TakeStepAsync(officer, code, "Soạn dự thảo trả lời", async form =>
        {
            template = await form.Locator("#Input_Markdown").InputValueAsync();
            await form.Locator("#Input_Markdown").FillAsync(AnswerText);
        }, audit);

        var lead = await fixture.OpenWindowAsync();
        await SignInAsync(lead, Lead, audit);
        await OpenFromInboxAsync(lead, code, audit, "Backoffice: hồ sơ chờ duyệt");
        var approved = await TakeStepAsync(lead, code, "Duyệt và gửi trả lời", _ => Task.CompletedTask, audit);
        await audit.CheckOnceAsync(lead, "Backoffice: hồ sơ đã trả lời");

        await filer.GotoAsync(Portal("/tra-cuu"));
        await audit.CheckOnceAsync(filer, "Portal: tra cứu");
        await filer.Locator("#Input_Code").FillAsync(code);
        await filer.Locator("#Input_Contact").FillAsync(email);
        await filer.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await filer.Locator("#case-status, .error-summary, .notice-box").First.WaitForAsync();
        Assert.True(await filer.Locator("#case-status").CountAsync() == 1, $"The filer should find the case with its code and e-mail; the Portal shows: {await MainTextAsync(filer)}");
        await audit.CheckOnceAsync(filer, "Portal: kết quả tra cứu");
        var trackedStatus = (await filer.Locator("#case-status").InnerTextAsync()).Trim();
        var answer = await filer.Locator("#answer").CountAsync() == 1 ? await filer.Locator("#answer").InnerTextAsync() : "";
        var answerBold = await filer.Locator("#answer strong").CountAsync() == 1 ? await filer.Locator("#answer strong").InnerTextAsync() : null;

        foreach (var window in new[] { filer, officer, lead })
        {
            await window.Context.CloseAsync();
        }

        return new Seen(code, accepted, assigned, assignedOfficer, template, drafted, approved, trackedStatus, answer, answerBold, audit);
    }

    private async Task<string> FileAsync(IPage filer, string email, AccessibilityAudit audit)
    {
        await filer.GotoAsync(Portal("/phan-anh/gui"));
        await audit.CheckOnceAsync(filer, "Portal: gửi phản ánh");
        await filer.Locator("#Input_Kind").CheckAsync();
        await filer.Locator("#Input_TopicCode").SelectOptionAsync("trat-tu-do-thi");
        await filer.Locator("#Input_LocalityCode").SelectOptionAsync(TestData.HongBang);
        await filer.Locator("#Input_Title").FillAsync($"Đèn đường ngõ 5 phố Hoàng Văn Thụ không sáng ({Guid.NewGuid().ToString("N")[..6]})");
        await filer.Locator("#Input_Description").FillAsync("Đèn đường ở ngõ 5 phố Hoàng Văn Thụ đã tắt hơn hai tuần, buổi tối ngõ rất tối, người già và trẻ em đi lại khó khăn.");
        await filer.Locator("#Input_FilerType").CheckAsync();
        await filer.Locator("#Input_FilerName").FillAsync("Nguyễn Thị Lan");
        await filer.Locator("#Input_Email").FillAsync(email);
        await filer.Locator("#Input_PrivacyAccepted").CheckAsync();
        await filer.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();

        await filer.Locator("#tracking-code, .error-summary").First.WaitForAsync();
        Assert.True(await filer.Locator("#tracking-code").CountAsync() == 1, $"The filer should be given a tracking code; the Portal shows: {await MainTextAsync(filer)}");
        await audit.CheckOnceAsync(filer, "Portal: đã gửi");
        return (await filer.Locator("#tracking-code").InnerTextAsync()).Trim();
    }

    private async Task SignInAsync(IPage page, string userName, AccessibilityAudit audit)
    {
        await page.GotoAsync(Backoffice("/dang-nhap"));
        await audit.CheckOnceAsync(page, "Backoffice: đăng nhập");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(BackofficeFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.Locator("#case-count, .error-summary").First.WaitForAsync();
        Assert.True(await page.Locator("#case-count").CountAsync() == 1, $"{userName} should be signed in and see the inbox; the Backoffice shows: {await MainTextAsync(page)}");
    }

    private static async Task OpenFromInboxAsync(IPage page, string code, AccessibilityAudit audit, string casePageName)
    {
        await audit.CheckOnceAsync(page, "Backoffice: hộp thư hồ sơ");
        await page.Locator("#inbox").GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await page.Locator("#case-status").WaitForAsync();
        await audit.CheckOnceAsync(page, casePageName);
    }

    /// <summary>Follows a step link on the case page, fills its form, submits, and reads the case page it returns to.</summary>
    private async Task<StepSeen> TakeStepAsync(IPage page, string code, string step, Func<IPage, Task> fill, AccessibilityAudit audit)
    {
        await page.Locator("#steps").GetByRole(AriaRole.Link, new() { Name = step, Exact = true }).ClickAsync();
        await page.Locator("main form button[type=submit]").WaitForAsync();
        await audit.CheckOnceAsync(page, $"Backoffice: {step}");
        await fill(page);
        await page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = step, Exact = true }).ClickAsync();

        await page.Locator("#done, #refusal, .error-summary").First.WaitForAsync();
        Assert.True(page.Url == Backoffice($"/ho-so/{code}"), $"'{step}' should be done and lead back to the case page; {page.Url} shows: {await MainTextAsync(page)}");
        return new StepSeen((await page.Locator("#done").InnerTextAsync()).Trim(), (await page.Locator("#case-status").InnerTextAsync()).Trim());
    }

    private static async Task<string> MainTextAsync(IPage page) => (await page.Locator("main").InnerTextAsync()).Trim();

    private string Portal(string path) => new Uri(fixture.PortalUrl, path).ToString();

    private string Backoffice(string path) => new Uri(fixture.BackofficeUrl, path).ToString();
}
