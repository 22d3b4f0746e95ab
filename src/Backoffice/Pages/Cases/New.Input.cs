using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

public sealed partial class NewModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng chọn kênh tiếp nhận.")]
        public CaseChannel? Channel { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn loại hồ sơ.")]
        public CaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn lĩnh vực.")]
        public string? TopicCode { get; set; }

        public string? LocalityCode { get; set; }

        public bool InIndustrialZone { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi tiêu đề.")]
        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Tiêu đề không quá {1} ký tự.")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi nội dung.")]
        [StringLength(FeedbackCase.DescriptionMaxLength, ErrorMessage = "Nội dung không quá {1} ký tự.")]
        public string? Description { get; set; }

        public FilerType FilerType { get; set; } = FilerType.Person;

        [Required(ErrorMessage = "Vui lòng ghi họ và tên người gửi.")]
        [StringLength(Filer.NameMaxLength, ErrorMessage = "Họ và tên không quá {1} ký tự.")]
        public string? FilerName { get; set; }

        [StringLength(Filer.OrganisationMaxLength, ErrorMessage = "Tên tổ chức không quá {1} ký tự.")]
        public string? OrganisationName { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Số điện thoại không quá {1} ký tự.")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Thư điện tử không quá {1} ký tự.")]
        public string? Email { get; set; }

        [StringLength(300, ErrorMessage = "Địa chỉ không quá {1} ký tự.")]
        public string? Address { get; set; }

        [Range(1, 100_000, ErrorMessage = "Số người ký đơn từ {1} trở lên.")]
        public int SignatoryCount { get; set; } = 1;

        public bool ConsentsToPublication { get; set; }

        public CaseIntake ToIntake() => new()
        {
            Kind = Kind!.Value,
            Channel = Channel!.Value,
            TopicCode = TopicCode!,
            LocalityCode = string.IsNullOrEmpty(LocalityCode) ? null : LocalityCode,
            InIndustrialZone = InIndustrialZone,
            Title = Title!,
            Description = Description!,
            FilerType = FilerType,
            FilerName = FilerName!,
            OrganisationName = OrganisationName,
            Phone = Phone,
            Email = Email,
            Address = Address,
            SignatoryCount = SignatoryCount,
            ConsentsToPublication = ConsentsToPublication,
        };
    }
}
