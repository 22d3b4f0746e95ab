using System.Net;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Admin;

/// <summary>Administrators manage staff accounts (issue 4); every change is in the audit log, never a password.</summary>
public sealed class UserAdministrationTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Admin = DevelopmentStaffSeeder.AdministratorUserName;
    private const string NewPassword = "Mat-khau-Moi-2026";

    [Theory]
    [InlineData("/quan-tri/nguoi-dung")]
    [InlineData("/quan-tri/nguoi-dung/them")]
    [InlineData("/quan-tri/nguoi-dung/canbo.snv")]
    [InlineData("/quan-tri/nguoi-dung/canbo.snv/dang-nhap")]
    public async Task Get_AsOfficer_Returns403(string url)
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var response = await officer.GetAsync(url);

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Only administrators may see {url}; an officer got {(int)response.StatusCode}.");
    }

    [Fact]
    public async Task PostLock_AsOfficer_Returns403AndLocksNothing()
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");

        // Act
        var response = await officer.PostAsync("/quan-tri/nguoi-dung/canbo.snv/dang-nhap?handler=Lock", new FormUrlEncodedContent([]));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await fixture.SignInAsync("canbo.snv");
    }

    [Fact]
    public async Task Index_SearchAndAgencyFilter_FindTheAccounts()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);

        // Act
        var byUserName = await admin.GetDocumentAsync("/quan-tri/nguoi-dung?q=canbo.sy");
        var byFullName = await admin.GetDocumentAsync("/quan-tri/nguoi-dung?q=" + Uri.EscapeDataString("Lãnh đạo Sở Y tế"));
        var byAgency = await admin.GetDocumentAsync("/quan-tri/nguoi-dung?co-quan=SYT");
        var firstPage = await admin.GetDocumentAsync("/quan-tri/nguoi-dung");
        var secondPage = await admin.GetDocumentAsync(firstPage.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!);

        // Assert
        Assert.Contains("canbo.syt", UserNames(byUserName));
        Assert.Equal(new[] { "lanhdao.syt" }, UserNames(byFullName));
        Assert.Equal(new[] { "canbo.syt", "lanhdao.syt" }, UserNames(byAgency).Order(StringComparer.Ordinal));
        Assert.All(byAgency.QuerySelectorAll("#users tbody tr"), row => Assert.Contains("Sở Y tế", row.TextContent, StringComparison.Ordinal));
        Assert.Equal(50, UserNames(firstPage).Count);
        Assert.Empty(UserNames(firstPage).Intersect(UserNames(secondPage)));
    }

    [Fact]
    public async Task PostNew_WithTypedPassword_CreatesAnAccountThatSignsIn_AndAuditsItWithoutThePassword()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = UniqueUserName();

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/them", NewUser(userName, NewPassword));
        var list = await admin.GetDocumentAsync($"/quan-tri/nguoi-dung?q={userName}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Sở Nội vụ", list.Text("#users tbody tr"));
        Assert.Contains("Cán bộ xử lý", list.Text("#users tbody tr"));
        await fixture.SignInAsync(userName, NewPassword);
        var entry = Assert.Single(await AuditAsync(userName));
        Assert.Equal(AuditAction.UserChanged, entry.Action);
        Assert.Equal("Quản trị hệ thống", entry.ActorName);
        Assert.Contains("Tạo tài khoản", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Cơ quan: SNV", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNew_WithoutPassword_ShowsAGeneratedPasswordOnce_ThatSignsIn()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = UniqueUserName();

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/them", NewUser(userName, password: ""));
        var page = await HtmlForms.ParseAsync(response);
        var password = page.Text("#generated-password");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "A page showing a password must not be cached.");
        await fixture.SignInAsync(userName, password);
        Assert.DoesNotContain(password, Assert.Single(await AuditAsync(userName)).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Password", "abc", "Input.Password", "Mật khẩu chưa đạt yêu cầu: cần ít nhất 10 ký tự")]
    [InlineData("Input.UserName", "Nguyễn Văn An", "Input.UserName", "chữ thường không dấu")]
    [InlineData("Input.UserName", "canbo.snv", "Input.UserName", "Tên đăng nhập canbo.snv đã có người sử dụng")]
    [InlineData("Input.AgencyCode", "KHONG-CO", "Input.AgencyCode", "Cơ quan đã chọn không có trong danh mục")]
    [InlineData("Input.Roles", "", "Input.Roles", "Vui lòng chọn ít nhất một vai trò.")]
    [InlineData("Input.Email", "khong-phai-thu", "Input.Email", "Địa chỉ thư điện tử chưa đúng")]
    public async Task PostNew_BadInput_Returns400WithTheReason_AndCreatesNothing(string field, string value, string errorField, string message)
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = UniqueUserName();
        var form = NewUser(userName, NewPassword).Where(f => f.Key != field).Append(new(field, value)).ToList();
        var accountsBefore = await CountAccountsAsync();

        // Act
        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/them", form);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"#{errorField.Replace('.', '_')}", page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Contains(message, page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(accountsBefore, await CountAccountsAsync());
    }

    [Fact]
    public async Task PostEdit_AgencyAndRoles_AreSavedAndAuditedFieldByField()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = await CreateAsync(admin);

        // Act
        var response = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{userName}", [
            new("Input.FullName", "Trần Thị Bích"), new("Input.Email", $"{userName}@haiphong.gov.vn"), new("Input.AgencyCode", "SGDDT"),
            new("Input.Roles", StaffRoles.Officer), new("Input.Roles", StaffRoles.AgencyLead)]);
        var form = await admin.GetDocumentAsync($"/quan-tri/nguoi-dung/{userName}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("SGDDT", form.QuerySelector("#Input_AgencyCode option[selected]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#Input_Roles_AgencyLead[checked]"));
        var edit = (await AuditAsync(userName)).Last();
        Assert.Equal(AuditAction.UserChanged, edit.Action);
        Assert.Contains("Họ tên: Nguyễn Văn Thử → Trần Thị Bích", edit.Detail, StringComparison.Ordinal);
        Assert.Contains("Cơ quan: SNV → SGDDT", edit.Detail, StringComparison.Ordinal);
        Assert.Contains("Vai trò: Cán bộ xử lý → Cán bộ xử lý, Lãnh đạo cơ quan", edit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEdit_AdministratorDropsOwnAdministratorRole_Returns400AndKeepsIt()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);

        // Act
        var response = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{Admin}", [
            new("Input.FullName", "Quản trị hệ thống"), new("Input.Email", "admin@danvan.local"), new("Input.AgencyCode", "VPUBND"),
            new("Input.Roles", StaffRoles.Officer)]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Quý vị không thể tự bỏ vai trò Quản trị hệ thống của chính mình.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/quan-tri/nguoi-dung")).StatusCode);
        Assert.Empty(await AuditAsync(Admin));
    }

    [Fact]
    public async Task PostLock_Self_Returns400AndLeavesTheAccountOpen()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);

        // Act
        var response = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{Admin}/dang-nhap?handler=Lock", []);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Quý vị không thể tự khóa tài khoản của chính mình.", page.Text(".error-summary"), StringComparison.Ordinal);
        await fixture.SignInAsync(Admin);
        Assert.Empty(await AuditAsync(Admin));
    }

    [Fact]
    public async Task PostLock_EndsOpenSessionsAndKeepsTheUserOutUntilUnlocked_BothAudited()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = await CreateAsync(admin);
        var openSession = await fixture.SignInAsync(userName, NewPassword);

        // Act
        var locked = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{userName}/dang-nhap?handler=Lock", []);
        var signInWhileLocked = await TrySignInAsync(userName);

        // Identity checks an open session against the account's security stamp every 30 minutes.
        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        var sessionAfterLock = await openSession.GetAsync("/");
        var page = await admin.GetDocumentAsync($"/quan-tri/nguoi-dung/{userName}");
        var unlocked = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{userName}/dang-nhap?handler=Unlock", []);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signInWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sessionAfterLock.StatusCode);
        Assert.Contains("/dang-nhap", sessionAfterLock.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Đã khóa", page.Text("#lock-status"));
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        await fixture.SignInAsync(userName, NewPassword);
        var details = (await AuditAsync(userName)).Select(e => e.Detail).ToList();
        Assert.Contains(details, d => d!.StartsWith("Khóa tài khoản", StringComparison.Ordinal));
        Assert.Contains(details, d => d!.StartsWith("Mở khóa tài khoản", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostResetTwoFactor_TurnsItOffWithANewKey_SoTheUserSetsItUpAgain()
    {
        // Arrange
        var admin = await fixture.SignInAsync(Admin);
        var userName = await CreateAsync(admin);
        string oldKey;
        await using (var scope = fixture.Backoffice.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            oldKey = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        // Act
        var response = await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{userName}/dang-nhap?handler=ResetTwoFactor", []);
        var page = await admin.GetDocumentAsync($"/quan-tri/nguoi-dung/{userName}");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Chưa bật", page.Text("#two-factor-status"));
        await using (var scope = fixture.Backoffice.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            Assert.False(await users.GetTwoFactorEnabledAsync(user));
            Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(user));
        }

        Assert.Contains(await AuditAsync(userName), e => e.Detail!.StartsWith("Đặt lại xác thực hai bước", StringComparison.Ordinal));
    }

    private static string UniqueUserName() => $"thu.{Guid.NewGuid():N}"[..16];

    private static List<KeyValuePair<string, string>> NewUser(string userName, string password) =>
    [
        new("Input.UserName", userName),
        new("Input.FullName", "Nguyễn Văn Thử"),
        new("Input.Email", $"{userName}@haiphong.gov.vn"),
        new("Input.AgencyCode", "SNV"),
        new("Input.Roles", StaffRoles.Officer),
        new("Input.Password", password),
    ];

    private static List<string> UserNames(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#users tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    private async Task<string> CreateAsync(HttpClient admin)
    {
        var userName = UniqueUserName();
        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/them", NewUser(userName, NewPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return userName;
    }

    private async Task<HttpResponseMessage> TrySignInAsync(string userName)
    {
        var client = fixture.Backoffice.CreateBrowserClient();
        return await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", userName), new("Input.Password", NewPassword)]);
    }

    private async Task<int> CountAccountsAsync()
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Users.CountAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(string subject)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().AuditLog
            .Where(e => e.Subject == subject && e.Action == AuditAction.UserChanged)
            .OrderBy(e => e.Id)
            .ToListAsync();
    }
}
