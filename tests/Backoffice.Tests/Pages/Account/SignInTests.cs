using System.Net;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Account;

public sealed class SignInTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Start_Development_SeedsAdministratorInspectorAssessorAndAnOfficerAndLeadPerAgency()
    {
        // Arrange
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();

        // Act
        var agencies = await db.Agencies.Select(a => a.Code).ToListAsync();
        var users = await db.Users.Select(u => new { u.UserName, u.AgencyCode }).ToListAsync();

        // Assert
        Assert.Contains(users, u => u.UserName == DevelopmentStaffSeeder.AdministratorUserName);
        Assert.Contains(users, u => u.UserName == DevelopmentStaffSeeder.InspectorUserName && u.AgencyCode == "TTTP");
        Assert.Contains(users, u => u.UserName == DevelopmentStaffSeeder.AssessorUserName && u.AgencyCode == "SNV");
        Assert.All(agencies, code => Assert.Contains(users, u => u.UserName == DevelopmentStaffSeeder.OfficerUserName(code) && u.AgencyCode == code));
        Assert.All(agencies, code => Assert.Contains(users, u => u.UserName == DevelopmentStaffSeeder.LeadUserName(code) && u.AgencyCode == code));
        Assert.Equal((2 * agencies.Count) + 3, users.Count);
        Assert.DoesNotContain(users, u => string.IsNullOrEmpty(u.AgencyCode));
    }

    [Fact]
    public async Task Post_WrongPassword_Returns400WithVietnameseMessage()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", "canbo.sxd"), new("Input.Password", "sai-mat-khau")]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page.Text(".error-summary"));
        Assert.Contains(await AuditActionsAsync("canbo.sxd"), action => action == AuditAction.SignInFailed);
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", "canbo.stp"), new("Input.Password", $"doan-sai-{i}")]);
        }

        // Act
        var response = await client.SubmitFormAsync("/dang-nhap", [new("Input.UserName", "canbo.stp"), new("Input.Password", BackofficeFactory.StaffPassword)]);
        var page = await HtmlForms.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tạm bị khóa", page.Text(".error-summary"));
        Assert.Single(await AuditActionsAsync("canbo.stp"), action => action == AuditAction.LockedOut);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent([
            new("Input.UserName", "admin"), new("Input.Password", BackofficeFactory.StaffPassword)]));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ReturnUrlToAnotherSite_StaysOnTheBackoffice()
    {
        // Arrange
        var client = fixture.Backoffice.CreateBrowserClient();

        // Act
        var response = await client.SubmitFormAsync("/dang-nhap", [
            new("Input.UserName", "canbo.syt"), new("Input.Password", BackofficeFactory.StaffPassword), new("ReturnUrl", "https://evil.example/")]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_SignOut_EndsTheSession()
    {
        // Arrange
        var client = await fixture.SignInAsync("canbo.sgddt");
        var inbox = await client.GetDocumentAsync("/");

        // Act
        var response = await client.PostAsync("/dang-xuat", new FormUrlEncodedContent([new(HtmlForms.TokenField, inbox.AntiforgeryToken())]));
        var after = await client.GetAsync("/");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/dang-nhap", after.Headers.Location!.PathAndQuery);
        Assert.Equal([AuditAction.SignedIn, AuditAction.SignedOut], await AuditActionsAsync("canbo.sgddt"));
    }

    private async Task<List<AuditAction>> AuditActionsAsync(string userName)
    {
        await using var scope = fixture.Backoffice.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.AuditLog.Where(e => e.ActorName == userName).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }
}
