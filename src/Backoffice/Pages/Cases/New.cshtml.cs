using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>
/// Nhập hồ sơ: an officer records a case that came by hotline, phone, in person, SMS, e-mail or post
/// (task 4.4). It is routed like a Portal filing, so it may land in another agency's inbox.
/// </summary>
public sealed partial class NewModel(CaseService cases, FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    public static readonly CaseChannel[] Channels = [CaseChannel.Hotline, CaseChannel.Phone, CaseChannel.InPerson, CaseChannel.Sms, CaseChannel.Email, CaseChannel.Post];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    /// <summary>Shown after a case is recorded (through TempData, so a refresh does not file it twice): its code and where the router sent it.</summary>
    public (string Code, string AgencyName)? Recorded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        if (TempData["RecordedCode"] is string code && TempData["RecordedAgency"] is string agency)
        {
            Recorded = (code, agency);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Check();
        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake(), cancellationToken);
        }
        catch (CaseIntakeException)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.TopicCode, "Lĩnh vực hoặc địa bàn vừa được thay đổi; vui lòng chọn lại.");
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        db.AuditLog.Record(
            HttpContext, AuditAction.CaseRecorded, time.GetUtcNow(), filed.Code.Value, $"Kênh {Input.Channel}; chuyển đến {filed.LeadAgencyCode}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["RecordedCode"] = filed.Code.ToString();
        TempData["RecordedAgency"] = filed.LeadAgencyName;
        return LocalRedirect("/ho-so/nhap-moi");
    }

    private void Check()
    {
        if (Input.Channel is { } channel && !Channels.Contains(channel))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Channel, "Vui lòng chọn kênh tiếp nhận.");
        }

        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.TopicCode, "Lĩnh vực đã chọn không có trong danh sách.");
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.LocalityCode, "Xã, phường, đặc khu đã chọn không có trong danh sách.");
        }

        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Phone, "Vui lòng ghi số điện thoại hoặc thư điện tử để trả lời người gửi.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Phone) && ContactNormalizer.NormalizePhone(Input.Phone) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Phone, "Số điện thoại chưa đúng, ví dụ 0912 345 678.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Email) && ContactNormalizer.NormalizeEmail(Input.Email) is null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Email, "Địa chỉ thư điện tử chưa đúng.");
        }

        if (Input.FilerType == FilerType.Business && string.IsNullOrWhiteSpace(Input.OrganisationName))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.OrganisationName, "Vui lòng ghi tên tổ chức, doanh nghiệp.");
        }

        // Luật Tố cáo 2018: only a person may denounce, with full name and address.
        if (Input.Kind == CaseKind.Denunciation && (Input.FilerType != FilerType.Person || string.IsNullOrWhiteSpace(Input.Address)))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Address, "Tố cáo chỉ do cá nhân thực hiện và phải có họ tên, địa chỉ người tố cáo. Thông tin không rõ người gửi được xử lý như phản ánh.");
        }

        if (Input.Description is { Length: > 0 } text && text.Trim().Length < FeedbackCase.DescriptionMinLength)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Description, $"Nội dung cần ít nhất {FeedbackCase.DescriptionMinLength} ký tự.");
        }
    }
}
