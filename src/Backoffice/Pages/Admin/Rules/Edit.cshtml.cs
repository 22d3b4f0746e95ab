using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Rules;

/// <summary>
/// Edits one routing rule. "Xem thử" routes a sample filing on the rules as they are and as they would
/// be, without saving; "Lưu" stores the rule and its before/after in the audit log together.
/// </summary>
public sealed class EditModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time, CaseVocabulary words) : PageModel
{
    [BindProperty]
    public RuleInput Input { get; set; } = new();

    [BindProperty]
    public SampleFiling Sample { get; set; } = new();

    public RoutingRule Rule { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public RulePreview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input = RuleInput.From(Rule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input.Check(Directory, ModelState);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var before = RuleInput.Describe(Rule, Directory, words).ToList();
        Input.ApplyTo(Rule);
        var changes = AdminAudit.Changes(before, RuleInput.Describe(Rule, Directory, words));
        if (changes.Length > 0)
        {
            db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), Rule.Code, $"Sửa quy tắc {Rule.Code}. {changes}");
            await db.SaveChangesAsync(cancellationToken);
            referenceData.Invalidate();
        }

        return Redirect("/quan-tri/quy-tac");
    }

    public async Task<IActionResult> OnPostPreviewAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input.Check(Directory, ModelState);
        if (!Sample.Check(Directory, ModelState))
        {
            return this.Invalid();
        }

        // Applied to the tracked copy only to route on it: nothing is saved on this handler.
        Input.ApplyTo(Rule);
        Preview = Preview with
        {
            Before = Sample.Route(Directory.Rules, Directory),
            After = Sample.Route([.. Directory.Rules.Where(r => r.Code != Rule.Code), Rule], Directory),
        };
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.RoutingRules.SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } rule)
        {
            return false;
        }

        Rule = rule;
        Directory = await referenceData.GetAsync(cancellationToken);
        Preview = new RulePreview(Sample, Directory, null, null);
        return true;
    }
}
