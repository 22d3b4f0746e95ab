using DanVan.Feedback.Backoffice.Staff;
using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Rules;

/// <summary>Adds a routing rule, with the same "xem thử" as the edit page; the code, kept on every case it routes, is chosen once.</summary>
public sealed class NewModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time, CaseVocabulary words) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public SampleFiling Sample { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public RulePreview Preview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await CheckAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var rule = Build();
        db.RoutingRules.Add(rule);
        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), rule.Code,
            $"Thêm quy tắc {rule.Code}. {AdminAudit.Fields(RuleInput.Describe(rule, Directory, words))}");
        await db.SaveChangesAsync(cancellationToken);
        referenceData.Invalidate();
        return Redirect("/quan-tri/quy-tac");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await CheckAsync(cancellationToken);
        if (!Sample.Check(Directory, ModelState))
        {
            return this.Invalid();
        }

        Preview = Preview with
        {
            Before = Sample.Route(Directory.Rules, Directory),
            After = Sample.Route([.. Directory.Rules, Build()], Directory),
        };
        return Page();
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        Input.Check(Directory, ModelState);
        var code = Input.Code?.Trim();
        if (code == RoutingDecision.TriageRuleCode)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Code, $"Mã {code} được dành cho hồ sơ không thuộc quy tắc nào; vui lòng chọn mã khác.");
        }
        else if (ModelState.GetFieldValidationState(FormField.Of<NewModel>(m => m.Input.Code).Name) == ModelValidationState.Valid
            && await db.RoutingRules.AnyAsync(r => r.Code == code, cancellationToken))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Code, $"Mã {code} đã được dùng cho một quy tắc khác.");
        }
    }

    private RoutingRule Build()
    {
        var rule = new RoutingRule { Code = Input.Code!.Trim(), Priority = 0, Description = "", Task = "", LeadSelector = LeadSelector.Fixed };
        Input.ApplyTo(rule);
        return rule;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Preview = new RulePreview(Sample, Directory, null, null);
    }

    public sealed class InputModel : RuleInput
    {
        // Like the shipped codes (DIA-PHUONG, KKT-NOI-KHU): capitals without diacritics, words joined by "-".
        [Required(ErrorMessage = "Vui lòng nhập mã quy tắc.")]
        [RegularExpression("^[A-Z0-9]+(-[A-Z0-9]+)*$", ErrorMessage = "Mã quy tắc gồm chữ in hoa không dấu và chữ số, các từ nối bằng dấu gạch ngang, ví dụ Y-TE-KKT.")]
        [StringLength(RoutingRule.CodeMaxLength, ErrorMessage = "Mã quy tắc không quá {1} ký tự.")]
        public string? Code { get; set; }
    }
}
