using System.Net;
using System.Text.RegularExpressions;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using DanVan.Feedback.TestCommon;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Account;

/// <summary>
/// Issue 4: inspectors and administrators sign in with a password and an authenticator code. Each test
/// makes its own account, so the order the tests run in does not matter.
/// </summary>
public sealed partial class TwoFactorTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string SetupPath = TwoFactorRequirement.SetupPath;

    [Fact]
    public async Task PostSignIn_AdministratorWithoutTwoFactor_LandsOnSetupWithTheKeyAndUri()
    {
        // Arrange
        var userName = await CreateStaffAsync(StaffRoles.Administrator);
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await PostPasswordAsync(client, userName);
        var setup = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SetupPath, response.Headers.Location!.OriginalString);
        var groupedKey = setup.Text("#authenticator-key");
        Assert.Matches(GroupedBase32(), groupedKey);
        var uri = setup.Text("#authenticator-uri");
        Assert.StartsWith("otpauth://totp/", uri, StringComparison.Ordinal);
        Assert.Contains($"secret={groupedKey.Replace(" ", "", StringComparison.Ordinal)}", uri, StringComparison.Ordinal);
        Assert.Contains($":{userName}?", uri, StringComparison.Ordinal);
        Assert.NotNull(setup.QuerySelector("#qr-code svg"));
    }

    [Theory]
    [InlineData(StaffRoles.Administrator, "/")]
    [InlineData(StaffRoles.Administrator, "/quan-tri/lich")]
    [InlineData(StaffRoles.Administrator, "/hangfire")]
    [InlineData(StaffRoles.Inspector, "/")]
    public async Task Get_AnyOtherPageBeforeSetup_RedirectsToSetup(string role, string url)
    {
        // Arrange
        var (client, _) = await SignInWithPasswordAsync(role);

        // Act
        var response = await client.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(SetupPath, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSetup_WrongCode_Returns400WithAMessageAndLeavesTwoFactorOff()
    {
        // Arrange
        var (client, userName) = await SignInWithPasswordAsync(StaffRoles.Inspector);
        var key = await ReadKeyAsync(client);

        // Act
        var response = await client.SubmitFormAsync(SetupPath, [new("Input.Code", Totp.CurrentWrongCode(key))]);
        var page = await HtmlForms.ParseAsync(response);
        var inbox = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mã xác thực không đúng", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.False((await FindUserAsync(userName)).TwoFactorEnabled, "A wrong code must not turn two-factor sign-in on.");
        Assert.StartsWith(SetupPath, inbox.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSetup_RightCode_EnablesTwoFactorAndOpensThePages()
    {
        // Arrange
        var (client, userName) = await SignInWithPasswordAsync(StaffRoles.Administrator);
        var key = await ReadKeyAsync(client);

        // Act
        var response = await client.SubmitFormAsync($"{SetupPath}?ReturnUrl=%2Fquan-tri%2Flich", [new("Input.Code", Totp.CurrentCode(key))]);
        var calendar = await client.GetAsync("/quan-tri/lich");
        var home = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/quan-tri/lich", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);

        // "/" is the officers' inbox: an administrator is sent on to the administration, no longer to setup.
        Assert.Equal("/quan-tri/lich", home.Headers.Location?.OriginalString);
        Assert.True((await FindUserAsync(userName)).TwoFactorEnabled);
        var enabled = await AuditLinesAsync(userName, AuditAction.TwoFactorEnabled);
        Assert.Single(enabled);
    }

    [Fact]
    public async Task PostSignIn_AfterSetup_AsksForTheCodeAndRefusesAWrongOne()
    {
        // Arrange
        var (userName, key) = await CreateStaffWithTwoFactorAsync(StaffRoles.Inspector);
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var password = await PostPasswordAsync(client, userName);
        var beforeCode = await client.GetAsync("/");
        var wrong = await client.SubmitFormAsync(BackofficeFixture.TwoFactorSignInPath, [new("Input.Code", Totp.CurrentWrongCode(key))]);
        var wrongPage = await HtmlForms.ParseAsync(wrong);
        var right = await client.SubmitFormAsync(BackofficeFixture.TwoFactorSignInPath, [new("Input.Code", Totp.CurrentCode(key))]);
        var queue = await client.GetAsync("/thanh-tra");

        // Assert
        Assert.Equal(BackofficeFixture.TwoFactorSignInPath, password.Headers.Location!.OriginalString);
        Assert.StartsWith("/dang-nhap", beforeCode.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã hết hạn.", wrongPage.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        var failed = Assert.Single(await AuditLinesAsync(userName, AuditAction.SignInFailed));
        Assert.Equal("Sai mã xác thực.", failed.Detail);
        Assert.Contains(await AuditLinesAsync(userName, AuditAction.SignedIn), line => line.Detail == "Bằng mật khẩu và mã xác thực.");
    }

    [Fact]
    public async Task PostCode_FiveWrongCodes_LocksTheAccountEvenForTheRightCode()
    {
        // Arrange
        var (userName, key) = await CreateStaffWithTwoFactorAsync(StaffRoles.Administrator);
        var client = fixture.Backoffice.CreateBrowserClient();
        await PostPasswordAsync(client, userName);
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync(BackofficeFixture.TwoFactorSignInPath, [new("Input.Code", Totp.CurrentWrongCode(key))]);
        }

        // Act
        var response = await client.SubmitFormAsync(BackofficeFixture.TwoFactorSignInPath, [new("Input.Code", Totp.CurrentCode(key))]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tạm bị khóa", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Single(await AuditLinesAsync(userName, AuditAction.LockedOut));
    }

    [Fact]
    public async Task PostSignIn_Officer_IsNotAskedForACode()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await PostPasswordAsync(client, "canbo.ubnd-11311");
        var inbox = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task GetSetup_PasswordOnlySessionAfterAnotherBrowserFinishedSetup_SignsOutInsteadOfShowingTheKey()
    {
        // Arrange: someone with the password alone is on the setup page while the owner finishes setup elsewhere.
        var (other, userName) = await SignInWithPasswordAsync(StaffRoles.Inspector);
        var owner = fixture.Backoffice.CreateBrowserClient();
        await PostPasswordAsync(owner, userName);
        var key = await ReadKeyAsync(owner);
        await owner.SubmitFormAsync(SetupPath, [new("Input.Code", Totp.CurrentCode(key))]);

        // Act
        var response = await other.GetAsync(SetupPath);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterTheCookieIsRebuiltFromTheDatabase_StillCountsTheSecondFactor()
    {
        // Arrange
        var (client, _) = await SignInWithPasswordAsync(StaffRoles.Administrator);
        await client.SubmitFormAsync(SetupPath, [new("Input.Code", Totp.CurrentCode(await ReadKeyAsync(client)))]);

        // Act: past the 30-minute security stamp check, which rebuilds the cookie's claims.
        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        var first = await client.GetAsync("/quan-tri/lich");
        var second = await client.GetAsync("/quan-tri/lich");

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task PostSignIn_UnknownNameThenPassword_WritesAuditLinesWithoutThePassword()
    {
        // Arrange
        var userName = await CreateStaffAsync(StaffRoles.Administrator);
        var typed = $"khong.co.{Guid.NewGuid():N}";
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", typed), new("Input.Password", "Mat-khau-bi-mat-1")]);
        await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", userName), new("Input.Password", "Mat-khau-bi-mat-2")]);
        await PostPasswordAsync(client, userName);

        // Assert
        var unknown = Assert.Single(await AuditLinesAsync(typed, AuditAction.SignInFailed));
        Assert.Null(unknown.ActorUserId);
        var wrongPassword = Assert.Single(await AuditLinesAsync(userName, AuditAction.SignInFailed));
        Assert.NotNull(wrongPassword.ActorUserId);
        Assert.Equal(Agency.TriageDeskCode, wrongPassword.ActorAgencyCode);
        var signedIn = Assert.Single(await AuditLinesAsync(userName, AuditAction.SignedIn));
        Assert.Contains("chưa thiết lập xác thực hai bước", signedIn.Detail, StringComparison.Ordinal);
        Assert.All([unknown, wrongPassword, signedIn], line => Assert.Equal(BackofficeFactory.ClientAddress.ToString(), line.IpAddress));
        Assert.DoesNotContain(await AllAuditTextAsync(), text => text.Contains("Mat-khau-bi-mat", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string userName) =>
        await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", userName), new("Input.Password", BackofficeFactory.StaffPassword)]);

    private async Task<(HttpClient Client, string UserName)> SignInWithPasswordAsync(string role)
    {
        var userName = await CreateStaffAsync(role);
        var client = fixture.Backoffice.CreateBrowserClient();
        var response = await PostPasswordAsync(client, userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, userName);
    }

    private static async Task<string> ReadKeyAsync(HttpClient client)
    {
        var setup = await client.GetDocumentAsync(SetupPath);
        return setup.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal);
    }

    private async Task<(string UserName, string Key)> CreateStaffWithTwoFactorAsync(string role)
    {
        var (client, userName) = await SignInWithPasswordAsync(role);
        var key = await ReadKeyAsync(client);
        var response = await client.SubmitFormAsync(SetupPath, [new("Input.Code", Totp.CurrentCode(key))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (userName, key);
    }

    private async Task<string> CreateStaffAsync(string role)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var userName = $"kiemthu.{role.ToLowerInvariant()}.{Guid.NewGuid():N}";
        var user = new StaffUser
        {
            UserName = userName,
            FullName = $"Tài khoản kiểm thử ({role})",
            AgencyCode = role == StaffRoles.Inspector ? Agency.InspectorateCode : Agency.TriageDeskCode,
            LockoutEnabled = true,
        };
        Assert.True((await users.CreateAsync(user, BackofficeFactory.StaffPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return userName;
    }

    private async Task<StaffUser> FindUserAsync(string userName)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.FindByNameAsync(userName) ?? throw new Xunit.Sdk.XunitException($"No account {userName}.");
    }

    private async Task<List<AuditEntry>> AuditLinesAsync(string actorName, AuditAction action)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.AuditLog.AsNoTracking().Where(e => e.ActorName == actorName && e.Action == action).ToListAsync();
    }

    private async Task<List<string>> AllAuditTextAsync()
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.AuditLog.AsNoTracking().Select(e => e.ActorName + " " + e.Subject + " " + e.Detail).ToListAsync();
    }

    [GeneratedRegex("^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$")]
    private static partial Regex GroupedBase32();
}
