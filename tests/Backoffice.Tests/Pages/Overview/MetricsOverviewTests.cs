using System.Net;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Overview;

/// <summary>Sở Nội vụ's city-wide figures (issue 6): aggregates per agency that open to case codes, never to people.</summary>
public sealed class MetricsOverviewTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string FilerName = "Lê Thị Thu Trang";

    [Fact]
    public async Task Get_AsAssessor_ShowsTheWardsFiguresAndOpensThemToTheCaseCodesWithoutPersonalData()
    {
        // Arrange: two cases filed with the ward of Hồng Bàng on Thu 12/2/2026.
        var codes = new[]
        {
            await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.FilerName"] = FilerName)),
            await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.FilerName"] = FilerName)),
        };
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);

        // Act
        var overview = await client.GetDocumentAsync("/tong-hop?nam=2026&thang=2");
        var ward = overview.QuerySelector("#overview tr[data-agency='UBND-11311']");
        var receivedLink = ward?.QuerySelector("td:nth-of-type(2) a")?.GetAttribute("href");
        var list = await client.GetDocumentAsync(receivedLink ?? "/tong-hop/ho-so");

        // Assert
        Assert.Equal("Tháng 2/2026", overview.Text("#period-label"));
        Assert.NotNull(ward);
        Assert.True(int.Parse(ward.QuerySelector("td:nth-of-type(2)")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) >= codes.Length);
        Assert.Equal(ward.QuerySelector("td:nth-of-type(2)")!.TextContent.Trim(), list.Text("#case-total"));
        var listed = list.QuerySelectorAll("#metric-cases tbody td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.All(codes, code => Assert.Contains(code, listed));
        Assert.DoesNotContain(FilerName, overview.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(FilerName, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.FeedbackForm()["Input.Title"], list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAssessor_TrendSumsEveryAgencyAndReadsAClosedMonthFromItsSnapshot()
    {
        // Arrange: January 2026 kept by the night of 1/2 for two agencies; a case filed this month (February).
        using (var scope = fixture.Backoffice.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            var takenAt = new DateTimeOffset(2026, 2, 1, 0, 15, 0, TimeSpan.FromHours(7));
            db.MetricsSnapshots.AddRange(
                MetricsSnapshot.Take(MetricsPeriod.Month(2026, 1), new AgencyPeriodMetrics { AgencyCode = "UBND-11311", Received = 7, Answered = 5, AnsweredWithDueDate = 4, AnsweredOnTime = 3 }, takenAt),
                MetricsSnapshot.Take(MetricsPeriod.Month(2026, 1), new AgencyPeriodMetrics { AgencyCode = "SXD", Received = 11, Answered = 2, AnsweredWithDueDate = 4, AnsweredOnTime = 2 }, takenAt));
            await db.SaveChangesAsync();
        }

        await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = "Xu hướng toàn thành phố"));
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);

        // Act
        var page = await client.GetDocumentAsync("/tong-hop?nam=2026&thang=2");
        var rows = page.QuerySelectorAll("#trend-chart-table tbody tr");
        var february = page.QuerySelectorAll("#overview tbody tr").Sum(tr => int.Parse(tr.QuerySelector("td:nth-of-type(2)")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));

        // Assert: January is 7 + 11 received, 5 + 2 answered, (3 + 2) of (4 + 4) on time = 62.5%; February as the table counts it.
        Assert.Equal(12, rows.Length);
        var january = rows.Single(r => r.GetAttribute("data-month") == "2026-01");
        Assert.Equal(["18", "7", "62,5%"], january.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
        var thisMonth = rows.Single(r => r.GetAttribute("data-month") == "2026-02");
        Assert.Equal(february.ToString(System.Globalization.CultureInfo.InvariantCulture), thisMonth.QuerySelector("td.numeric")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#trend-chart svg title"));
    }

    [Fact]
    public async Task Get_PeriodWithNothingInIt_SaysSoRatherThanRowsOfZeros()
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);

        var page = await client.GetDocumentAsync("/tong-hop?nam=2025");

        Assert.NotNull(page.QuerySelector("#no-data"));
        Assert.Null(page.QuerySelector("#overview"));
    }

    [Theory]
    [InlineData("/tong-hop?nam=1999", "Năm phải từ 2020")]
    [InlineData("/tong-hop?nam=2026&quy=5", "Quý phải từ 1 đến 4")]
    [InlineData("/tong-hop?nam=2026&quy=1&thang=2", "quý hoặc tháng")]
    [InlineData("/tong-hop?tu=2026-03-01&den=2026-02-01", "Ngày kết thúc phải sau")]
    [InlineData("/tong-hop?tu=2026-03-01", "cả ngày bắt đầu và ngày kết thúc")]
    [InlineData("/tong-hop?tu=ngay-mai&den=2026-02-01", "Ngày không hợp lệ")]
    [InlineData("/tong-hop?nam=2026&sap-xep=ten", "Cách sắp xếp")]
    [InlineData("/tong-hop/ho-so?co-quan=SXD&chi-so=tat-ca&nam=2026", "Chỉ số không có")]
    [InlineData("/tong-hop/ho-so?co-quan=KHONG-CO&chi-so=tiep-nhan&nam=2026", "Cơ quan không có")]
    [InlineData("/tong-hop/ho-so?co-quan=SXD&chi-so=tiep-nhan&nam=2026&trang=0", "Số trang")]
    public async Task Get_BadPeriodOrFigure_BadRequestWithAMessage(string url, string message)
    {
        var client = await fixture.SignInAsync(DevelopmentStaffSeeder.AssessorUserName);

        var response = await client.GetAsync(url);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
    }
}
