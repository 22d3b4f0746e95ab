using System.Globalization;
using DanVan.Feedback.Core.Metrics;

namespace DanVan.Feedback.Backoffice.Pages.Overview;

/// <summary>
/// The period a metrics page shows, from its address: <c>nam</c> alone (a year), with <c>quy</c> (a quarter) or
/// <c>thang</c> (a month), or <c>tu</c> and <c>den</c> (a range of days). Bad input gets a message, not a guess.
/// </summary>
public sealed record PeriodQuery(int? Nam, int? Quy, int? Thang, DateOnly? Tu, DateOnly? Den)
{
    public const int FirstYear = 2020;

    public static PeriodQuery From(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new PeriodQuery(Int(query["nam"]) ?? (query.ContainsKey("tu") ? null : today.Year), Int(query["quy"]), Int(query["thang"]), Date(query["tu"]), Date(query["den"]));
    }

    /// <summary>The period, or the reason it cannot be read, in words an assessor understands.</summary>
    public (MetricsPeriod? Period, string? Problem) Resolve(DateOnly today)
    {
        if (Tu is not null || Den is not null)
        {
            if (Tu is null || Den is null)
            {
                return (null, "Vui lòng chọn cả ngày bắt đầu và ngày kết thúc của kỳ.");
            }

            if (Tu == DateOnly.MinValue || Den == DateOnly.MinValue)
            {
                return (null, "Ngày không hợp lệ; vui lòng chọn ngày theo lịch.");
            }

            if (Den < Tu)
            {
                return (null, "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.");
            }

            return Den.Value.DayNumber - Tu.Value.DayNumber > 3 * 366
                ? (null, "Kỳ xem số liệu dài nhất là 3 năm.")
                : (MetricsPeriod.Range(Tu.Value, Den.Value), null);
        }

        if (Nam is not { } year || year < FirstYear || year > today.Year)
        {
            return (null, $"Năm phải từ {FirstYear} đến {today.Year}.");
        }

        if (Quy is not null && Thang is not null)
        {
            return (null, "Vui lòng chọn quý hoặc tháng, không chọn cả hai.");
        }

        return (Quy, Thang) switch
        {
            ({ } q, _) when q is < 1 or > 4 => (null, "Quý phải từ 1 đến 4."),
            ({ } q, _) => (MetricsPeriod.Quarter(year, q), null),
            (_, { } m) when m is < 1 or > 12 => (null, "Tháng phải từ 1 đến 12."),
            (_, { } m) => (MetricsPeriod.Month(year, m), null),
            _ => (MetricsPeriod.Year(year), null),
        };
    }

    /// <summary>The query string naming a period, to carry into links.</summary>
    public static string ToQuery(MetricsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"tu={period.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&den={period.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    private static int? Int(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

    private static DateOnly? Date(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateOnly.MinValue;
}
