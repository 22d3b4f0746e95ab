using System.Net;
using DanVan.Feedback.TestCommon;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Audit;

public sealed class AuditLogTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Inspector_FindsEveryViewAndStepOnACaseByItsCode()
    {
        // Arrange
        var code = await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Nhật ký {Guid.NewGuid():N}"));
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        await officer.GetDocumentAsync($"/ho-so/{code}");
        var inspector = await fixture.SignInAsync("thanhtra");

        // Act
        var log = await inspector.GetDocumentAsync($"/nhat-ky?q={code}");
        var views = await inspector.GetDocumentAsync($"/nhat-ky?q={code}&loai=CaseViewed");
        var badDate = await inspector.GetAsync("/nhat-ky?tu=31-31-2026");

        // Assert
        var rows = log.QuerySelectorAll("#audit-log tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Xem hồ sơ", StringComparison.Ordinal) && r.Contains("Cán bộ Ủy ban nhân dân phường Hồng Bàng", StringComparison.Ordinal) && r.Contains(code, StringComparison.Ordinal));
        Assert.All(views.QuerySelectorAll("#audit-log tbody tr"), tr => Assert.Contains("Xem hồ sơ", tr.TextContent));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task OfficerAndAssessor_CannotReadTheLog()
    {
        // Arrange
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var assessor = await fixture.SignInAsync("danhgia");

        // Act
        var byOfficer = await officer.GetAsync("/nhat-ky");
        var byAssessor = await assessor.GetAsync("/nhat-ky");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAssessor.StatusCode);
    }
}
