using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Pages.Overview;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>"Chấm điểm": scores every agency for a period on a rubric and freezes the run (issue 6, item 4).</summary>
public sealed class NewRunModel(FeedbackDbContext db, ScoringRunService runs, ScoringProblemMessages problems, TimeProvider time) : PageModel
{
    public StoredRubric Stored { get; private set; } = null!;

    public IReadOnlyList<ScoringProblem> RubricProblems { get; private set; } = [];

    public PeriodQuery Query { get; private set; } = new(null, null, null, null, null);

    public string? Name { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Why no run was made: a period to correct (400) or the service's refusal (422).</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Query = PeriodQuery.From(Request.Query, VietnamTime.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(time);
        Query = PeriodQuery.From(new QueryCollection(Request.Form.ToDictionary(f => f.Key, f => f.Value)), today);
        Name = Request.Form["ten"].ToString().Trim();
        Note = Request.Form["ghi-chu"].ToString().Trim();
        var (period, problem) = Query.Resolve(today);
        if (period is null || problem is not null)
        {
            Problems = [problem ?? "Kỳ chấm điểm không hợp lệ."];
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        if (Name.Length is 0 or > ScoringRun.NameMaxLength || Note.Length > ScoringRun.NoteMaxLength)
        {
            Problems = [$"Vui lòng đặt tên cho đợt chấm điểm (tối đa {ScoringRun.NameMaxLength} ký tự); ghi chú tối đa {ScoringRun.NoteMaxLength} ký tự."];
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var outcome = await runs.RunAsync(id, period, Name, Note, User.Actor(), cancellationToken);
        if (outcome.Run is null)
        {
            Problems = problems.For(outcome.Problems);
            return this.PageWithStatus(StatusCodes.Status422UnprocessableEntity);
        }

        return Redirect($"/tong-hop/cham-diem/dot/{outcome.Run.Id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Stored = (await db.StoredRubrics.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))!;
        if (Stored is null)
        {
            return false;
        }

        RubricProblems = Stored.Read().Problems();
        return true;
    }
}
