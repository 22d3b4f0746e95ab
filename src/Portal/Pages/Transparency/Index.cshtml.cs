using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages.Transparency;

/// <summary>
/// Công khai số liệu (issue 6): each agency's and commune's on-time rate, median time to answer and satisfaction,
/// for this year and for the last twelve months, read from the nightly snapshots only: no personal data, nothing
/// computed on a visit, and the same figures all day.
/// </summary>
public sealed class IndexModel(AgencyMetricsService metrics, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    public static readonly string[] SortKeys = ["dung-han", "thoi-gian", "hai-long", "ten"];

    public bool LastTwelveMonths { get; private set; }

    public bool Communes { get; private set; }

    public string Sort { get; private set; } = "dung-han";

    public MetricsPeriod Period { get; private set; } = null!;

    public DateTimeOffset? TakenAt { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "ky")] string? period, [FromQuery(Name = "loai")] string? kind, [FromQuery(Name = "sap-xep")] string? sort, CancellationToken cancellationToken)
    {
        if (period is not (null or "nam" or "12-thang") || kind is not (null or "so-nganh" or "xa-phuong") || (sort is not null && !SortKeys.Contains(sort)))
        {
            return BadRequest();
        }

        LastTwelveMonths = period == "12-thang";
        Communes = kind == "xa-phuong";
        Sort = sort ?? Sort;

        // The nightly job's periods: the year and the twelve months up to yesterday.
        var yesterday = VietnamTime.Today(time).AddDays(-1);
        Period = LastTwelveMonths ? MetricsPeriod.TwelveMonthsTo(yesterday) : MetricsPeriod.Year(yesterday.Year);
        var kept = await metrics.SnapshotAsync(Period, cancellationToken);
        TakenAt = kept?.TakenAt;

        var directory = await referenceData.GetAsync(cancellationToken);
        var rows = (kept?.Agencies ?? [])
            .Select(f => (Agency: directory.FindAgency(f.AgencyCode), Figures: f))
            .Where(r => r.Agency is not null && (r.Agency.Kind == AgencyKind.CommuneCommittee) == Communes && r.Figures.Answered + r.Figures.ServiceRatings > 0)
            .Select(r => new Row(r.Agency!.Name, r.Figures.Answered, r.Figures.OnTimeRate, r.Figures.MedianWorkingDaysToAnswer, r.Figures.AnswerSatisfactionRate, r.Figures.ServiceSatisfactionRate, r.Figures.ServiceRatings))
            .ToList();
        var byName = StringComparer.Create(ReferenceDirectory.VietnameseCulture, false);
        Rows = Sort switch
        {
            "thoi-gian" => rows.OrderBy(r => r.MedianDays is null).ThenBy(r => r.MedianDays).ThenBy(r => r.Name, byName).ToList(),
            "hai-long" => rows.OrderBy(r => r.AnswerSatisfaction is null).ThenByDescending(r => r.AnswerSatisfaction).ThenBy(r => r.Name, byName).ToList(),
            "ten" => rows.OrderBy(r => r.Name, byName).ToList(),
            _ => rows.OrderBy(r => r.OnTimeRate is null).ThenByDescending(r => r.OnTimeRate).ThenBy(r => r.Name, byName).ToList(),
        };
        return Page();
    }

    public string Link(string? period = null, string? kind = null, string? sort = null) =>
        $"/so-lieu?ky={period ?? (LastTwelveMonths ? "12-thang" : "nam")}&loai={kind ?? (Communes ? "xa-phuong" : "so-nganh")}&sap-xep={sort ?? Sort}";

    public sealed record Row(string Name, int Answered, decimal? OnTimeRate, decimal? MedianDays, decimal? AnswerSatisfaction, decimal? ServiceSatisfaction, int ServiceRatings);
}
