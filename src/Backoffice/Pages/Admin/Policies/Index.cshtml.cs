using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Policies;

/// <summary>Thời hạn theo luật: every legal time limit the system applies, with its source.</summary>
public sealed class IndexModel(FeedbackDbContext db) : PageModel
{
    public IReadOnlyList<DeadlinePolicy> Policies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Policies = await db.DeadlinePolicies.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.Stage)
            .ToListAsync(cancellationToken);
}
