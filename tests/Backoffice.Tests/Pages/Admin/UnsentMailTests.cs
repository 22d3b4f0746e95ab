using DanVan.Feedback.Backoffice.Pages.Admin.Mail;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Admin;

public sealed class UnsentMailTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_FailedMail_ListedForAdministratorsWithErrorAndMaskedRecipient()
    {
        // Arrange: a receipt whose delivery failed (as if the SMTP server were down).
        await fixture.FileOnPortalAsync(TestData.FeedbackForm(f =>
        {
            f["Input.Phone"] = "";
            f["Input.Email"] = "nguoi.to.cao@example.vn";
        }));
        await using (var scope = fixture.Backoffice.Services.CreateAsyncScope())
        {
            // Let the job server deliver it first, then record the failure, so the two never race.
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (!await db.OutboundEmails.AnyAsync(e => e.To == "nguoi.to.cao@example.vn" && e.SentAt != null) && DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }

            await db.OutboundEmails.Where(e => e.To == "nguoi.to.cao@example.vn").ExecuteUpdateAsync(set => set
                .SetProperty(e => e.SentAt, (DateTimeOffset?)null)
                .SetProperty(e => e.Attempts, 1)
                .SetProperty(e => e.LastError, "SocketException: Connection refused")
                .SetProperty(e => e.NextAttemptAt, fixture.Clock.GetUtcNow().AddDays(1)));
        }

        var admin = await fixture.SignInAsync(DevelopmentStaffSeeder.AdministratorUserName);

        // Act
        var page = await admin.GetDocumentAsync("/quan-tri/thu-chua-gui");

        // Assert
        var table = page.Text("#unsent");
        Assert.Contains("SocketException: Connection refused", table);
        Assert.Contains("ng…@example.vn", table);
        Assert.DoesNotContain("nguoi.to.cao", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("nguyen.van.a@example.vn", "ng…@example.vn")]
    [InlineData("a@example.vn", "a…@example.vn")]
    [InlineData("khong-hop-le", "…")]
    public void MaskAddress_ShowsOnlyTheStartAndTheDomain(string address, string expected) =>
        Assert.Equal(expected, IndexModel.MaskAddress(address));
}
