using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Portal;

/// <summary>How case vocabulary reads to the public, and dates in Hải Phòng's time zone (UTC+7).</summary>
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
        CaseStatus.Received => "Đã tiếp nhận, chờ xử lý",
        CaseStatus.Accepted => "Đang giải quyết",
        CaseStatus.WaitingForFiler => "Chờ quý vị bổ sung thông tin",
        CaseStatus.Suspended => "Tạm đình chỉ giải quyết",
        CaseStatus.AwaitingApproval => "Đang giải quyết",
        CaseStatus.Answered => "Đã trả lời",
        CaseStatus.Refused => "Không thụ lý",
        CaseStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string TimelineText(CaseEventType type, string? agencyName) => type switch
    {
        CaseEventType.Received => "Hệ thống đã tiếp nhận phản ánh, kiến nghị của quý vị.",
        CaseEventType.Routed => $"Đã chuyển đến {agencyName} để giải quyết.",
        CaseEventType.Accepted => "Cơ quan giải quyết đã thụ lý hồ sơ.",
        CaseEventType.Refused => "Cơ quan giải quyết thông báo không thụ lý hồ sơ.",
        CaseEventType.InformationRequested => "Cơ quan giải quyết đề nghị quý vị bổ sung thông tin.",
        CaseEventType.InformationReceived => "Đã nhận thông tin bổ sung.",
        CaseEventType.Suspended => "Tạm đình chỉ việc giải quyết.",
        CaseEventType.Resumed => "Tiếp tục giải quyết.",
        CaseEventType.Extended => "Gia hạn thời hạn giải quyết.",
        CaseEventType.MarkedComplex => "Vụ việc được xác định là phức tạp; áp dụng thời hạn dài hơn theo quy định.",
        CaseEventType.Transferred => $"Đã chuyển đến {agencyName}, cơ quan có thẩm quyền giải quyết.",
        CaseEventType.Answered => "Đã gửi văn bản trả lời.",
        CaseEventType.Closed => "Hồ sơ đã kết thúc.",
        CaseEventType.Reopened => "Hồ sơ được mở lại để xem xét tiếp.",
        CaseEventType.AnswerPublished => "Câu trả lời đã được công khai.",
        CaseEventType.AnswerRated => "Quý vị đã đánh giá câu trả lời.",
        _ => type.ToString(),
    };

    public static string DeadlineHeading(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Intake => "Hạn phân loại, chuyển xử lý",
        DeadlineStage.Acceptance => "Hạn thụ lý",
        DeadlineStage.Notification => "Hạn thông báo thụ lý",
        _ => "Hạn giải quyết",
    };

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", Vietnamese);

    public static string Date(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("dd/MM/yyyy", Vietnamese);

    public static string DateTime(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", Vietnamese);
}
