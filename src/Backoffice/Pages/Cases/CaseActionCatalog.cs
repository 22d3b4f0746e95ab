using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>What an action form needs: besides the reason, which extra field it asks for.</summary>
[Flags]
public enum ActionFields
{
    None = 0,
    Text = 1,
    Ground = 2,
    Officer = 4,
    Agency = 8,
    Days = 16,
    Markdown = 32,
    Directs = 64,
    TextOptional = 128,

    /// <summary>The title published over the answer, redacted like it.</summary>
    PublicTitle = 256,
}

/// <summary>One step as staff meet it: its address, its button, the label of its text box, and the words of its success.</summary>
public sealed record CaseActionInfo(CaseAction Action, string Slug, string Button, string TextLabel, ActionFields Fields, string Done, params CaseStatus[] OfferedIn);

/// <summary>
/// The steps offered on a case page, with the statuses they are offered in. Only a convenience for the
/// page: <see cref="FeedbackCase"/> decides what is legal, and refuses the rest with a reason.
/// </summary>
public static class CaseActionCatalog
{
    private const CaseStatus Received = CaseStatus.Received;
    private const CaseStatus Accepted = CaseStatus.Accepted;
    private const CaseStatus Waiting = CaseStatus.WaitingForFiler;
    private const CaseStatus Suspended = CaseStatus.Suspended;
    private const CaseStatus Approval = CaseStatus.AwaitingApproval;
    private const CaseStatus Answered = CaseStatus.Answered;
    private const CaseStatus Refused = CaseStatus.Refused;
    private const CaseStatus Closed = CaseStatus.Closed;

    private static readonly CaseStatus[] Open = [Received, Accepted, Waiting, Suspended, Approval, Answered];

    public static IReadOnlyList<CaseActionInfo> All { get; } =
    [
        new(CaseAction.Accept, "thu-ly", "Thụ lý", "Ghi chú (không bắt buộc)", ActionFields.TextOptional, "Đã thụ lý hồ sơ.", Received),
        new(CaseAction.Refuse, "khong-thu-ly", "Không thụ lý", "Nội dung thông báo cho người gửi", ActionFields.Text | ActionFields.Ground, "Đã ghi nhận không thụ lý và gửi thông báo cho người gửi.", Received, Waiting),
        new(CaseAction.Assign, "phan-cong", "Phân công", "", ActionFields.Officer, "Đã phân công cán bộ xử lý.", Open),
        new(CaseAction.RequestInformation, "de-nghi-bo-sung", "Đề nghị bổ sung thông tin", "Thông tin cần người gửi bổ sung", ActionFields.Text, "Đã gửi đề nghị bổ sung thông tin; thời hạn tạm dừng.", Received, Accepted),
        new(CaseAction.RecordInformation, "nhan-bo-sung", "Ghi nhận thông tin bổ sung", "Nội dung thông tin đã nhận", ActionFields.Text, "Đã ghi nhận thông tin bổ sung; thời hạn tiếp tục được tính.", Waiting),
        new(CaseAction.Transfer, "chuyen-xu-ly", "Chuyển xử lý", "Lý do chuyển (người gửi sẽ được thông báo)", ActionFields.Text | ActionFields.Agency, "Đã chuyển hồ sơ đến cơ quan có thẩm quyền.", Received),
        new(CaseAction.RequestCoordination, "de-nghi-phoi-hop", "Đề nghị phối hợp", "Nội dung đề nghị phối hợp", ActionFields.Text | ActionFields.Agency, "Đã gửi đề nghị phối hợp.", Received, Accepted, Waiting, Suspended, Approval),
        new(CaseAction.RecordCoordinationInput, "y-kien-phoi-hop", "Ghi ý kiến phối hợp", "Ý kiến của cơ quan phối hợp", ActionFields.Text, "Đã ghi ý kiến phối hợp.", Open),
        new(CaseAction.MarkComplex, "phuc-tap", "Xác định vụ việc phức tạp", "Lý do (xác minh nhiều nơi, nhiều nội dung, nhiều người, yếu tố nước ngoài…)", ActionFields.Text, "Đã xác định vụ việc phức tạp; thời hạn được tính lại.", Received, Accepted, Waiting, Suspended),
        new(CaseAction.Extend, "gia-han", "Gia hạn", "Lý do gia hạn", ActionFields.Text | ActionFields.Days, "Đã gia hạn thời hạn giải quyết.", Accepted, Waiting, Suspended),
        new(CaseAction.Suspend, "tam-dinh-chi", "Tạm đình chỉ", "Lý do tạm đình chỉ", ActionFields.Text, "Đã tạm đình chỉ việc giải quyết; thời hạn tạm dừng.", Accepted),
        new(CaseAction.Resume, "tiep-tuc", "Tiếp tục giải quyết", "Lý do tiếp tục giải quyết", ActionFields.Text, "Đã tiếp tục giải quyết; thời hạn tiếp tục được tính.", Suspended),
        new(CaseAction.DraftAnswer, "du-thao", "Soạn dự thảo trả lời", "Nội dung trả lời (Markdown)", ActionFields.Markdown, "Đã trình dự thảo trả lời để lãnh đạo duyệt.", Accepted, Approval),
        new(CaseAction.ApproveAnswer, "duyet", "Duyệt và gửi trả lời", "", ActionFields.None, "Đã duyệt và gửi câu trả lời cho người gửi.", Approval),
        new(CaseAction.ReturnAnswer, "tra-lai", "Trả lại dự thảo", "Lý do trả lại", ActionFields.Text, "Đã trả lại dự thảo cho cán bộ.", Approval),
        new(CaseAction.Publish, "cong-khai", "Công khai câu trả lời", "Nội dung công khai — đã lược bỏ họ tên, địa chỉ, số điện thoại và mọi thông tin cá nhân", ActionFields.PublicTitle | ActionFields.Markdown, "Đã công khai câu trả lời trên Cổng.", Answered, Closed),
        new(CaseAction.Close, "ket-thuc", "Kết thúc hồ sơ", "Ghi chú (không bắt buộc)", ActionFields.TextOptional, "Đã kết thúc hồ sơ.", Answered, Refused),
        new(CaseAction.Reopen, "mo-lai", "Mở lại hồ sơ", "Lý do mở lại (người gửi chưa đồng ý với câu trả lời…)", ActionFields.Text, "Đã mở lại hồ sơ; thời hạn giải quyết mới bắt đầu.", Answered, Closed),
        new(CaseAction.FlagForReview, "dua-vao-ra-soat", "Đề nghị Thanh tra thành phố rà soát", "Lý do (vụ việc phức tạp, đông người, kéo dài…)", ActionFields.Text, "Hồ sơ đã được đưa vào danh sách rà soát của Thanh tra thành phố.", [.. Open, Refused, Closed]),
        new(CaseAction.RecordReviewFinding, "ket-qua-ra-soat", "Ghi kết quả rà soát", "Kết quả rà soát hoặc nội dung chỉ đạo", ActionFields.Text | ActionFields.Directs, "Đã ghi kết quả rà soát.", [.. Open, Refused, Closed]),
        new(CaseAction.CloseReview, "ket-thuc-ra-soat", "Kết thúc rà soát", "Kết luận rà soát", ActionFields.Text, "Đã kết thúc rà soát; hồ sơ rời danh sách của Thanh tra.", [.. Open, Refused, Closed]),
    ];

    public static CaseActionInfo? FindBySlug(string? slug) => All.FirstOrDefault(a => a.Slug == slug);
}
