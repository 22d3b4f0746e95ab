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

namespace DanVan.Feedback.Backoffice.Pages.Admin.Agencies;

/// <summary>Renames an agency, as after a reorganisation; its code stays, so nothing that refers to it breaks.</summary>
public sealed class EditModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Agency Agency { get; private set; } = null!;

    /// <summary>Where the agency is named, so the administrator sees what a rename reaches.</summary>
    public IReadOnlyList<string> OwnedTopics { get; private set; } = [];

    public IReadOnlyList<string> NamingRules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Input.Name = Agency.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var name = Input.Name?.Trim() ?? "";
        if (ModelState.IsValid && await db.Agencies.AnyAsync(a => a.Name == name && a.Code != code, cancellationToken))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Name, $"Đã có cơ quan khác tên “{name}” trong danh mục.");
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        if (name != Agency.Name)
        {
            db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), Agency.Code,
                $"Đổi tên cơ quan {Agency.Code}: {Agency.Name} → {name}");
            Agency.Name = name;
            await db.SaveChangesAsync(cancellationToken);
            referenceData.Invalidate();
        }

        return Redirect("/quan-tri/co-quan");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.Agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken) is not { } agency)
        {
            return false;
        }

        Agency = agency;
        OwnedTopics = await db.Topics.AsNoTracking().Where(t => t.OwnerAgencyCode == code).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync(cancellationToken);
        NamingRules = (await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => r.LeadAgencyCode == code || r.OverseerAgencyCode == code || r.CoordinatingAgencies.Contains(code))
            .OrderBy(r => r.Priority)
            .Select(r => r.Code)
            .ToList();
        return true;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên cơ quan.")]
        [StringLength(Agency.NameMaxLength, ErrorMessage = "Tên cơ quan không quá {1} ký tự.")]
        public string? Name { get; set; }
    }
}
