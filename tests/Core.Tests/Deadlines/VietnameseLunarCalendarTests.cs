using System.Globalization;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

public sealed class VietnameseLunarCalendarTests
{
    // research/vietnam-domain.md §5.2: Tết (mùng 1 tháng Giêng) and Giỗ Tổ (10/3 âm lịch), 2025–2035.
    public static TheoryData<int, string> PublishedTet => new()
    {
        { 2025, "2025-01-29" },
        { 2026, "2026-02-17" },
        { 2027, "2027-02-06" },
        { 2028, "2028-01-26" },
        { 2029, "2029-02-13" },
        { 2030, "2030-02-02" },
        { 2031, "2031-01-23" },
        { 2032, "2032-02-11" },
        { 2033, "2033-01-31" },
        { 2034, "2034-02-19" },
        { 2035, "2035-02-08" },
    };

    public static TheoryData<int, string> PublishedGioTo => new()
    {
        { 2025, "2025-04-07" },
        { 2026, "2026-04-26" },
        { 2027, "2027-04-16" },
        { 2028, "2028-04-04" },
        { 2029, "2029-04-23" },
        { 2030, "2030-04-12" },
        { 2031, "2031-04-01" },
        { 2032, "2032-04-19" },
        { 2033, "2033-04-09" },
        { 2034, "2034-04-28" },
        { 2035, "2035-04-17" },
        // Announced years, cross-checked in §5.2.
        { 2020, "2020-04-02" },
        { 2021, "2021-04-21" },
        { 2023, "2023-04-29" },
    };

    [Theory]
    [MemberData(nameof(PublishedTet))]
    public void ToSolar_FirstDayOfYear_IsPublishedTet(int year, string tet)
    {
        // Arrange
        var expected = DateOnly.Parse(tet, CultureInfo.InvariantCulture);

        // Act
        var actual = VietnameseLunarCalendar.ToSolar(year, 1, 1);

        // Assert
        Assert.True(expected == actual, $"Tết {year} (Tết Âm lịch, BLLĐ 2019 Điều 112) falls on {expected:yyyy-MM-dd} in the Vietnamese calendar; got {actual:yyyy-MM-dd}.");
    }

    [Theory]
    [MemberData(nameof(PublishedGioTo))]
    public void ToSolar_TenthDayOfThirdMonth_IsPublishedGioTo(int year, string gioTo)
    {
        // Arrange
        var expected = DateOnly.Parse(gioTo, CultureInfo.InvariantCulture);

        // Act
        var actual = VietnameseLunarCalendar.ToSolar(year, 3, 10);

        // Assert
        Assert.True(expected == actual, $"Giỗ Tổ Hùng Vương {year} is 10/3 âm lịch = {expected:yyyy-MM-dd}; got {actual:yyyy-MM-dd}.");
    }

    [Theory]
    [MemberData(nameof(PublishedTet))]
    public void FromSolar_PublishedTet_IsFirstDayOfFirstMonth(int year, string tet)
    {
        // Arrange
        var date = DateOnly.Parse(tet, CultureInfo.InvariantCulture);

        // Act
        var lunar = VietnameseLunarCalendar.FromSolar(date);
        var eve = VietnameseLunarCalendar.FromSolar(date.AddDays(-1));

        // Assert
        Assert.Equal(new LunarDate(year, 1, 1, false), lunar);
        Assert.True(eve.Year == year - 1 && eve.Month == 12 && eve.Day is 29 or 30 && !eve.IsLeapMonth, $"The day before Tết {year} is 29 or 30 tháng Chạp of {year - 1}; got {eve}.");
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void ToSolar_YearsWhereTheChineseCalendarDiffers_FollowsVietnam(int year, string vietnamese, string chinese)
    {
        // Arrange
        var expected = DateOnly.Parse(vietnamese, CultureInfo.InvariantCulture);
        var chineseTet = DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));

        // Act
        var actual = VietnameseLunarCalendar.ToSolar(year, 1, 1);

