using System.Globalization;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Shipped = WorkingCalendar.CreateDefault();

    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Fact]
    public void IsOfficial_ShippedSeed_Only2026IsAnnounced()
    {
        // Act
        var official2026 = Shipped.IsOfficial(2026);
        var official2027 = Shipped.IsOfficial(2027);

        // Assert
        Assert.True(official2026, "2026's holiday schedule has been announced and ships in calendar-2026.csv.");
        Assert.False(official2027, "2027 has no announced schedule yet, so its holidays are computed and provisional.");
    }

    [Theory]
    [InlineData("2026-01-01", "Tết Dương lịch")]
    [InlineData("2026-01-02", "Friday swapped off for Saturday 10/1 (12729/VPCP-KGVX)")]
    [InlineData("2026-02-14", "Tết Nguyên đán, 27 tháng Chạp")]
    [InlineData("2026-02-16", "Tết Nguyên đán, 29 tháng Chạp")]
    [InlineData("2026-02-17", "Tết Nguyên đán, mùng 1")]
    [InlineData("2026-02-20", "Tết Nguyên đán, mùng 4")]
    [InlineData("2026-02-22", "Tết Nguyên đán, mùng 6")]
    [InlineData("2026-04-26", "Giỗ Tổ Hùng Vương on a Sunday")]
    [InlineData("2026-04-27", "compensatory day for Giỗ Tổ (Điều 111(3))")]
    [InlineData("2026-04-30", "Ngày Chiến thắng")]
    [InlineData("2026-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2026-09-01", "Quốc khánh adjacent day")]
    [InlineData("2026-09-02", "Quốc khánh")]
    public void IsWorkingDay_Announced2026DayOff_IsFalse(string date, string why)
    {
        // Act
        var working = Shipped.IsWorkingDay(D(date));

        // Assert
        Assert.False(working, $"{date} is a day off in 2026: {why}.");
    }

    [Fact]
    public void IsWorkingDay_Tet2026Week_AllNineDaysOffAndTheDaysAroundWorked()
    {
        // Arrange
        var tetDays = Enumerable.Range(0, 9).Select(i => new DateOnly(2026, 2, 14).AddDays(i)).ToList();

        // Act
        var workedDuringTet = tetDays.Where(Shipped.IsWorkingDay).ToList();
        var before = Shipped.IsWorkingDay(new DateOnly(2026, 2, 13));
        var after = Shipped.IsWorkingDay(new DateOnly(2026, 2, 23));

        // Assert
        Assert.True(workedDuringTet.Count == 0, $"The announced Tết 2026 break runs Sat 14/2 – Sun 22/2, nine days off; worked: {string.Join(", ", workedDuringTet)}.");
        Assert.True(before, "Friday 13/2/2026 is the last working day before Tết.");
        Assert.True(after, "Monday 23/2/2026 is the first working day after Tết.");
    }

    [Fact]
    public void IsWorkingDay_Saturday10January2026_IsWorkedInExchangeForFriday2January()
    {
        // Act
        var saturday = Shipped.IsWorkingDay(new DateOnly(2026, 1, 10));
        var friday = Shipped.IsWorkingDay(new DateOnly(2026, 1, 2));

        // Assert
        Assert.True(saturday, "12729/VPCP-KGVX swaps Friday 2/1/2026 with Saturday 10/1/2026, which becomes a working day.");
        Assert.False(friday, "Friday 2/1/2026 is off under the same swap.");
    }

    [Theory]
    [InlineData("2026-02-12", 1, "2026-02-13")]
    [InlineData("2026-02-12", 2, "2026-02-23")]
    [InlineData("2026-02-13", 1, "2026-02-23")]
    [InlineData("2026-02-15", 1, "2026-02-23")]
    [InlineData("2026-01-09", 1, "2026-01-10")] // the swapped Saturday counts
    [InlineData("2026-01-09", 2, "2026-01-12")]
    [InlineData("2025-12-31", 1, "2026-01-05")] // 1/1 and the swapped 2/1 are off
    [InlineData("2026-04-24", 1, "2026-04-28")] // Giỗ Tổ made up on Monday 27/4
    [InlineData("2026-04-29", 1, "2026-05-04")]
    [InlineData("2026-02-05", 10, "2026-02-26")]
    public void AddWorkingDays_AcrossAnnounced2026Holidays_SkipsDaysOff(string start, int days, string expected)
    {
        // Act
        var end = Shipped.AddWorkingDays(D(start), days);

        // Assert
        Assert.True(end == D(expected), $"{days} ngày làm việc after {start} ends on {expected}, skipping weekends, holidays and swapped days; got {end:yyyy-MM-dd}.");
    }

    [Theory]
    [InlineData("2026-02-12", "2026-02-12")] // a working day: the same day
    [InlineData("2026-02-14", "2026-02-23")] // inside Tết: the first working day after it
    [InlineData("2026-01-10", "2026-01-10")] // the swapped Saturday
    public void AddWorkingDays_Zero_IsTheNextWorkingDayFromTheStartItself(string start, string expected)
    {
        // Act
        var zero = Shipped.AddWorkingDays(D(start), 0);
        var next = Shipped.NextWorkingDay(D(start));

        // Assert
        Assert.True(zero == D(expected) && next == zero, $"Zero working days from {start} is the start itself if it is a working day, else the next one: {expected}; got {zero:yyyy-MM-dd} and {next:yyyy-MM-dd}.");
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws()
    {
        // Act
        Action act = () => _ = Shipped.AddWorkingDays(new DateOnly(2026, 3, 2), -1);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData("2027-04-30", 1, "2027-05-04")] // 1/5/2027 is a Saturday, made up on Monday 3/5
    [InlineData("2028-04-28", 1, "2028-05-03")] // 30/4/2028 is a Sunday: 1/5 off and 30/4 made up on Tuesday 2/5
    [InlineData("2027-12-31", 1, "2028-01-04")] // 1/1/2028 is a Saturday, made up on Monday 3/1
    public void AddWorkingDays_ProvisionalYear_SkipsComputedCompensatoryDays(string start, int days, string expected)
    {
        // Act
        var end = Shipped.AddWorkingDays(D(start), days);

        // Assert
        Assert.False(Shipped.IsOfficial(D(expected).Year), "The year is provisional: computed from the law, not announced.");
        Assert.True(end == D(expected), $"Điều 111(3) BLLĐ 2019 makes up a holiday on a weekend on the next working day; {days} working day(s) after {start} is {expected}; got {end:yyyy-MM-dd}.");
    }

    [Fact]
    public void CountWorkingDays_AcrossTet2026_CountsOnlyWorkingDays()
    {
        // Act
        var count = Shipped.CountWorkingDays(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 23));
        var backwards = Shipped.CountWorkingDays(new DateOnly(2026, 2, 23), new DateOnly(2026, 2, 12));
        var same = Shipped.CountWorkingDays(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 12));

        // Assert
        Assert.True(count == 2, $"Between Thu 12/2 and Mon 23/2/2026 only Fri 13/2 and Mon 23/2 are working days; got {count}.");
        Assert.True(backwards == -2, $"Counted backwards the result is negative (working days overdue); got {backwards}.");
        Assert.True(same == 0, $"No working days lie after a day and up to itself; got {same}.");
    }

    [Fact]
    public void AddWorkingDays_RandomStartsAndCounts_AgreeWithDayByDayCounting()
    {
        // Arrange
        var random = new Random(20260217);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < 3_000; i++)
        {
            var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 365 * 8));
            var n = random.Next(0, 90);
            var end = Shipped.AddWorkingDays(start, n);
            var next = Shipped.AddWorkingDays(start, n + 1);
            if (!Shipped.IsWorkingDay(end))
            {
                failures.Add($"{start:yyyy-MM-dd}+{n} = {end:yyyy-MM-dd}, a day off");
            }

            // Zero days from a day off already lands on the next working day, so the step holds from n = 1.
            if (n > 0 && next != Shipped.NextWorkingDay(end.AddDays(1)))
            {
                failures.Add($"{start:yyyy-MM-dd}+{n + 1} = {next:yyyy-MM-dd}, not the working day after {end:yyyy-MM-dd}");
            }

            if (n > 0 && Shipped.CountWorkingDays(start, end) != n)
            {
                failures.Add($"count({start:yyyy-MM-dd}, {end:yyyy-MM-dd}) = {Shipped.CountWorkingDays(start, end)}, not {n}");
            }

            if (end != StepDayByDay(start, n))
            {
                failures.Add($"{start:yyyy-MM-dd}+{n} = {end:yyyy-MM-dd}, day-by-day {StepDayByDay(start, n):yyyy-MM-dd}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"A period of n working days ends on a working day, one more day ends on the next working day, and exactly n working days lie in between; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void IsWorkingDay_ProvisionalYears_EveryWeekdayIsWorkedUnlessScheduledOff()
    {
        // Arrange
        var failures = new List<string>();

        // Act
        for (var year = 2027; year <= 2035; year++)
        {
            var off = Shipped.DaysOff(year).Select(d => d.Date).ToHashSet();
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                if (Shipped.IsWorkingDay(day) != (!weekend && !off.Contains(day)))
                {
                    failures.Add(day.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture));
                }
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"A working day is a Monday–Friday that is not a holiday or compensatory day; wrong: {string.Join(", ", failures.Take(5))}.");
    }

    [Fact]
    public void Constructor_SameDateOffAndWorking_IsRefused()
    {
        // Arrange
        CalendarDay[] days =
        [
            new(new DateOnly(2027, 2, 13), CalendarDayKind.DayOff, "Tết"),
            new(new DateOnly(2027, 2, 13), CalendarDayKind.WorkingDay, "Làm bù"),
        ];

        // Act
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(days));

        // Assert
        Assert.Contains("both as a day off and as a working day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateDate_IsRefused()
    {
        // Arrange
        CalendarDay[] days =
        [
            new(new DateOnly(2027, 1, 1), CalendarDayKind.DayOff, "Tết Dương lịch"),
            new(new DateOnly(2027, 1, 1), CalendarDayKind.DayOff, "Tết Dương lịch"),
        ];

        // Act
        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar(days));

        // Assert
        Assert.Contains("announced twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EntryWithoutReason_IsRefused()
    {
        // Arrange
        CalendarDay[] days = [new(new DateOnly(2027, 1, 1), CalendarDayKind.DayOff, " ")];

        // Act
        var act = () => new WorkingCalendar(days);

        // Assert
        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Constructor_AnnouncedYear_ReplacesTheComputedHolidaysOfThatYearOnly()
    {
        // Arrange: an announcement for 2027 that moves Tết to Thu 4/2 – Wed 10/2 and works Sat 13/2.
        var tet = Enumerable.Range(0, 7)
            .Select(i => new CalendarDay(new DateOnly(2027, 2, 4).AddDays(i), CalendarDayKind.DayOff, "Tết Nguyên đán"));
        CalendarDay[] swap = [new(new DateOnly(2027, 2, 13), CalendarDayKind.WorkingDay, "Làm bù")];

        // Act
        var calendar = new WorkingCalendar([.. tet, .. swap]);

        // Assert
        Assert.True(calendar.IsOfficial(2027), "A year with announced entries is official.");
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 4)), "The announced Tết day 4/2/2027 is off.");
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 11)), "The computed make-up day 11/2/2027 gives way to the announcement.");
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 13)), "The announced working Saturday is worked.");
        Assert.False(calendar.IsOfficial(2028), "Other years stay provisional.");
        Assert.False(calendar.IsWorkingDay(new DateOnly(2028, 1, 26)), "Tết 2028 is still computed.");
    }

    [Fact]
    public void DaysOff_Provisional2028_ListsHolidaysWithReasons()
    {
        // Act
        var days = Shipped.DaysOff(2028);

        // Assert
        Assert.Contains(days, d => d.Date == new DateOnly(2028, 1, 26) && d.Reason.Contains("mùng 1 Tết", StringComparison.Ordinal));
        Assert.Contains(days, d => d.Date == new DateOnly(2028, 5, 2) && d.Reason.StartsWith("Nghỉ bù Ngày Chiến thắng", StringComparison.Ordinal));
        Assert.All(days, d => Assert.Equal(CalendarDayKind.DayOff, d.Kind));
        Assert.True(days.Select(d => d.Date).SequenceEqual(days.Select(d => d.Date).Order()), "An admin page lists days off in date order.");
    }

    [Fact]
    public void Schedule_Official2026_ListsTheSwappedWorkingSaturday()
    {
        // Act
        var schedule = Shipped.Schedule(2026);

        // Assert
        Assert.Contains(schedule, d => d.Date == new DateOnly(2026, 1, 10) && d.Kind == CalendarDayKind.WorkingDay);
        Assert.DoesNotContain(Shipped.DaysOff(2026), d => d.Kind == CalendarDayKind.WorkingDay);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    public void IsWorkingDay_OutsideSupportedYears_Throws(string date)
    {
        // Act
        Action act = () => _ = Shipped.IsWorkingDay(D(date));

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void AddWorkingDays_ManyThreadsOnAFreshCalendar_AgreeWithOneThread()
    {
        // Arrange
        var fresh = new WorkingCalendar(CalendarSeed.AnnouncedDays());
        var starts = Enumerable.Range(0, 4_000).Select(i => new DateOnly(2026, 1, 1).AddDays(i % 3_000)).ToArray();

        // Act
        var parallel = starts.AsParallel().AsOrdered().Select(s => fresh.AddWorkingDays(s, 30)).ToArray();
        var serial = starts.Select(s => Shipped.AddWorkingDays(s, 30)).ToArray();

        // Assert
        Assert.True(parallel.SequenceEqual(serial), "Years computed on first use by concurrent callers give the same deadlines as a single caller.");
    }

    private static DateOnly StepDayByDay(DateOnly start, int n)
    {
        var day = start;
        if (n == 0)
        {
            while (!Shipped.IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            counted += Shipped.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
