using DanVan.Feedback.Backoffice.Staff;
using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using DanVan.Feedback.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Policies;

/// <summary>Corrects one legal time limit; a limit that contradicts itself is refused with the reason.</summary>
public sealed class EditModel(
    FeedbackDbContext db,
    DeadlineRulesCache deadlineRules,
    IJobScheduler jobs,
    TimeProvider time,
    CaseVocabulary words,
    IStringLocalizer<PolicyProblemText> problems,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DeadlinePolicy Policy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var policy = await db.DeadlinePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return NotFound();
        }

        Policy = policy;
        Input = InputModel.From(policy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var policy = await db.DeadlinePolicies.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return NotFound();
        }

        Policy = policy;
        var before = Describe(policy).ToList();
        if (ModelState.IsValid)
        {
            Input.ApplyTo(policy);
            foreach (var problem in policy.Problems())
            {
                ModelState.AddModelError(string.Empty, problems.Say(problem, a => a is LongerLimit limit ? problems.Word("PolicyRule.Limit.", limit) : a));
            }
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var changes = AdminAudit.Changes(before, Describe(policy));
        if (changes.Length == 0)
        {
            return RedirectToPage("Index");
        }

        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), policy.Code, $"Sửa thời hạn {policy.Code}. {changes}");
        await db.SaveChangesAsync(cancellationToken);
        deadlineRules.Invalidate();
        jobs.EnqueueDeadlineRefresh(logger);
        return RedirectToPage("Index");
    }

    /// <summary>The limit as the audit log describes it.</summary>
    private IEnumerable<(string Label, string Value)> Describe(DeadlinePolicy p)
    {
        yield return ("Đơn vị", words.Unit(p.Unit));
        yield return ("Thời hạn", AdminAudit.Number(p.Days));
        yield return ("Phức tạp", AdminAudit.Number(p.ComplexDays));
        yield return ("Vùng sâu, vùng xa", AdminAudit.Number(p.RemoteDays));
        yield return ("Vùng sâu, vùng xa và phức tạp", AdminAudit.Number(p.RemoteComplexDays));
        yield return ("Số lần gia hạn", AdminAudit.Number(p.MaxExtensions));
        yield return ("Số ngày mỗi lần gia hạn", AdminAudit.Number(p.MaxDaysPerExtension));
        yield return ("Tạm dừng khi chờ bổ sung", AdminAudit.YesNo(p.PausesWhileWaitingForFiler));
        yield return ("Tạm dừng khi tạm đình chỉ", AdminAudit.YesNo(p.PausesWhileSuspended));
        yield return ("Căn cứ", p.LegalSource);
        yield return ("Cần đối chiếu", AdminAudit.YesNo(p.ToVerify));
    }

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
