using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Overview;

/// <summary>Sở Nội vụ's overview: counts per agency for the year so far, with no personal data (assessors see aggregates only).</summary>
public sealed class IndexModel(AgencyCaseTotals totals, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<(string AgencyName, AgencyCaseTotal Figures)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Year = today.Year;
        var from = new DateTimeOffset(Year, 1, 1, 0, 0, 0, VietnamTime.Offset);
        var directory = await referenceData.GetAsync(cancellationToken);
        Rows = (await totals.ForPeriodAsync(from, from.AddYears(1), today, cancellationToken))
            .Select(f => (directory.AgencyName(f.AgencyCode), f))
            .OrderBy(r => r.Item1, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))
            .ToList();
    }
}
