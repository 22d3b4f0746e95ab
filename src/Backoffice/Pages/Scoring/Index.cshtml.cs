using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>Sở Nội vụ's scoring (issue 6, items 3 and 4): the rubrics assessors keep and the runs frozen from them.</summary>
public sealed class IndexModel(FeedbackDbContext db, RubricService rubrics) : PageModel
{
    public IReadOnlyList<RubricRow> Rubrics { get; private set; } = [];

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stored = await db.StoredRubrics.AsNoTracking().OrderByDescending(r => r.UpdatedAt).ToListAsync(cancellationToken);
        Rubrics = [.. stored.Select(r => new RubricRow(r.Id, r.Name, r.TotalPoints, r.IsExample, r.Read().Problems().Count, r.UpdatedBy, r.UpdatedAt))];
        var runs = await db.ScoringRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Name, r.PeriodFirst, r.PeriodLast, r.RubricName, r.Fingerprint, r.CreatedBy, r.CreatedAt })
            .Take(200)
            .ToListAsync(cancellationToken);
        Runs = [.. runs.Select(r => new RunRow(r.Id, r.Name, Core.Metrics.MetricsPeriod.Range(r.PeriodFirst, r.PeriodLast).Label, r.RubricName, r.Fingerprint, r.CreatedBy, r.CreatedAt))];
    }

    public async Task<IActionResult> OnPostFromExampleAsync(CancellationToken cancellationToken)
    {
        var stored = await rubrics.CreateFromExampleAsync(User.Actor(), cancellationToken);
        return Redirect($"/tong-hop/cham-diem/bo-tieu-chi/{stored.Id}");
    }

    public sealed record RubricRow(int Id, string Name, decimal TotalPoints, bool IsExample, int ProblemCount, string UpdatedBy, DateTimeOffset UpdatedAt);

    public sealed record RunRow(long Id, string Name, string Period, string RubricName, string Fingerprint, string CreatedBy, DateTimeOffset CreatedAt);
}
