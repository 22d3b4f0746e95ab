using System.Net;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.TestCommon;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Backoffice.Tests.Pages.Dashboard;

/// <summary>
/// An agency's own figures (issue 6, dashboards): the ward of Hồng Bàng's officer sees the ward's counts beside the
/// city's median, opens them to its own cases, and cannot open another agency's list.
/// </summary>
public sealed class AgencyDashboardTests(BackofficeFixture fixture) : IClassFixture<BackofficeFixture>
{
    private const string Ward = "UBND-11311";
    private const string WardOfficer = "canbo.ubnd-11311";

    [Fact]
    public async Task Get_AsWardOfficer_ShowsTheWardsFiguresBesideTheCityMedianAndOpensThemToItsCases()
    {
        // Arrange: on Thu 12/2/2026, three cases filed with the ward and one with Sở Giáo dục và Đào tạo.
        for (var i = 0; i < 3; i++)
        {
            await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.Title"] = $"Bảng số liệu phường: hồ sơ {i + 1}"));
        }

        await fixture.FileOnPortalAsync(TestData.FeedbackForm(f => f["Input.TopicCode"] = "giao-duc"));
        var officer = await fixture.SignInAsync(WardOfficer);

        // Act
        var page = await officer.GetDocumentAsync("/tong-hop/co-quan?nam=2026&thang=2");
        var receivedLink = page.QuerySelector("#agency-figures tr[data-figure='tiep-nhan'] a")?.GetAttribute("href");
        var list = await officer.GetDocumentAsync(receivedLink ?? "/tong-hop/ho-so");

        // Assert: by hand, received 3 at the ward and 1 at the Sở, so the city's median is (1 + 3) / 2 = 2; nothing
        // answered, so the on-time rate is unknown at both; the month runs, so its backlog is today's: 3 and 1. The same
        // filer wrote to the ward three times on one topic: the second and third are prolonged (task 4.5) and went to
        // Thanh tra, so 2 escalated at the ward and 0 at the Sở, median 1.
        Assert.Equal("Tháng 2/2026", page.Text("#period-label"));
        Assert.Equal(TestData.HongBangCommittee, page.Text("#agency-name"));
        Assert.Equal(("3", "2"), Figure(page, "tiep-nhan"));
        Assert.Equal(("0", "0"), Figure(page, "tra-loi"));
        Assert.Equal(("—", "—"), Figure(page, "dung-han"));
        Assert.Equal(("3", "2"), Figure(page, "ton-cuoi-ky"));
        Assert.Equal(("2", "1"), Figure(page, "thanh-tra"));
        Assert.True(receivedLink is not null, "The ward's received count must open to its cases.");
        Assert.Contains("co-quan=UBND-11311", receivedLink, StringComparison.Ordinal);
        Assert.Equal("3", list.Text("#case-total"));
        Assert.Equal(3, list.QuerySelectorAll("#metric-cases tbody tr").Length);
        Assert.Equal("/tong-hop/co-quan", list.QuerySelector("main a")?.GetAttribute("href")?.Split('?')[0]);
    }

    [Fact]
    public async Task Get_AnotherAgencysCaseList_IsForbiddenToTheWardsOfficer()
    {
        var officer = await fixture.SignInAsync(WardOfficer);

        var own = await officer.GetAsync($"/tong-hop/ho-so?co-quan={Ward}&chi-so=tiep-nhan&nam=2026");
        var other = await officer.GetAsync("/tong-hop/ho-so?co-quan=SGDDT&chi-so=tiep-nhan&nam=2026");
        var otherLate = await officer.GetAsync("/tong-hop/ho-so?co-quan=SNNMT&chi-so=tra-loi-tre-han&nam=2026");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(other.StatusCode == HttpStatusCode.Forbidden, $"An officer may open only their own agency's cases; got {(int)other.StatusCode}.");
        Assert.Equal(HttpStatusCode.Forbidden, otherLate.StatusCode);
    }

    [Fact]
    public async Task Get_Trend_HasTwelveMonthsReadingClosedMonthsFromSnapshotsAndThisMonthComputed()
    {
        // Arrange: the night of 1/2/2026 kept January's figures of the ward and of Sở Xây dựng.
        await KeepJanuaryAsync(
            new AgencyPeriodMetrics { AgencyCode = Ward, Received = 7, Answered = 5, AnsweredWithDueDate = 4, AnsweredOnTime = 3 },
            new AgencyPeriodMetrics { AgencyCode = "SXD", Received = 11, Answered = 2, AnsweredWithDueDate = 2, AnsweredOnTime = 2 });
        var officer = await fixture.SignInAsync(WardOfficer);

        // Act
        var page = await officer.GetDocumentAsync("/tong-hop/co-quan");
        var rows = page.QuerySelectorAll("#trend-chart-table tbody tr");

        // Assert: March 2025 to February 2026; January the ward's own snapshot (3 of 4 on time: 75%), not the Sở's; a
        // month that is over without a snapshot is not guessed; February, running and never kept, is computed.
        Assert.Equal(12, rows.Length);
        Assert.Equal("2025-03", rows[0].GetAttribute("data-month"));
        Assert.Equal("2026-02", rows[11].GetAttribute("data-month"));
        var january = rows[10];
        Assert.Equal(["7", "5", "75%"], january.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
        Assert.Contains("Số liệu chốt ngày 01/02/2026", january.TextContent, StringComparison.Ordinal);
        Assert.Equal(["—", "—", "—"], rows[0].QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
        Assert.Contains("Chưa có số liệu chốt", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Tính tại thời điểm xem", rows[11].TextContent, StringComparison.Ordinal);
        var svg = page.QuerySelector("#trend-chart svg");
        Assert.NotNull(svg);
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent), "The chart needs a title for screen readers.");
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")?.TextContent), "The chart needs a description for screen readers.");
    }

    [Theory]
    [InlineData("/tong-hop/co-quan?nam=1999", "Năm phải từ 2020")]
    [InlineData("/tong-hop/co-quan?nam=2026&thang=13", "Tháng phải từ 1 đến 12")]
    [InlineData("/tong-hop/co-quan?tu=2026-02-30&den=2026-03-01", "Ngày không hợp lệ")]
    public async Task Get_BadPeriod_BadRequestWithAMessage(string url, string message)
    {
        var officer = await fixture.SignInAsync(WardOfficer);

        var response = await officer.GetAsync(url);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static (string Own, string CityMedian) Figure(AngleSharp.Dom.IDocument page, string slug)
    {
        var cells = page.QuerySelectorAll($"#agency-figures tr[data-figure='{slug}'] td");
        Assert.True(cells.Length == 2, $"The figure '{slug}' should be on the page.");
        return (cells[0].TextContent.Trim(), cells[1].TextContent.Trim());
    }

    private async Task KeepJanuaryAsync(params AgencyPeriodMetrics[] figures)
    {
        using var scope = fixture.Backoffice.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var takenAt = new DateTimeOffset(2026, 2, 1, 0, 15, 0, TimeSpan.FromHours(7));
        db.MetricsSnapshots.AddRange(figures.Select(f => MetricsSnapshot.Take(MetricsPeriod.Month(2026, 1), f, takenAt)));
        await db.SaveChangesAsync();
    }
}
