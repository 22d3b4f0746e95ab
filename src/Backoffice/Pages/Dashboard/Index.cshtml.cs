using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Pages.Overview;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Dashboard;

/// <summary>
/// An agency's own figures for a period (issue 6, dashboards), beside the city's median of every agency with data in
/// the same period, and its last twelve months. Each count opens to the cases behind it, the agency's own only.
/// </summary>
public sealed class IndexModel(AgencyMetricsService metrics, MonthlyTrend trend, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    /// <summary>The figures shown, in order: slug, label, value, how it reads, and the list behind it when there is one.</summary>
    public static IReadOnlyList<FigureLine> Lines { get; } =
    [
        new("tiep-nhan", "Hồ sơ tiếp nhận", f => f.Received, FigureUnit.Count, MetricFigure.Received),
        new("chuyen-den", "Hồ sơ cơ quan khác chuyển đến", f => f.TransferredIn, FigureUnit.Count, MetricFigure.TransferredIn),
        new("chuyen-di", "Hồ sơ chuyển cơ quan khác", f => f.TransferredOut, FigureUnit.Count, MetricFigure.TransferredOut),
        new("thu-ly", "Hồ sơ được thụ lý", f => f.Accepted, FigureUnit.Count, MetricFigure.Accepted),
        new("khong-thu-ly", "Hồ sơ không thụ lý", f => f.Refused, FigureUnit.Count, MetricFigure.Refused),
        new("tra-loi", "Câu trả lời đã gửi", f => f.Answered, FigureUnit.Count, MetricFigure.Answered),
        new("dung-han", "Tỷ lệ trả lời đúng hạn", f => f.OnTimeRate, FigureUnit.Percent, null),
        new("tra-loi-tre-han", "Câu trả lời gửi quá hạn", f => f.AnsweredWithDueDate - f.AnsweredOnTime, FigureUnit.Count, MetricFigure.AnsweredLate),
        new("trung-vi", "Số ngày làm việc để trả lời (trung vị)", f => f.MedianWorkingDaysToAnswer, FigureUnit.Days, null),
        new("p90", "Số ngày làm việc để trả lời (90% câu trả lời không quá)", f => f.P90WorkingDaysToAnswer, FigureUnit.Days, null),
        new("ton-cuoi-ky", "Hồ sơ còn tồn cuối kỳ", f => f.OpenAtEnd, FigureUnit.Count, null),
        new("qua-han-cuoi-ky", "Hồ sơ quá hạn cuối kỳ", f => f.OverdueAtEnd, FigureUnit.Count, null),
        new("mo-lai", "Hồ sơ mở lại theo đề nghị của người gửi", f => f.Reopened, FigureUnit.Count, MetricFigure.Reopened),
        new("thanh-tra", "Hồ sơ chuyển Thanh tra thành phố rà soát", f => f.Escalated, FigureUnit.Count, MetricFigure.Escalated),
        new("hai-long", "Tỷ lệ hài lòng với câu trả lời", f => f.AnswerSatisfactionRate, FigureUnit.Percent, null),
        new("dich-vu", "Tỷ lệ hài lòng với dịch vụ công", f => f.ServiceSatisfactionRate, FigureUnit.Percent, null),
        new("cong-khai", "Câu trả lời được công khai", f => f.Published, FigureUnit.Count, MetricFigure.Published),
    ];

    public PeriodQuery Query { get; private set; } = new(null, null, null, null, null);

    public MetricsPeriod? Period { get; private set; }

    public string? Problem { get; private set; }

    public string AgencyCode { get; private set; } = "";

    public string AgencyName { get; private set; } = "";

    public DateTimeOffset? TakenAt { get; private set; }

    public bool PeriodEnded { get; private set; }

    /// <summary>The agency's figures; null when nothing happened at it in the period.</summary>
    public AgencyPeriodMetrics? Own { get; private set; }

    /// <summary>How many agencies had data in the period: the city's medians are taken over them.</summary>
    public int AgenciesWithData { get; private set; }

    public IReadOnlyDictionary<string, decimal?> CityMedians { get; private set; } = new Dictionary<string, decimal?>();

    public TrendChart? Trend { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Query = PeriodQuery.From(Request.Query, today);
        (Period, Problem) = Query.Resolve(today);
        if (Period is null || Problem is not null)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        AgencyCode = User.AgencyCode()!;
        var directory = await referenceData.GetAsync(cancellationToken);
        AgencyName = directory.AgencyName(AgencyCode);
        PeriodEnded = Period.Last < today;

        var figures = await metrics.ReadAsync(Period, cancellationToken);
        TakenAt = figures.TakenAt;
        var withData = figures.Agencies.Where(a => a.HasData).ToList();
        AgenciesWithData = withData.Count;
        Own = withData.FirstOrDefault(a => a.AgencyCode == AgencyCode);
        CityMedians = Lines.ToDictionary(
            l => l.Slug,
            l => Percentiles.MedianOf(withData.Select(l.Value).OfType<decimal>()));

        var months = await trend.LastTwelveMonthsAsync(AgencyCode, cancellationToken);
        Trend = new TrendChart("trend-chart", $"{AgencyName}: hồ sơ tiếp nhận, câu trả lời và tỷ lệ đúng hạn 12 tháng gần nhất", months);
        return Page();
    }

    public string CasesLink(MetricFigure figure) =>
        $"/tong-hop/ho-so?co-quan={Uri.EscapeDataString(AgencyCode)}&chi-so={MetricFigureNames.Slug(figure)}&{PeriodQuery.ToQuery(Period!)}";

    public sealed record FigureLine(string Slug, string Label, Func<AgencyPeriodMetrics, decimal?> Value, FigureUnit Unit, MetricFigure? Cases);

    public enum FigureUnit
    {
        Count,
        Percent,
        Days,
    }
}
