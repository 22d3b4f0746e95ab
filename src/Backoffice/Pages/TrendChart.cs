using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>What the shared trend chart (<c>_TrendChart.cshtml</c>) draws: twelve months, a caption, and the figure's id.</summary>
public sealed record TrendChart(string Id, string Caption, IReadOnlyList<TrendMonth> Months)
{
    /// <summary>The top of the count scale: the smallest 1, 2 or 5 times a power of ten not below the largest count.</summary>
    public static int NiceCeiling(int largest)
    {
        var step = 1;
        while (true)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                if (factor * step >= Math.Max(largest, 1))
                {
                    return factor * step;
                }
            }

            step *= 10;
        }
    }
}

/// <summary>How the dashboards read the months that are over.</summary>
public static class TrendMonths
{
    /// <summary>
    /// Months that are over are read only from their snapshots: computing the eleven of them took 4.8–5.7 s a page on
    /// the 1,000,000-case bench database (bench/dashboards.sh, 2 cores, load ~3; 6–52 s at load ~16), past the 2 s a
    /// page may take. A month the nightly job never kept shows "chưa có số liệu chốt"; this month is computed when it
    /// has no snapshot yet.
    /// </summary>
    public const ClosedMonthsWithoutSnapshot ClosedMonths = ClosedMonthsWithoutSnapshot.LeaveUnknown;
}
