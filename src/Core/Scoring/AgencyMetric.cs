namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// A figure computed for one agency over one period, which a rubric criterion can score. Rates are in
/// percent (0–100) and durations in working days, as assessors read and type them.
/// </summary>
public enum AgencyMetric
{
    /// <summary>Answers sent on or before their legal due date, in percent of the answers sent in the period.</summary>
    OnTimeRate,

    /// <summary>Median working days from receipt to answer.</summary>
    MedianWorkingDaysToAnswer,

    /// <summary>90th-percentile working days from receipt to answer.</summary>
    P90WorkingDaysToAnswer,

    /// <summary>Filers satisfied with the answer, in percent of the answers rated in the period.</summary>
    AnswerSatisfactionRate,

    /// <summary>Service ratings whose overall level is Hài lòng or Rất hài lòng, in percent (task 4.11).</summary>
    ServiceSatisfactionRate,

    /// <summary>
    /// Answers published on the Portal, in percent of the answers sent in the period. An answer is published only with
    /// its filer's consent, so few agencies reach 100%; a rubric's thresholds allow for that.
    /// </summary>
    PublishedShare,

    /// <summary>Open cases past their due date at the period's end, in percent of the open cases then.</summary>
    OverdueShareAtPeriodEnd,

    /// <summary>Cases escalated to Thanh tra thành phố, in percent of the cases received.</summary>
    EscalatedShare,

    /// <summary>Answers reopened at the filer's request, in percent of the answers sent.</summary>
    ReopenedShare,
}

/// <summary>How a metric reads: its unit, its range, and which way is better.</summary>
public sealed record AgencyMetricInfo(AgencyMetric Metric, string Name, string Unit, decimal Minimum, decimal? Maximum, bool HigherIsBetter)
{
    public static IReadOnlyList<AgencyMetricInfo> All { get; } =
    [
        new(AgencyMetric.OnTimeRate, "Tỷ lệ trả lời đúng hạn", "%", 0, 100, HigherIsBetter: true),
        new(AgencyMetric.MedianWorkingDaysToAnswer, "Thời gian trả lời (trung vị)", "ngày làm việc", 0, null, HigherIsBetter: false),
        new(AgencyMetric.P90WorkingDaysToAnswer, "Thời gian trả lời (90% hồ sơ trong vòng)", "ngày làm việc", 0, null, HigherIsBetter: false),
        new(AgencyMetric.AnswerSatisfactionRate, "Tỷ lệ người gửi hài lòng với câu trả lời", "%", 0, 100, HigherIsBetter: true),
        new(AgencyMetric.ServiceSatisfactionRate, "Tỷ lệ hài lòng với dịch vụ công", "%", 0, 100, HigherIsBetter: true),
        new(AgencyMetric.PublishedShare, "Tỷ lệ câu trả lời được công khai", "%", 0, 100, HigherIsBetter: true),
        new(AgencyMetric.OverdueShareAtPeriodEnd, "Tỷ lệ hồ sơ tồn đọng quá hạn cuối kỳ", "%", 0, 100, HigherIsBetter: false),
        new(AgencyMetric.EscalatedShare, "Tỷ lệ hồ sơ phải chuyển Thanh tra thành phố rà soát", "%", 0, 100, HigherIsBetter: false),
        new(AgencyMetric.ReopenedShare, "Tỷ lệ câu trả lời bị đề nghị xem xét lại", "%", 0, 100, HigherIsBetter: false),
    ];

    public static AgencyMetricInfo For(AgencyMetric metric) => All.Single(m => m.Metric == metric);
}
