using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Policies;

public sealed partial class EditModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng chọn đơn vị tính.")]
        public DayUnit? Unit { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập thời hạn.")]
        [Range(1, 365, ErrorMessage = "Thời hạn từ {1} đến {2} ngày.")]
        public int? Days { get; set; }

        [Range(1, 365, ErrorMessage = "Thời hạn vụ việc phức tạp từ {1} đến {2} ngày.")]
        public int? ComplexDays { get; set; }

        [Range(1, 365, ErrorMessage = "Thời hạn vùng sâu, vùng xa từ {1} đến {2} ngày.")]
        public int? RemoteDays { get; set; }

        [Range(1, 365, ErrorMessage = "Thời hạn vùng sâu, vùng xa và phức tạp từ {1} đến {2} ngày.")]
        public int? RemoteComplexDays { get; set; }

        [Range(0, 5, ErrorMessage = "Số lần gia hạn từ {1} đến {2}.")]
        public int MaxExtensions { get; set; }

        [Range(0, 365, ErrorMessage = "Số ngày mỗi lần gia hạn từ {1} đến {2}.")]
        public int MaxDaysPerExtension { get; set; }

        public bool PausesWhileWaitingForFiler { get; set; }

        public bool PausesWhileSuspended { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi căn cứ pháp lý.")]
        [StringLength(500, ErrorMessage = "Căn cứ không quá {1} ký tự.")]
        public string? LegalSource { get; set; }

        public bool ToVerify { get; set; }

        public static InputModel From(DeadlinePolicy p) => new()
        {
            Unit = p.Unit,
            Days = p.Days,
            ComplexDays = p.ComplexDays,
            RemoteDays = p.RemoteDays,
            RemoteComplexDays = p.RemoteComplexDays,
            MaxExtensions = p.MaxExtensions,
            MaxDaysPerExtension = p.MaxDaysPerExtension,
            PausesWhileWaitingForFiler = p.PausesWhileWaitingForFiler,
            PausesWhileSuspended = p.PausesWhileSuspended,
            LegalSource = p.LegalSource,
            ToVerify = p.ToVerify,
        };

        public void ApplyTo(DeadlinePolicy p)
        {
            p.Unit = Unit!.Value;
            p.Days = Days!.Value;
            p.ComplexDays = ComplexDays;
            p.RemoteDays = RemoteDays;
            p.RemoteComplexDays = RemoteComplexDays;
            p.MaxExtensions = MaxExtensions;
            p.MaxDaysPerExtension = MaxDaysPerExtension;
            p.PausesWhileWaitingForFiler = PausesWhileWaitingForFiler;
            p.PausesWhileSuspended = PausesWhileSuspended;
            p.LegalSource = LegalSource!.Trim();
            p.ToVerify = ToVerify;
        }
    }
}
