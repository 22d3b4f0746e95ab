using System.Globalization;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Metrics;

/// <summary>
/// A run of days in Hải Phòng's time, both ends included: a month, a quarter, a year, or a custom range.
/// Every figure of a period counts what happened from the first day's midnight (UTC+7) to the last day's end.
/// </summary>
public sealed record MetricsPeriod
{
    private MetricsPeriod(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException("A period cannot end before it starts.", nameof(last));
        }

        First = first;
        Last = last;
    }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    /// <summary>The instant the period starts (inclusive).</summary>
    public DateTimeOffset Start => new(First.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);

    /// <summary>The instant after the period ends (exclusive).</summary>
    public DateTimeOffset End => new(Last.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);

    public string Label => (First, Last) switch
    {
        var (f, l) when f.Day == 1 && f.Month == 1 && l == new DateOnly(f.Year, 12, 31) => $"Năm {f.Year}",
        var (f, l) when f.Day == 1 && (f.Month - 1) % 3 == 0 && l == f.AddMonths(3).AddDays(-1) => $"Quý {((f.Month - 1) / 3) + 1}/{f.Year}",
        var (f, l) when f.Day == 1 && l == f.AddMonths(1).AddDays(-1) => $"Tháng {f.Month}/{f.Year}",
        _ => $"{First.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} – {Last.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
    };

    public static MetricsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static MetricsPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(first, first.AddMonths(3).AddDays(-1));
    }

    public static MetricsPeriod Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    public static MetricsPeriod Range(DateOnly first, DateOnly last) => new(first, last);

    /// <summary>The twelve months up to and including <paramref name="lastDay"/>.</summary>
    public static MetricsPeriod TwelveMonthsTo(DateOnly lastDay) => new(lastDay.AddYears(-1).AddDays(1), lastDay);

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}
