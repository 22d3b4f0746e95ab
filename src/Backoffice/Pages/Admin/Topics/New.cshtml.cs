using DanVan.Feedback.Backoffice.Staff;
using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Topics;

/// <summary>Adds a topic. Its code is the identifier cases and rules keep, so it is chosen once.</summary>
public sealed class NewModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Input.SortOrder = Directory.Topics.Count == 0 ? 1 : Directory.Topics.Max(t => t.SortOrder) + 1;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Input.Check(Directory, ModelState);
        var code = Input.Code?.Trim() ?? "";
        if (code == "them")
        {
            // "/quan-tri/linh-vuc/them" is this page: a topic of that code could never be opened.
            ModelState.AddModelError<NewModel>(m => m.Input.Code, "Mã này trùng với địa chỉ trang quản trị; vui lòng chọn mã khác.");
        }
        else if (ModelState.GetFieldValidationState(FormField.Of<NewModel>(m => m.Input.Code).Name) == ModelValidationState.Valid
            && await db.Topics.AnyAsync(t => t.Code == code, cancellationToken))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Code, $"Mã {code} đã được dùng cho một lĩnh vực khác.");
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var topic = new Topic { Code = code, Name = "", NameEn = "", Hint = "", Scope = Input.Scope!.Value, OwnerAgencyCode = Input.OwnerAgencyCode! };
        Input.ApplyTo(topic);
        db.Topics.Add(topic);
        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), code, $"Thêm lĩnh vực {code}. {AdminAudit.Fields(TopicInput.Describe(topic))}");
        await db.SaveChangesAsync(cancellationToken);
        referenceData.Invalidate();
        return Redirect("/quan-tri/linh-vuc");
    }

    public sealed class InputModel : TopicInput
    {
        // Like the shipped codes (dat-dai, ve-sinh-moi-truong): the name without diacritics, words joined by "-".
        [Required(ErrorMessage = "Vui lòng nhập mã lĩnh vực.")]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Mã lĩnh vực gồm chữ thường không dấu và chữ số, các từ nối bằng dấu gạch ngang, ví dụ an-toan-thuc-pham.")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Mã lĩnh vực không quá {1} ký tự.")]
        public string? Code { get; set; }
    }
}
