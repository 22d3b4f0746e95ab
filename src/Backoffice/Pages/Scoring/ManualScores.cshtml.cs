using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Pages.Overview;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// Manual scores for one agency and period on a rubric's manual criteria, each with its evidence (issue 6, item 3).
/// Leaving a criterion's points and evidence empty removes its score.
/// </summary>
public sealed partial class ManualScoresModel(
    FeedbackDbContext db, RubricService rubrics, ScoringProblemMessages problems, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<ScoreInput> Scores { get; set; } = [];

    public StoredRubric Stored { get; private set; } = null!;

    public IReadOnlyList<RubricCriterion> ManualCriteria { get; private set; } = [];

    public PeriodQuery Query { get; private set; } = new(null, null, null, null, null);

    public MetricsPeriod? Period { get; private set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public Agency? Agency { get; private set; }

    public IReadOnlyList<StoredManualScore> Entered { get; private set; } = [];

    public ReferenceDirectory Directory { get; private set; } = null!;

    public string? Problem { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Problem is not null)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        Scores = [.. ManualCriteria.Select(c => Entered.FirstOrDefault(s => s.AgencyCode == Agency?.Code && s.CriterionCode == c.Code) is { } s
            ? new ScoreInput { Criterion = c.Code, Points = ScoringText.Format(s.Points), Evidence = s.Evidence, Note = s.Note }
            : new ScoreInput { Criterion = c.Code })];
        Saved = Request.Query.ContainsKey("da-luu");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Problem is not null || Agency is null || Period is null)
        {
            Problem ??= "Vui lòng chọn cơ quan để nhập điểm.";
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var parsed = ReadScores();

        // Each refused score says why; the others are saved.
        foreach (var (criterion, score) in parsed)
        {
            var refused = await rubrics.SetManualScoreAsync(id, Period, Agency.Code, criterion, score, User.Actor(), cancellationToken);
            var row = Scores.FindIndex(s => s.Criterion == criterion);
            foreach (var problem in problems.For(refused))
            {
                ModelState.AddModelError<ManualScoresModel>(m => m.Scores[row].Points, problem);
            }
        }

        if (!ModelState.IsValid)
        {
            Entered = await EnteredAsync(id, Period, cancellationToken);
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        return Redirect($"/tong-hop/cham-diem/bo-tieu-chi/{id}/diem-cham-tay?{PeriodQuery.ToQuery(Period)}&co-quan={Uri.EscapeDataString(Agency.Code)}&da-luu=1");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Stored = (await db.StoredRubrics.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken))!;
        if (Stored is null)
        {
            return false;
        }

        ManualCriteria = [.. Stored.Read().Criteria.Where(c => c.Method == ScoringMethod.Manual)];
        Directory = await referenceData.GetAsync(cancellationToken);
        Agencies = [.. Directory.Agencies.OrderBy(a => a.Name, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))];
        var today = VietnamTime.Today(time);
        Query = PeriodQuery.From(Request.Query, today);
        (Period, Problem) = Query.Resolve(today);
        var code = Request.Query["co-quan"].ToString();
        if (code.Length > 0)
        {
            Agency = Directory.FindAgency(code);
            Problem ??= Agency is null ? "Cơ quan không có trong danh sách." : null;
        }

        if (Period is not null)
        {
            Entered = await EnteredAsync(id, Period, cancellationToken);
        }

        return true;
    }

    private async Task<IReadOnlyList<StoredManualScore>> EnteredAsync(int id, MetricsPeriod period, CancellationToken cancellationToken) =>
        await db.StoredManualScores.AsNoTracking()
            .Where(s => s.RubricId == id && s.PeriodFirst == period.First && s.PeriodLast == period.Last)
            .OrderBy(s => s.AgencyCode).ThenBy(s => s.CriterionCode)
            .ToListAsync(cancellationToken);
}
