using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Topics;

/// <summary>Edits a topic: its words for the public, its scope and the agency that owns it, which steer routing.</summary>
public sealed class EditModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    [BindProperty]
    public TopicInput Input { get; set; } = new();

    public Topic Topic { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input = new TopicInput
        {
            Name = Topic.Name,
            NameEn = Topic.NameEn,
            Hint = Topic.Hint,
            Scope = Topic.Scope,
            OwnerAgencyCode = Topic.OwnerAgencyCode,
            SortOrder = Topic.SortOrder,
        };
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

        var before = TopicInput.Describe(Topic).ToList();
        Input.ApplyTo(Topic);
        var changes = AdminAudit.Changes(before, TopicInput.Describe(Topic));
        if (changes.Length > 0)
        {
            db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), Topic.Code, $"Sửa lĩnh vực {Topic.Code}. {changes}");
            await db.SaveChangesAsync(cancellationToken);
            referenceData.Invalidate();
        }

        return Redirect("/quan-tri/linh-vuc");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.Topics.SingleOrDefaultAsync(t => t.Code == code, cancellationToken) is not { } topic)
        {
            return false;
        }

        Topic = topic;
        Directory = await referenceData.GetAsync(cancellationToken);
        return true;
    }
}
