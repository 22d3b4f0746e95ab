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
