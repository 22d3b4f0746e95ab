using DanVan.Feedback.Backoffice.Staff;
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
public sealed partial class EditModel(
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
}
