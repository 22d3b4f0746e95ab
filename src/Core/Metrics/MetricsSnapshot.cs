using System.Text.Json;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// One agency's figures for one period as the nightly job found them (issue 6). A period's snapshot is last taken the
/// night after it ends and never again, so its history does not shift when old cases change later.
/// </summary>
public sealed class MetricsSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { IgnoreReadOnlyProperties = true };

    private MetricsSnapshot()
    {
    }

    public long Id { get; private set; }

    public DateOnly PeriodFirst { get; private set; }

    public DateOnly PeriodLast { get; private set; }

    public string AgencyCode { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    /// <summary>The <see cref="AgencyPeriodMetrics"/>, as JSON: the figures grow with the issues, the table does not.</summary>
    public string Figures { get; private set; } = "";

    public static MetricsSnapshot Take(MetricsPeriod period, AgencyPeriodMetrics metrics, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(metrics);
        return new MetricsSnapshot
        {
            PeriodFirst = period.First,
            PeriodLast = period.Last,
            AgencyCode = metrics.AgencyCode,
            TakenAt = takenAt,
            Figures = JsonSerializer.Serialize(metrics, Json),
        };
    }

    public AgencyPeriodMetrics Read() =>
        JsonSerializer.Deserialize<AgencyPeriodMetrics>(Figures, Json)
        ?? throw new InvalidOperationException($"Snapshot {Id} holds no figures.");
}
