using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Core.Scoring.Export;

/// <summary>
/// Loads, for every agency of a result and every metric criterion of its rubric, the cases behind the metric
/// (issue 6: "every figure drills down to the cases behind it"), through <see cref="MetricCaseList"/> so an export
/// lists exactly what the Backoffice's lists show: case codes, kind, topic, dates and working days, no personal data.
/// </summary>
public sealed class ScoringDrillDowns(MetricCaseList caseList)
{
    /// <summary>Rows per agency and list; an export says where a list was cut. 5,000 keeps a year's sheet under Excel's row limit.</summary>
    public const int DefaultMaxRowsPerList = 5_000;

    public async Task<IReadOnlyList<CriterionDrillDown>> LoadAsync(
        Rubric rubric, ScoringResult result, MetricsPeriod period, CancellationToken cancellationToken, int maxRowsPerList = DefaultMaxRowsPerList)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRowsPerList);

        // Several criteria can rest on one figure (on-time rate and median days both on the answers): read it once.
        var loaded = new Dictionary<(string Agency, MetricFigure Figure), AgencyCaseList>();
        var drillDowns = new List<CriterionDrillDown>();
        foreach (var criterion in rubric.Criteria.Where(c => c.Method != ScoringMethod.Manual && c.Metric is not null))
        {
            var metric = criterion.Metric!.Value;
            if (FigureFor(metric) is not { } figure)
            {
                drillDowns.Add(new CriterionDrillDown(criterion.Code, metric, null, []));
                continue;
            }

            var lists = new List<AgencyCaseList>(result.Agencies.Count);
            foreach (var agency in result.Agencies)
            {
                if (!loaded.TryGetValue((agency.AgencyCode, figure), out var list))
                {
                    var (rows, total) = await caseList.ListFirstAsync(period, agency.AgencyCode, figure, maxRowsPerList, cancellationToken);
                    list = new AgencyCaseList(agency.AgencyCode, rows, total);
                    loaded[(agency.AgencyCode, figure)] = list;
                }

                lists.Add(list);
            }

            drillDowns.Add(new CriterionDrillDown(criterion.Code, metric, figure, lists));
        }

        return drillDowns;
    }

    /// <summary>The count whose cases a metric is computed from, or none when the metric is not a count of cases.</summary>
    public static MetricFigure? FigureFor(AgencyMetric metric) => metric switch
    {
        // The on-time rate and the working days are read from the answers sent in the period.
        AgencyMetric.OnTimeRate or AgencyMetric.MedianWorkingDaysToAnswer or AgencyMetric.P90WorkingDaysToAnswer => MetricFigure.Answered,
        AgencyMetric.PublishedShare => MetricFigure.Published,
        AgencyMetric.EscalatedShare => MetricFigure.Escalated,
        AgencyMetric.ReopenedShare => MetricFigure.Reopened,
        _ => null,
    };

    internal static string NoListReason(AgencyMetric metric) => metric switch
    {
        AgencyMetric.AnswerSatisfactionRate => "Chỉ số tính từ phiếu đánh giá câu trả lời của người gửi: không có danh sách hồ sơ.",
        AgencyMetric.ServiceSatisfactionRate => "Chỉ số tính từ phiếu đánh giá sự hài lòng với dịch vụ công (nhiệm vụ 4.11), không gắn với hồ sơ: không có danh sách hồ sơ.",
        AgencyMetric.OverdueShareAtPeriodEnd => "Chỉ số lấy từ số liệu tồn đọng chốt cuối kỳ: không có danh sách hồ sơ.",
        _ => "Không có danh sách hồ sơ.",
    };
}
