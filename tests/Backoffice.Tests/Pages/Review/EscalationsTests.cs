using System.Net;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Review;

/// <summary>Thanh tra's view of escalations per agency (issue 6): cases put on its queue, and complaints open past their due date.</summary>
public sealed class EscalationsTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    [Fact]
    public async Task Get_AsInspector_CountsEachAgencysEscalationsAndOverdueComplaints()
    {
        // Arrange: on 12/2/2026 the ward records a matter signed by 12 residents (mass: onto Thanh tra's queue), and a
        // complaint is filed on the Portal. On 1/4/2026 the complaint is still open, past its due date.
        var officer = await fixture.SignInAsync("canbo.ubnd-11311");
        var recorded = await officer.SubmitFormAsync("/ho-so/nhap-moi", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Hotline",
            ["Input.Kind"] = "Feedback",
            ["Input.TopicCode"] = "ha-tang-dia-phuong",
            ["Input.LocalityCode"] = TestData.HongBang,
            ["Input.Title"] = "Nhiều hộ dân phản ánh ngập úng kéo dài ở tổ 5",
            ["Input.Description"] = "Mỗi khi mưa lớn, cả khu dân cư tổ 5 ngập sâu nửa mét suốt nhiều giờ.",
            ["Input.FilerType"] = "Person",
            ["Input.FilerName"] = "Trần Văn Bình",
            ["Input.Phone"] = "0912 000 111",
            ["Input.SignatoryCount"] = "12",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (_, sent) = await fixture.Portal.CreateBrowserClient().CheckAndSendAsync("/khieu-nai/gui", TestData.ComplaintForm());
        Assert.True(sent.IsSuccessStatusCode || sent.StatusCode == HttpStatusCode.SeeOther, $"The complaint should be filed; got {(int)sent.StatusCode}.");
        var complaint = await QueryAsync(db => db.Cases.Where(c => c.Kind == Core.Cases.CaseKind.Complaint).Select(c => new { c.LeadAgencyCode, c.DueOn }).SingleAsync());
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var inspector = await fixture.SignInAsync("thanhtra");

        // Act
        var page = await inspector.GetDocumentAsync("/thanh-tra/chuyen-thanh-tra?nam=2026");
        var ward = page.QuerySelector("#escalations tr[data-agency='UBND-11311']");
        var escalatedLink = ward?.QuerySelector("td a")?.GetAttribute("href");
        var list = await inspector.GetDocumentAsync(escalatedLink ?? "/tong-hop/ho-so");
        var late = page.QuerySelector($"#escalations tr[data-agency='{complaint.LeadAgencyCode}']");

        // Assert
        Assert.NotNull(ward);
        Assert.Equal("1", ward.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("1", list.Text("#case-total"));
        Assert.True(complaint.DueOn < new DateOnly(2026, 4, 1), $"The story needs the complaint due before 1/4/2026; it is due {complaint.DueOn}.");
        Assert.NotNull(late);
        Assert.Equal("1", late.QuerySelectorAll("td")[2].TextContent.Trim());
        var daysPastDue = new DateOnly(2026, 4, 1).DayNumber - complaint.DueOn!.Value.DayNumber;
        Assert.Equal(daysPastDue.ToString(System.Globalization.CultureInfo.InvariantCulture), late.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Theory]
    [InlineData("/thanh-tra/chuyen-thanh-tra?nam=2026&quy=7", "Quý phải từ 1 đến 4")]
    [InlineData("/thanh-tra/chuyen-thanh-tra?tu=2026-01-01", "cả ngày bắt đầu và ngày kết thúc")]
    public async Task Get_BadPeriod_BadRequestWithAMessage(string url, string message)
    {
        var inspector = await fixture.SignInAsync("thanhtra");

        var response = await inspector.GetAsync(url);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private async Task<T> QueryAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        using var scope = fixture.Backoffice.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }
}
