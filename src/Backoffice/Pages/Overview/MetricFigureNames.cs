using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Backoffice.Pages.Overview;

/// <summary>How a figure is named in an address and on a page.</summary>
public static class MetricFigureNames
{
    private static readonly IReadOnlyList<(MetricFigure Figure, string Slug, string Label)> Names =
    [
        (MetricFigure.Received, "tiep-nhan", "Hồ sơ tiếp nhận"),
        (MetricFigure.Accepted, "thu-ly", "Hồ sơ được thụ lý"),
        (MetricFigure.Refused, "khong-thu-ly", "Hồ sơ không thụ lý"),
        (MetricFigure.TransferredOut, "chuyen-di", "Hồ sơ chuyển cơ quan khác"),
        (MetricFigure.TransferredIn, "chuyen-den", "Hồ sơ cơ quan khác chuyển đến"),
        (MetricFigure.Answered, "tra-loi", "Câu trả lời đã gửi"),
        (MetricFigure.AnsweredLate, "tra-loi-tre-han", "Câu trả lời gửi quá hạn"),
        (MetricFigure.Reopened, "mo-lai", "Hồ sơ mở lại theo đề nghị của người gửi"),
        (MetricFigure.Escalated, "thanh-tra", "Hồ sơ đưa vào danh sách rà soát của Thanh tra thành phố"),
        (MetricFigure.Published, "cong-khai", "Câu trả lời được công khai"),
    ];

    public static string Slug(MetricFigure figure) => Names.Single(n => n.Figure == figure).Slug;

    public static string Label(MetricFigure figure) => Names.Single(n => n.Figure == figure).Label;

    public static MetricFigure? FromSlug(string? slug) =>
        Names.Where(n => n.Slug == slug).Select(n => (MetricFigure?)n.Figure).FirstOrDefault();
}
