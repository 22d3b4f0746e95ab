using System.Globalization;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// The statutory holidays of a year as the law alone fixes them, for years whose schedule the
/// government has not announced yet (a provisional year). Bộ luật Lao động 2019, Điều 112(1):
/// 1/1; Tết Âm lịch 5 days; 10/3 âm lịch; 30/4; 1/5; 2/9 and one adjacent day.
/// Where the law leaves the choice to the Prime Minister (Điều 112(3)) this picks, and says so:
/// - Tết: the last day of the lunar year (29 or 30 tháng Chạp) and mùng 1–4, the usual core of the
///   announced schedules (see research/vietnam-domain.md §5.2);
/// - Quốc khánh: 1/9 as the adjacent day.
/// Điều 111(3): a holiday that falls on a weekly rest day (Saturday or Sunday) is made up on the next
/// working day. It is applied to every holiday day, Tết and Quốc khánh included, so a computed Tết
/// always gives five weekdays off as the announced schedules have.
/// </summary>
public static class PublicHolidays
{
    /// <summary>The days off of a provisional year, weekend holidays included, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="WorkingCalendar.MinYear"/>..<see cref="WorkingCalendar.MaxYear"/>.</exception>
    public static IReadOnlyList<CalendarDay> Computed(int year)
    {
        if (year is < WorkingCalendar.MinYear or > WorkingCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Holidays are computed for {WorkingCalendar.MinYear}–{WorkingCalendar.MaxYear}.");
        }

        var holidays = new SortedDictionary<DateOnly, string>();
        void Add(DateOnly date, string reason) =>
            holidays[date] = holidays.TryGetValue(date, out var other) ? $"{other}; {reason}" : reason;

        Add(new DateOnly(year, 1, 1), "Tết Dương lịch (1/1)");

        var tet = VietnameseLunarCalendar.NewYear(year);
        var lastDay = tet.AddDays(-1);
        Add(lastDay, $"Tết Nguyên đán ({VietnameseLunarCalendar.FromSolar(lastDay).Day} tháng Chạp)");
        for (var day = 1; day <= 4; day++)
        {
            Add(tet.AddDays(day - 1), $"Tết Nguyên đán (mùng {day} Tết)");
        }

        Add(VietnameseLunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        Add(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)");
        Add(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        Add(new DateOnly(year, 9, 1), "Quốc khánh (ngày liền kề 2/9)");
        Add(new DateOnly(year, 9, 2), "Quốc khánh (2/9)");

        var days = holidays.Select(h => new CalendarDay(h.Key, CalendarDayKind.DayOff, h.Value)).ToList();
        var taken = new HashSet<DateOnly>(holidays.Keys);
        foreach (var (date, reason) in holidays.Where(h => IsWeekend(h.Key)))
        {
            // Điều 111(3): made up on the next working day, after any holiday or earlier make-up day.
            var makeUp = date.AddDays(1);
            while (IsWeekend(makeUp) || taken.Contains(makeUp))
            {
                makeUp = makeUp.AddDays(1);
            }

            taken.Add(makeUp);
            var weekday = date.DayOfWeek == DayOfWeek.Saturday ? "thứ Bảy" : "Chủ nhật";
            days.Add(new CalendarDay(makeUp, CalendarDayKind.DayOff, $"Nghỉ bù {reason}, trùng {weekday} {date.ToString("dd'/'MM", CultureInfo.InvariantCulture)} (Điều 111 khoản 3 BLLĐ 2019)"));
        }

        return [.. days.OrderBy(d => d.Date)];
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
