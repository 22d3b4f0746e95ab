using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>Gửi phản ánh, kiến nghị: the form a citizen or business fills to file a case.</summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
public sealed class NewModel(CaseService cases, ReferenceDataCache referenceData) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Directory = await referenceData.GetAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        CheckAgainstReferenceData();
        CheckContactAndOrganisation();
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake(), cancellationToken);
        }
        catch (CaseIntakeException)
        {
            // Reference data changed between the check and the save (an administrator's edit): ask again.
            ModelState.AddModelError("Input.TopicCode", "Lĩnh vực hoặc địa bàn đã chọn không còn hợp lệ. Quý vị vui lòng chọn lại.");
            return Invalid();
        }

        TempData[SentModel.CodeKey] = filed.Code.ToString();
        TempData[SentModel.AgencyKey] = filed.LeadAgencyName;
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    private PageResult Invalid()
    {
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private void CheckAgainstReferenceData()
    {
        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", "Lĩnh vực đã chọn không có trong danh sách. Quý vị vui lòng chọn lại.");
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            ModelState.AddModelError("Input.LocalityCode", "Xã, phường, đặc khu đã chọn không có trong danh sách. Quý vị vui lòng chọn lại.");
        }
    }

    // Checks across fields run on every post, not only once each field is valid on its own, so the
    // filer sees every problem in one go.
    private void CheckContactAndOrganisation()
    {
        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Phone", "Quý vị vui lòng nhập số điện thoại hoặc thư điện tử để cơ quan liên hệ, trả lời.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Phone) && ContactNormalizer.NormalizePhone(Input.Phone) is null)
        {
            ModelState.AddModelError("Input.Phone", "Số điện thoại chưa đúng. Quý vị vui lòng nhập số điện thoại Việt Nam, ví dụ 0912 345 678.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Email) && ContactNormalizer.NormalizeEmail(Input.Email) is null)
        {
            ModelState.AddModelError("Input.Email", "Địa chỉ thư điện tử chưa đúng. Quý vị vui lòng nhập theo dạng ten@vidu.vn.");
        }

        if (Input.FilerType == FilerType.Business && string.IsNullOrWhiteSpace(Input.OrganisationName))
        {
            ModelState.AddModelError("Input.OrganisationName", "Quý vị vui lòng nhập tên tổ chức, doanh nghiệp.");
        }

        if (Input.Description is { Length: > 0 } text && text.Trim().Length < FeedbackCase.DescriptionMinLength)
        {
            ModelState.AddModelError("Input.Description", $"Nội dung cần ít nhất {FeedbackCase.DescriptionMinLength} ký tự, đủ để cơ quan hiểu rõ vấn đề.");
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Quý vị vui lòng chọn gửi phản ánh hay kiến nghị.")]
        [AllowedValues(CaseKind.Feedback, CaseKind.Recommendation, ErrorMessage = "Quý vị vui lòng chọn gửi phản ánh hay kiến nghị.")]
        [Display(Name = "loại phản ánh, kiến nghị")]
        public CaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng chọn lĩnh vực.")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Lĩnh vực đã chọn không có trong danh sách. Quý vị vui lòng chọn lại.")]
        [Display(Name = "lĩnh vực")]
        public string? TopicCode { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng chọn xã, phường hoặc đặc khu nơi xảy ra vụ việc.")]
        [StringLength(Locality.CodeLength, ErrorMessage = "Xã, phường, đặc khu đã chọn không có trong danh sách. Quý vị vui lòng chọn lại.")]
        [Display(Name = "xã, phường, đặc khu")]
        public string? LocalityCode { get; set; }

        [Display(Name = "trong khu công nghiệp, khu kinh tế")]
        public bool InIndustrialZone { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng nhập tiêu đề.")]
        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Tiêu đề không quá {1} ký tự.")]
        [Display(Name = "tiêu đề")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng nhập nội dung phản ánh, kiến nghị.")]
        [StringLength(FeedbackCase.DescriptionMaxLength, MinimumLength = FeedbackCase.DescriptionMinLength,
            ErrorMessage = "Nội dung cần từ {2} đến {1} ký tự, đủ để cơ quan hiểu rõ vấn đề.")]
        [Display(Name = "nội dung")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng cho biết quý vị là cá nhân hay tổ chức, doanh nghiệp.")]
        [Display(Name = "tư cách người gửi")]
        public FilerType? FilerType { get; set; }

        [StringLength(Filer.OrganisationMaxLength, ErrorMessage = "Tên tổ chức, doanh nghiệp không quá {1} ký tự.")]
        [Display(Name = "tên tổ chức, doanh nghiệp")]
        public string? OrganisationName { get; set; }

        [Required(ErrorMessage = "Quý vị vui lòng nhập họ và tên.")]
        [StringLength(Filer.NameMaxLength, ErrorMessage = "Họ và tên không quá {1} ký tự.")]
        [Display(Name = "họ và tên")]
        public string? FilerName { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Số điện thoại không quá {1} ký tự.")]
        [Display(Name = "số điện thoại")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Địa chỉ thư điện tử không quá {1} ký tự.")]
        [Display(Name = "thư điện tử")]
        public string? Email { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Quý vị vui lòng xác nhận đã đọc thông báo xử lý dữ liệu cá nhân.")]
        [Display(Name = "xác nhận đã đọc thông báo")]
        public bool PrivacyAccepted { get; set; }

        /// <summary>Consent to publish the redacted answer (DOMAIN.md: published only with the filer's consent).</summary>
        public bool ConsentsToPublication { get; set; }

        public CaseIntake ToIntake() => new()
        {
            Kind = Kind!.Value,
            Channel = CaseChannel.Web,
            ConsentsToPublication = ConsentsToPublication,
            TopicCode = TopicCode!,
            LocalityCode = LocalityCode,
            InIndustrialZone = InIndustrialZone,
            Title = Title!,
            Description = Description!,
            FilerType = FilerType!.Value,
            FilerName = FilerName!,
            OrganisationName = OrganisationName,
            Phone = Phone,
            Email = Email,
        };
    }
}
