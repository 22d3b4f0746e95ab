using System.Globalization;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>Two frozen runs side by side: totals, ranks, classes and each criterion's points, agency by agency.</summary>
public sealed class CompareModel(FeedbackDbContext db, ScoringRunService runs) : PageModel
{
    public IReadOnlyList<RunOption> Runs { get; private set; } = [];

    public long? A { get; private set; }

    public long? B { get; private set; }

    public ScoringComparison? Comparison { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var options = await db.ScoringRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Name, r.PeriodFirst, r.PeriodLast })
            .Take(200)
            .ToListAsync(cancellationToken);
        Runs = [.. options.Select(r => new RunOption(r.Id, $"{r.Name} ({MetricsPeriod.Range(r.PeriodFirst, r.PeriodLast).Label})"))];
        (A, var badA) = Id("a");
        (B, var badB) = Id("b");
        if (badA || badB)
        {
            Problem = "Đợt chấm điểm được chọn không hợp lệ; vui lòng chọn lại từ danh sách.";
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        if (A is not { } a || B is not { } b)
        {
            return Page();
        }

        if (a == b)
        {
            Problem = "Vui lòng chọn hai đợt chấm điểm khác nhau.";
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        Comparison = await runs.CompareAsync(a, b, cancellationToken);
        if (Comparison is null)
        {
            Problem = "Không có đợt chấm điểm được chọn; có thể đường dẫn đã cũ.";
            return this.PageWithStatus(StatusCodes.Status404NotFound);
        }

        return Page();
    }

    private (long? Id, bool Bad) Id(string name)
    {
        var text = Request.Query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? (id, false) : (null, true);
    }

    public sealed record RunOption(long Id, string Label);
}
