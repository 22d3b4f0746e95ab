using System.Net;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Tests.Pages.Transparency;

/// <summary>
/// Công khai số liệu: each agency's figures as the nightly snapshot kept them, for the year and the last twelve
/// months, sortable, departments apart from communes, with no personal data and nothing computed on a visit.
/// </summary>
public sealed class IndexTests : IClassFixture<PortalFixture>
{
    private readonly PortalFixture fixture;

    public IndexTests(PortalFixture fixture)
    {
        this.fixture = fixture;

        // The Portal's clock reads Thu 12/2/2026: the nightly job has kept 2026 so far and the twelve months to 11/2.
        var yesterday = new DateOnly(2026, 2, 11);
        var takenAt = new DateTimeOffset(2026, 2, 12, 0, 15, 0, TimeSpan.FromHours(7));
        fixture.QueryAsync(async db =>
        {
            if (await db.MetricsSnapshots.AnyAsync())
            {
                return 0;
            }

            var year = MetricsPeriod.Year(2026);
            db.MetricsSnapshots.AddRange(
                MetricsSnapshot.Take(year, Figures("SXD", answered: 40, onTime: 37, median: 6.5m, satisfied: 9, rated: 12), takenAt),
                MetricsSnapshot.Take(year, Figures("SNNMT", answered: 80, onTime: 60, median: 11m, satisfied: 5, rated: 10), takenAt),
                MetricsSnapshot.Take(year, Figures("UBND-11311", answered: 10, onTime: 10, median: 3m, satisfied: 0, rated: 0), takenAt),
                MetricsSnapshot.Take(MetricsPeriod.TwelveMonthsTo(yesterday), Figures("SXD", answered: 300, onTime: 150, median: 14m, satisfied: 1, rated: 2), takenAt));
            return await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Get_ThisYear_ListsDepartmentsBestOnTimeFirstWithTheirFigures()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync("/so-lieu");

        var rows = page.QuerySelectorAll("#figures tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(
            [
                ["Sở Xây dựng", "40", "92,5%", "6,5", "75%", "—"],
                ["Sở Nông nghiệp và Môi trường", "80", "75%", "11", "50%", "—"],
            ],
            rows);
        Assert.Contains("12/02/2026", page.Text("#period"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CommunesByTimeToAnswer_ShowsOnlyCommunesWithUnknownRatherThanZero()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync("/so-lieu?ky=nam&loai=xa-phuong&sap-xep=thoi-gian");

        var row = Assert.Single(page.QuerySelectorAll("#figures tbody tr"));
        Assert.Equal("Ủy ban nhân dân phường Hồng Bàng", row.QuerySelector("th")!.TextContent.Trim());
        // No filer rated an answer: the satisfaction is unknown, shown as a dash, not 0%.
        Assert.Equal("—", row.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task Get_LastTwelveMonthsInEnglish_ReadsTheOtherSnapshot()
    {
        var page = await fixture.Factory.CreateBrowserClient().GetDocumentAsync("/so-lieu?ky=12-thang&culture=en");

        Assert.Equal("How feedback is handled: the figures", page.Text("h1"));
        var row = Assert.Single(page.QuerySelectorAll("#figures tbody tr"));
        Assert.Equal(["Sở Xây dựng", "300", "50%"], row.QuerySelectorAll("th, td").Take(3).Select(c => c.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/so-lieu?ky=thang")]
    [InlineData("/so-lieu?loai=tat-ca")]
    [InlineData("/so-lieu?sap-xep=diem")]
    public async Task Get_UnknownChoice_BadRequest(string url)
    {
        var response = await fixture.Factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static AgencyPeriodMetrics Figures(string agency, int answered, int onTime, decimal median, int satisfied, int rated) => new()
    {
        AgencyCode = agency,
        Received = answered,
        Answered = answered,
        AnsweredWithDueDate = answered,
        AnsweredOnTime = onTime,
        MedianWorkingDaysToAnswer = median,
        AnswersRated = rated,
        AnswersSatisfied = satisfied,
    };
}
