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
        _ => type.ToString(),
    };

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
