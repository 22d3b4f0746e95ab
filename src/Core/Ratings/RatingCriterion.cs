namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// One indicator of the satisfaction form for a public service, numbered as on the form. The list is data in
/// code: the form, the stored columns (<see cref="ServiceRating"/>) and the metrics all read it.
/// </summary>
public sealed record RatingCriterion(int Number, string Name, string NameEn)
{
    public const int Count = 9;

    /// <summary>Every indicator rated "Rất hài lòng": 9 × 2 points.</summary>
    public const int MaxTotal = Count * (int)SatisfactionLevel.VerySatisfied;

    // TT 01/2018/TT-VPCP and NĐ 118/2025/NĐ-CP: 9 indicators, each scored 0 / 1 / 2 (DOMAIN.md).
    // To verify against the text of NĐ 118/2025 (and its forms) before the figures are reported: wording and order.
    public static IReadOnlyList<RatingCriterion> All { get; } =
    [
        new(1, "Tổng thời gian giải quyết thủ tục hành chính so với quy định", "Total time to resolve the procedure, compared with the rules"),
        new(2, "Thời gian giải quyết tại từng cơ quan, đơn vị tham gia", "Time taken by each agency involved"),
        new(3, "Số lần phải liên hệ để hoàn thiện hồ sơ", "Number of contacts needed to complete the file"),
        new(4, "Số cơ quan, đơn vị phải liên hệ", "Number of agencies you had to contact"),
        new(5, "Việc tiếp nhận và trả kết quả tại Bộ phận Một cửa", "Receipt of the file and return of the result at the one-stop desk"),
        new(6, "Việc công khai thủ tục hành chính", "Publicity of the administrative procedures"),
        new(7, "Thái độ của cán bộ, công chức, viên chức", "Attitude of the officials"),
        new(8, "Việc tiếp nhận, giải trình ý kiến, kiến nghị", "How your comments and recommendations were received and explained"),
        new(9, "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến", "Progress and quality of the online public service"),
    ];
}
