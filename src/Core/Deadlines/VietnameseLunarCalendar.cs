namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// The Vietnamese lunar calendar, computed with Hồ Ngọc Đức's published algorithm at UTC+7
/// (informatik.uni-leipzig.de/~duc/amlich/): a month starts on the local day of a new moon; month 11
/// contains the winter solstice; a year with 13 months between two months 11 repeats the first month
/// that holds no major solar term (trung khí). Deliberately not <see cref="System.Globalization.ChineseLunisolarCalendar"/>,
/// which reckons at UTC+8 and gives other dates in some years (Tết 1985, 2007, 2030).
/// Supported: lunar years <see cref="MinYear"/> to <see cref="MaxYear"/>, i.e. solar dates from
/// <see cref="MinSupportedDate"/> to <see cref="MaxSupportedDate"/>.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private const double TimeZoneHours = 7.0;
    private const int JulianDayOfDayNumberZero = 1_721_426; // DateOnly.DayNumber 0 is 0001-01-01, JDN 1721426
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2_415_021.076998695; // the new moon of 1900-01-01, Julian day

    private static readonly Lazy<MonthTable> Table = new(MonthTable.Build);

    /// <summary>Tết of <see cref="MinYear"/>.</summary>
    public static DateOnly MinSupportedDate => ToDate(Table.Value.Months[0].StartJdn);

    /// <summary>The last day (29 or 30 tháng Chạp) of lunar year <see cref="MaxYear"/>.</summary>
    public static DateOnly MaxSupportedDate => ToDate(Table.Value.EndJdn - 1);

    /// <summary>The solar date of a lunar date; a leap month (tháng nhuận) follows the regular month of the same number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, or the date does not exist that year.</exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        var month = FindMonth(lunarYear, lunarMonth, isLeapMonth);
        if (lunarDay < 1 || lunarDay > month.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarDay),
                lunarDay,
                $"Lunar month {lunarMonth}{(isLeapMonth ? " (leap)" : "")} of {lunarYear} has {month.Length} days.");
        }

        return ToDate(month.StartJdn + lunarDay - 1);
    }

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="MinSupportedDate"/>..<see cref="MaxSupportedDate"/>.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        var table = Table.Value;
        var jdn = date.DayNumber + JulianDayOfDayNumberZero;
        if (jdn < table.Months[0].StartJdn || jdn >= table.EndJdn)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"The Vietnamese lunar calendar is supported for lunar years {MinYear}–{MaxYear}, i.e. {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");
        }

        // The last month starting on or before the date.
        int low = 0, high = table.Months.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (table.Months[mid].StartJdn <= jdn)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var month = table.Months[low];
        return new LunarDate(month.Year, month.Number, jdn - month.StartJdn + 1, month.IsLeap);
    }

    /// <summary>Tết Nguyên đán (mùng 1 tháng Giêng) of a lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(lunarYear, 1, 1);

    /// <summary>The number of the month repeated as a leap month in a lunar year, or 0 if the year has none.</summary>
    public static int LeapMonth(int lunarYear)
    {
        var table = Table.Value;
        var first = table.FirstMonthIndex(lunarYear);
        for (var i = first; i < first + 13 && i < table.Months.Length && table.Months[i].Year == lunarYear; i++)
        {
            if (table.Months[i].IsLeap)
            {
                return table.Months[i].Number;
            }
        }

        return 0;
    }

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false) =>
        FindMonth(lunarYear, lunarMonth, isLeapMonth).Length;

    private static LunarMonth FindMonth(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is numbered 1 to 12.");
        }

        var table = Table.Value;
        var first = table.FirstMonthIndex(lunarYear);
        for (var i = first; i < first + 13 && i < table.Months.Length && table.Months[i].Year == lunarYear; i++)
        {
            if (table.Months[i].Number == lunarMonth && table.Months[i].IsLeap == isLeapMonth)
            {
                return table.Months[i];
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(isLeapMonth),
            isLeapMonth,
            $"Lunar year {lunarYear} has no leap month {lunarMonth}.");
    }

    private static DateOnly ToDate(int jdn) => DateOnly.FromDayNumber(jdn - JulianDayOfDayNumberZero);

    private readonly record struct LunarMonth(int Year, int Number, bool IsLeap, int StartJdn, int Length);

    /// <summary>Every lunar month of the supported years, in order; built once, read-only afterwards.</summary>
    private sealed class MonthTable
    {
        private readonly int[] firstMonthOfYear;

        private MonthTable(LunarMonth[] months, int endJdn, int[] firstMonthOfYear)
        {
            Months = months;
            EndJdn = endJdn;
            this.firstMonthOfYear = firstMonthOfYear;
        }

        public LunarMonth[] Months { get; }

        /// <summary>Tết of the year after <see cref="MaxYear"/>: the first day not covered.</summary>
        public int EndJdn { get; }

        public int FirstMonthIndex(int lunarYear)
        {
            if (lunarYear is < MinYear or > MaxYear)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(lunarYear),
                    lunarYear,
                    $"The Vietnamese lunar calendar is supported for lunar years {MinYear}–{MaxYear}.");
            }

            return firstMonthOfYear[lunarYear - MinYear];
        }

        public static MonthTable Build()
        {
            // Lunar year Y runs from month 1 in the 11th-month window of solar year Y-1 to month 12 in that of Y.
            var all = new List<LunarMonth>();
            for (var solarYear = MinYear - 1; solarYear <= MaxYear; solarYear++)
            {
                all.AddRange(Window(solarYear));
            }

            var firstOfMinYear = all.FindIndex(m => m.Year == MinYear);
            var firstOfNextYear = all.FindIndex(m => m.Year == MaxYear + 1);
            var months = all.GetRange(firstOfMinYear, firstOfNextYear - firstOfMinYear).ToArray();
            var firstMonthOfYear = new int[MaxYear - MinYear + 1];
            for (var i = months.Length - 1; i >= 0; i--)
            {
                firstMonthOfYear[months[i].Year - MinYear] = i;
            }

            return new MonthTable(months, all[firstOfNextYear].StartJdn, firstMonthOfYear);
        }

        /// <summary>The months from month 11 of <paramref name="solarYear"/> up to the next month 11.</summary>
        private static IEnumerable<LunarMonth> Window(int solarYear)
        {
            var a11 = Month11Start(solarYear);
            var b11 = Month11Start(solarYear + 1);
            var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
            var count = b11 - a11 > 365 ? 13 : 12;
            var starts = new int[count + 1];
            for (var i = 0; i <= count; i++)
            {
                starts[i] = NewMoonDay(k + i);
            }

            if (starts[0] != a11 || starts[count] != b11)
            {
                throw new InvalidOperationException($"Lunar months of {solarYear} do not line up with month 11 ({a11}, {b11}).");
            }

            // The leap month is the first after month 11 in which no major solar term begins.
            var leapOffset = -1;
            if (count == 13)
            {
                for (var i = 1; i < count && leapOffset < 0; i++)
                {
                    if (SunLongitudeSector(starts[i]) == SunLongitudeSector(starts[i + 1]))
                    {
                        leapOffset = i;
                    }
                }

                if (leapOffset < 0)
                {
                    throw new InvalidOperationException($"Lunar year window {solarYear} has 13 months but no leap month.");
                }
            }

            for (var i = 0; i < count; i++)
            {
                var ordinal = leapOffset >= 0 && i >= leapOffset ? i - 1 : i; // 0 is month 11, 1 is month 12, 2 is month 1
                var number = (10 + ordinal) % 12 + 1;
                var year = ordinal <= 1 ? solarYear : solarYear + 1;
                yield return new LunarMonth(year, number, i == leapOffset, starts[i], starts[i + 1] - starts[i]);
            }
        }

        /// <summary>The local day on which the lunar month containing the winter solstice of a solar year begins.</summary>
        private static int Month11Start(int solarYear)
        {
            var offset = JulianDayNumber(new DateOnly(solarYear, 12, 31)) - 2_415_021;
            var k = (int)Math.Floor(offset / SynodicMonth);
            var newMoon = NewMoonDay(k);
            if (SunLongitudeSector(newMoon) >= 9)
            {
                newMoon = NewMoonDay(k - 1);
            }

            return newMoon;
        }

        private static int JulianDayNumber(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

        /// <summary>The local (UTC+7) Julian day number of the k-th new moon after 1900-01-01.</summary>
        private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZoneHours / 24);

        /// <summary>The sun's longitude at local midnight starting the day, in 30° sectors 0..11 (9 = winter solstice).</summary>
        private static int SunLongitudeSector(int jdn) =>
            (int)Math.Floor(SunLongitude(jdn - 0.5 - TimeZoneHours / 24) / Math.PI * 6);

        /// <summary>Julian day (UT) of the k-th new moon; Meeus's series as used by Hồ Ngọc Đức.</summary>
        private static double NewMoon(int k)
        {
            var t = k / 1236.85; // Julian centuries since 1900-01-00.5
            var t2 = t * t;
            var t3 = t2 * t;
            const double dr = Math.PI / 180;
            var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
            jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr); // mean new moon
            var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
            var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
            var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
            var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
            c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
            c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
            c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
            c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
            c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
            c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
            var deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
            return jd1 + c1 - deltaT;
        }

        /// <summary>The sun's apparent longitude in radians, 0..2π, at a Julian day (UT).</summary>
        private static double SunLongitude(double jd)
        {
            var t = (jd - 2_451_545.0) / 36_525; // Julian centuries since 2000-01-01 12:00 UT
            var t2 = t * t;
            const double dr = Math.PI / 180;
            var m = 357.52910 + 35_999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
            var l0 = 280.46645 + 36_000.76983 * t + 0.0003032 * t2; // mean longitude
            var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
            dl += (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
            var l = (l0 + dl) * dr;
            return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        }
    }
}
