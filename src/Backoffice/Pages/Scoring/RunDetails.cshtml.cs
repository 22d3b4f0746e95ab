using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// One frozen run: the ranking with each criterion's points, the fingerprint, and "Kiểm tra lại", which recomputes
/// the run from its own frozen inputs and says whether the fingerprint and results come out the same.
/// </summary>
public sealed class RunDetailsModel(FeedbackDbContext db, ScoringRunService runs) : PageModel
{
    public ScoringRun Run { get; private set; } = null!;

    public Rubric Rubric { get; private set; } = null!;

    public ScoringResult Result { get; private set; } = null!;

    public ScoringRunCheck? Check { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecheckAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Check = await runs.RecheckAsync(id, User.Actor(), cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Run = (await db.ScoringRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))!;
        if (Run is null)
        {
            return false;
        }

        Rubric = Run.Rubric();
        Result = Run.Result();
        return true;
    }
}
