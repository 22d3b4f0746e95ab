using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Core.Scoring.Export;

namespace DanVan.Feedback.Core.Tests.Scoring.Export;

/// <summary>
/// A scoring of four agencies on the example rubric, worked out by hand:
/// Sở Xây dựng 99.5 (Xuất sắc), Sở Tài chính 75 (Tốt), Sở Nội vụ 61 (Khá), UBND phường Hồng Bàng 22.5 (Yếu).
/// </summary>
internal static class ExportRun
{
    public const string HyperlinkEvidence = "=HYPERLINK(\"http://ke-xau.example/lay-du-lieu\",\"Xem quyết định\")";

    /// <summary>A name an administrator could type, with a comma and quotes in it.</summary>
    public const string InteriorName = "Sở Nội vụ, thành phố \"Hải Phòng\"";

    public static readonly Rubric Rubric = ExampleRubric.Create();

    public static readonly MetricsPeriod Period = MetricsPeriod.Year(2026);

    public static IReadOnlyList<AgencyScoringInput> Inputs { get; } =
    [
        // 30 + 10 + 15 + 15 + 10 + 10 + 5 + 3 + 1.5 = 99.5
        Agency("SXD", "Sở Xây dựng", 95, 5, 95, 95, 80, 4, 1, new()
        {
            ["DAN-VAN-KHEO"] = new(3, HyperlinkEvidence, "Mô hình \"Tổ dân phố không rác\""),
            ["DOI-THOAI"] = new(1.5m, "Biên bản 3 buổi đối thoại", "+1 buổi chưa có biên bản"),
        }),

        // 18 + 9 + 15 + 12 + 10 + 4 + 5 + 2 = 75
        Agency("STC", "Sở Tài chính", 80, 7.5m, 95, 90, 80, 12, 0, new() { ["DAN-VAN-KHEO"] = new(2, "QĐ 45/QĐ-UBND") }),

        // 25 + 8 + 12 + 8 + 5 + 0 + 3 = 61
        Agency("SNV", InteriorName, 90, 10, 86, 85, 40, 25, 3, []),

        // 10 + 5 + 7.5 = 22.5; nothing else to score
        Agency("UBND-11311", "UBND phường Hồng Bàng", 72.5m, 17.5m, 72.5m, null, null, null, null, []),
    ];

    public static ScoringResult Result { get; } = ScoringCalculator.Score(Rubric, Inputs);

    public static ScoringExport Export(decimal cchcMaxPoints = CchcComponentOptions.DefaultMaxPoints) => new()
    {
        Period = Period,
        Rubric = Rubric,
        Result = Result,
        Inputs = Inputs,
        RunName = "Chấm điểm năm 2026 – lần 1",
        CreatedAt = new DateTimeOffset(2027, 1, 5, 8, 30, 0, TimeSpan.FromHours(7)),
        CchcComponentMaxPoints = cchcMaxPoints,
    };

    private static AgencyScoringInput Agency(
        string code, string name, decimal? onTime, decimal? medianDays, decimal? answerSatisfied, decimal? serviceSatisfied,
        decimal? published, decimal? overdue, decimal? escalated, Dictionary<string, ManualScore> manual) =>
        new(code, name, new Dictionary<AgencyMetric, decimal?>
        {
            [AgencyMetric.OnTimeRate] = onTime,
            [AgencyMetric.MedianWorkingDaysToAnswer] = medianDays,
            [AgencyMetric.AnswerSatisfactionRate] = answerSatisfied,
            [AgencyMetric.ServiceSatisfactionRate] = serviceSatisfied,
            [AgencyMetric.PublishedShare] = published,
            [AgencyMetric.OverdueShareAtPeriodEnd] = overdue,
            [AgencyMetric.EscalatedShare] = escalated,
        }, manual);
}
