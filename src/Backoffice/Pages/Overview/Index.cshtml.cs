using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Overview;

/// <summary>
/// Sở Nội vụ's city-wide view (issue 6): every agency's figures for a period, ranked, with the chart of on-time
/// rates. Aggregates only: assessors see no personal data, and each count opens to the cases behind it by code.
/// </summary>
public sealed class IndexModel(AgencyMetricsService metrics, MonthlyTrend trend, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    /// <summary>The columns a table can be ranked by, with the order that ranks best first.</summary>
    public static IReadOnlyDictionary<string, (string Label, Func<Row, decimal?> Value, bool HigherFirst)> SortKeys { get; } =
        new Dictionary<string, (string, Func<Row, decimal?>, bool)>(StringComparer.Ordinal)
        {
            ["dung-han"] = ("Tỷ lệ đúng hạn", r => r.Figures.OnTimeRate, true),
            ["tiep-nhan"] = ("Tiếp nhận", r => r.Figures.Received, true),
            ["trung-vi"] = ("Số ngày trả lời (trung vị)", r => r.Figures.MedianWorkingDaysToAnswer, false),
            ["hai-long"] = ("Hài lòng với trả lời", r => r.Figures.AnswerSatisfactionRate, true),
            ["dich-vu"] = ("Hài lòng với dịch vụ công", r => r.Figures.ServiceSatisfactionRate, true),
            ["qua-han"] = ("Quá hạn cuối kỳ", r => r.Figures.OverdueAtEnd, false),
        };

    public MetricsPeriod? Period { get; private set; }

    public PeriodQuery Query { get; private set; } = new(null, null, null, null, null);

    public string Sort { get; private set; } = "dung-han";

    public DateTimeOffset? TakenAt { get; private set; }

    /// <summary>The period is over (in Hải Phòng, on the app's clock): without a snapshot its backlog is unknown.</summary>
    public bool PeriodEnded { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>The city's last twelve months, whatever the period chosen.</summary>
    public TrendChart? Trend { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Query = PeriodQuery.From(Request.Query, today);
        (Period, Problem) = Query.Resolve(today);
        Sort = Request.Query["sap-xep"].ToString() is { Length: > 0 } sort ? sort : Sort;
        if (!SortKeys.ContainsKey(Sort))
        {
            Problem ??= "Cách sắp xếp không có trong danh sách.";
        }

        if (Period is null || Problem is not null)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        PeriodEnded = Period.Last < today;
        var directory = await referenceData.GetAsync(cancellationToken);
        var figures = await metrics.ReadAsync(Period, cancellationToken);
        TakenAt = figures.TakenAt;
        var (_, value, higherFirst) = SortKeys[Sort];
        var rows = figures.Agencies.Where(a => a.HasData).Select(a => new Row(directory.AgencyName(a.AgencyCode), a)).ToList();

        // Agencies without the figure go last, never ranked as if they had scored zero.
        var known = rows.Where(r => value(r) is not null);
        Rows = (higherFirst ? known.OrderByDescending(value) : known.OrderBy(value))
            .ThenBy(r => r.AgencyName, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))
            .Concat(rows.Where(r => value(r) is null).OrderBy(r => r.AgencyName, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false)))
            .ToList();
        Trend = new TrendChart("trend-chart", "Toàn thành phố: hồ sơ tiếp nhận, câu trả lời và tỷ lệ đúng hạn 12 tháng gần nhất",
            await trend.LastTwelveMonthsAsync(null, cancellationToken));
        return Page();
    }

    public string CasesLink(Row row, MetricFigure figure) =>
        $"/tong-hop/ho-so?co-quan={Uri.EscapeDataString(row.Figures.AgencyCode)}&chi-so={MetricFigureNames.Slug(figure)}&{PeriodQuery.ToQuery(Period!)}";

    public string SortLink(string key) => $"/tong-hop?{PeriodQuery.ToQuery(Period!)}&sap-xep={key}";

    public sealed record Row(string AgencyName, AgencyPeriodMetrics Figures);
}
