using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// Edits a rubric as a plain form that works without script: spare band rows, and "Thêm tiêu chí" posts the form
/// back with one more criterion. A rubric with problems is saved as a draft and listed with them; it cannot be run.
/// </summary>
public sealed class RubricModel(FeedbackDbContext db, RubricService rubrics, ScoringProblemMessages problems) : PageModel
{
    [BindProperty]
    public RubricInput Input { get; set; } = new();

    public StoredRubric Stored { get; private set; } = null!;

    /// <summary>What stops the stored rubric from being run; empty when it can be.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rubric = Stored.Read();
        Input = RubricInput.From(rubric);
        Problems = problems.For(rubric.Problems());
        Saved = Request.Query.ContainsKey("da-luu");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rubric = Input.ToRubric(ModelState);
        if (rubric is null)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        await rubrics.SaveAsync(id, rubric, User.Actor(), cancellationToken);
        return Redirect($"/tong-hop/cham-diem/bo-tieu-chi/{id}?da-luu=1");
    }

    /// <summary>The form again with a blank criterion at the end; nothing is saved until "Lưu".</summary>
    public async Task<IActionResult> OnPostAddCriterionAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Input.Criteria.Count >= RubricLimits.MaxCriteria)
        {
            ModelState.AddModelError<RubricModel>(m => m.Input.Criteria, RubricInput.TooManyCriteria);
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        Input.Criteria.Add(CriterionInput.Blank());
        Problems = problems.For(Stored.Read().Problems());
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Stored = (await db.StoredRubrics.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))!;
        return Stored is not null;
    }
}
