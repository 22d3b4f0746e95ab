using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Backoffice;

/// <summary>How case vocabulary reads to staff, and dates in Hải Phòng's time zone (UTC+7).</summary>
public static class CaseLabels
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Kind(CaseKind kind) => kind switch
    {
        CaseKind.Feedback => "Phản ánh",
        CaseKind.Recommendation => "Kiến nghị",
        CaseKind.Complaint => "Khiếu nại",
        CaseKind.Denunciation => "Tố cáo",
        _ => kind.ToString(),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Mới tiếp nhận",
        CaseStatus.Accepted => "Đang giải quyết",
        CaseStatus.WaitingForFiler => "Chờ bổ sung thông tin",
        CaseStatus.Suspended => "Tạm đình chỉ",
        CaseStatus.AwaitingApproval => "Chờ lãnh đạo duyệt",
        CaseStatus.Answered => "Đã trả lời",
        CaseStatus.Refused => "Không thụ lý",
        CaseStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Channel(CaseChannel channel) => channel switch
    {
        CaseChannel.Web => "Cổng thông tin",
        CaseChannel.Hotline => "Đường dây nóng",
        CaseChannel.Phone => "Điện thoại",
        CaseChannel.Sms => "Tin nhắn SMS",
        CaseChannel.Email => "Thư điện tử",
        CaseChannel.InPerson => "Trực tiếp",
        CaseChannel.Post => "Bưu chính",
        _ => channel.ToString(),
    };

    public static string History(CaseEventType type, string? agencyName, string? note) => type switch
    {
        CaseEventType.Received => "Tiếp nhận hồ sơ",
        CaseEventType.Routed => $"Chuyển đến {agencyName} theo {note}",
        CaseEventType.Accepted => "Thụ lý",
        CaseEventType.Refused => "Không thụ lý",
        CaseEventType.InformationRequested => "Đề nghị bổ sung thông tin",
        CaseEventType.InformationReceived => "Nhận thông tin bổ sung",
        CaseEventType.Suspended => "Tạm đình chỉ",
        CaseEventType.Resumed => "Tiếp tục giải quyết",
        CaseEventType.Extended => "Gia hạn",
        CaseEventType.MarkedComplex => "Xác định vụ việc phức tạp",
        CaseEventType.Transferred => $"Chuyển xử lý đến {agencyName}",
        CaseEventType.Answered => "Trả lời",
        CaseEventType.Closed => "Kết thúc",
        CaseEventType.Reopened => "Mở lại",
        CaseEventType.Escalated => "Báo cáo lãnh đạo do quá hạn",
        CaseEventType.FlaggedForReview => "Đưa vào danh sách rà soát của Thanh tra thành phố",
        CaseEventType.Assigned => "Phân công",
        CaseEventType.CoordinationRequested => $"Đề nghị {agencyName} phối hợp",
        CaseEventType.CoordinationInputRecorded => $"Ý kiến phối hợp của {agencyName}",
        CaseEventType.AnswerDrafted => "Trình dự thảo trả lời",
        CaseEventType.AnswerReturned => "Trả lại dự thảo",
        CaseEventType.AnswerPublished => "Công khai câu trả lời",
        CaseEventType.ReviewFindingRecorded => "Thanh tra thành phố rà soát",
        CaseEventType.ReviewClosed => "Kết thúc rà soát",
        _ => type.ToString(),
    };

    public static string ReviewReasons(ReviewReasons reasons) => string.Join(", ", Enum.GetValues<ReviewReasons>()
        .Where(r => r != Core.Cases.ReviewReasons.None && reasons.HasFlag(r))
        .Select(r => r switch
        {
            Core.Cases.ReviewReasons.Complex => "phức tạp",
            Core.Cases.ReviewReasons.Mass => "đông người",
            Core.Cases.ReviewReasons.Prolonged => "kéo dài",
            Core.Cases.ReviewReasons.Overdue => "quá hạn",
            Core.Cases.ReviewReasons.Corruption => "tham nhũng, nhũng nhiễu",
            _ => "đưa vào thủ công",
        }));

    public static string Stage(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Intake => "Tiếp nhận, phân loại",
        DeadlineStage.Acceptance => "Thụ lý",
        DeadlineStage.Resolution => "Giải quyết",
        DeadlineStage.Notification => "Thông báo thụ lý",
        _ => stage.ToString(),
    };

    public static string Unit(DayUnit unit) => unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", Vietnamese);

    public static string DateTime(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy", Vietnamese);
}
