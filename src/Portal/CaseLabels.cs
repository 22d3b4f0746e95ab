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
        _ => status.ToString(),
    };

    public static string TimelineText(CaseEventType type, string? agencyName) => type switch
    {
        CaseEventType.Received => "Hệ thống đã tiếp nhận phản ánh, kiến nghị của quý vị.",
        CaseEventType.Routed => $"Đã chuyển đến {agencyName} để giải quyết.",
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