        // Assert
        Assert.True(
            chineseTet == DateOnly.Parse(chinese, CultureInfo.InvariantCulture),
            $".NET's ChineseLunisolarCalendar (UTC+8) puts the {year} new year on {chinese}, which is why it is not used; got {chineseTet:yyyy-MM-dd}.");
        Assert.True(expected == actual, $"Vietnam (UTC+7) celebrated Tết {year} on {expected:yyyy-MM-dd}, not on the Chinese {chinese}; got {actual:yyyy-MM-dd}.");
    }

    [Fact]
    public void FromSolar_EveryDay2000To2040_RoundTripsAndAdvancesOneDayAtATime()
    {
        // Arrange
        var first = new DateOnly(2000, 1, 1);
        var last = new DateOnly(2040, 12, 31);
        var previous = VietnameseLunarCalendar.FromSolar(first.AddDays(-1));
        var failures = new List<string>();

        // Act
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var back = VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);
            var nextInMonth = lunar == (previous with { Day = previous.Day + 1 });
            var newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            if (back != date || !(nextInMonth || newMonth))
            {
                failures.Add($"{date:yyyy-MM-dd} → {lunar} → {back:yyyy-MM-dd} (previous day {previous})");
            }

            previous = lunar;
        }

        // Assert
        Assert.True(failures.Count == 0, $"Every solar day has one lunar date that converts back to it, and lunar months have 29 or 30 days; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    [InlineData(2026, 0)]
    [InlineData(2027, 0)]
    public void LeapMonth_KnownYears_IsTheMonthWithoutAMajorSolarTerm(int year, int expected)
    {
        // Act
        var actual = VietnameseLunarCalendar.LeapMonth(year);

        // Assert
        Assert.True(expected == actual, $"Lunar year {year} repeats month {expected} (0 = no leap month); got {actual}.");
    }

    [Fact]
    public void ToSolar_LeapMonth_FollowsTheRegularMonthOfTheSameNumber()
    {
        // Arrange: 2025 has a leap 6th month.
        var regular = VietnameseLunarCalendar.ToSolar(2025, 6, 1);
        var length = VietnameseLunarCalendar.DaysInMonth(2025, 6);

        // Act
        var leap = VietnameseLunarCalendar.ToSolar(2025, 6, 1, isLeapMonth: true);

        // Assert
        Assert.True(leap == regular.AddDays(length), $"Tháng 6 nhuận 2025 begins the day after the regular 6th month ends; got {leap:yyyy-MM-dd} after {regular:yyyy-MM-dd} + {length} days.");
        Assert.Equal(new LunarDate(2025, 6, 1, true), VietnameseLunarCalendar.FromSolar(leap));
    }

    [Fact]
    public void ToSolar_GioToInAYearWithLeapThirdMonth_UsesTheRegularMonth()
    {
        // Act
        var gioTo = VietnameseLunarCalendar.ToSolar(2031, 3, 10);
        var leapTenth = VietnameseLunarCalendar.ToSolar(2031, 3, 10, isLeapMonth: true);

        // Assert
        Assert.True(gioTo == new DateOnly(2031, 4, 1), $"In 2031 Giỗ Tổ is on the regular 10/3, i.e. 1/4/2031 (vietnam-domain.md §5.2); got {gioTo:yyyy-MM-dd}.");
        Assert.True(leapTenth > gioTo.AddDays(28), $"10/3 nhuận 2031 is a month later; got {leapTenth:yyyy-MM-dd}.");
    }

    [Theory]
    [InlineData(1899, 1, 1, false)]
    [InlineData(2200, 1, 1, false)]
    [InlineData(2026, 0, 1, false)]
    [InlineData(2026, 13, 1, false)]
    [InlineData(2026, 1, 0, false)]
    [InlineData(2026, 1, 31, false)]
    [InlineData(2025, 12, 30, false)] // tháng Chạp of 2025 has 29 days: Tết 2026 follows 29 Chạp
    [InlineData(2026, 1, 1, true)] // 2026 has no leap month
    [InlineData(2025, 5, 1, true)] // 2025's leap month is the 6th
    public void ToSolar_DateThatDoesNotExist_Throws(int year, int month, int day, bool isLeapMonth)
    {
        // Act
        Action act = () => _ = VietnameseLunarCalendar.ToSolar(year, month, day, isLeapMonth);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("1900-01-30")] // still lunar year 1899
    [InlineData("2200-12-31")]
    public void FromSolar_DateOutsideSupportedRange_Throws(string date)
    {
        // Arrange
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        // Act
        Action act = () => _ = VietnameseLunarCalendar.FromSolar(day);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void SupportedRange_Ends_AreTetOfFirstYearAndEveOfTetAfterLastYear()
    {
        // Act
        var first = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate);
        var last = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxSupportedDate);

        // Assert
        Assert.Equal(new LunarDate(VietnameseLunarCalendar.MinYear, 1, 1, false), first);
        Assert.True(last.Year == VietnameseLunarCalendar.MaxYear && last.Month == 12 && last.Day >= 29, $"The range ends on the last day of lunar {VietnameseLunarCalendar.MaxYear}; got {last}.");
    }
}
