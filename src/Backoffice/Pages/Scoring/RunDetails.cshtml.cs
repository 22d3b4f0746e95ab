using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Core.Scoring.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// One frozen run: the ranking with each criterion's points, the fingerprint, and "Kiểm tra lại", which recomputes
/// the run from its own frozen inputs and says whether the fingerprint and results come out the same; and the run's
/// downloads (ADR 19): the workbook, with or without the cases behind each figure, the CSV, and the CCHC component.
/// </summary>
public sealed class RunDetailsModel(
    FeedbackDbContext db, ScoringRunService runs, ScoringDrillDowns drillDowns, IOptions<CchcComponentOptions> cchcOptions) : PageModel
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

    /// <summary>The workbook; <paramref name="withCases"/> adds a sheet of the cases behind each figure (up to 5,000 per agency).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(long id, [FromQuery(Name = "ho-so")] bool withCases, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        var export = ScoringExport.Of(run) with { CchcComponentMaxPoints = cchcOptions.Value.CchcComponentMaxPoints };
        if (withCases)
        {
            export = export with { DrillDowns = await drillDowns.LoadAsync(export.Rubric, export.Result, export.Period, cancellationToken) };
        }

        StartDownload(ScoringWorkbook.ContentType, ScoringWorkbook.FileName(export));
        await ScoringWorkbook.WriteAsync(Response.Body, export, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The ranking as CSV; <paramref name="cchc"/> gives only each agency's component of the CCHC assessment (task 4.7).</summary>
    public async Task<IActionResult> OnGetCsvAsync(long id, [FromQuery(Name = "cchc")] bool cchc, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        var export = ScoringExport.Of(run) with { CchcComponentMaxPoints = cchcOptions.Value.CchcComponentMaxPoints };
        StartDownload(ScoringCsv.ContentType, ScoringCsv.FileName(export, cchc));
        await (cchc ? ScoringCsv.WriteCchcComponentAsync(Response.Body, export, cancellationToken) : ScoringCsv.WriteAsync(Response.Body, export, cancellationToken));
        return new EmptyResult();
    }

    private void StartDownload(string contentType, string fileName)
    {
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, DispositionType = "attachment" }.ToString();
        Response.Headers.CacheControl = "no-store";
    }

    private Task<ScoringRun?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.ScoringRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } run)
        {
            return false;
        }

        Run = run;
        Rubric = Run.Rubric();
        Result = Run.Result();
        return true;
    }
}
