using System.Globalization;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

public sealed class PublicHolidaysTests
{
    // research/vietnam-domain.md §5.3: compensatory days for the single-day holidays, 2025–2035.
    public static TheoryData<int, string[]> SingleDayMakeUps => new()
    {
        { 2025, [] },
        { 2026, ["Giỗ Tổ Hùng Vương → 2026-04-27"] },
        { 2027, ["Ngày Quốc tế Lao động → 2027-05-03"] },
        { 2028, ["Tết Dương lịch → 2028-01-03", "Ngày Chiến thắng → 2028-05-02"] },
        { 2029, [] },
        { 2030, [] },
        { 2031, [] },
        { 2032, ["Ngày Quốc tế Lao động → 2032-05-03"] },
        { 2033, ["Tết Dương lịch → 2033-01-03", "Giỗ Tổ Hùng Vương → 2033-04-11", "Ngày Chiến thắng → 2033-05-02", "Ngày Quốc tế Lao động → 2033-05-03"] },
        { 2034, ["Tết Dương lịch → 2034-01-02", "Ngày Chiến thắng → 2034-05-02"] },
        { 2035, [] },
    };

    [Theory]
    [MemberData(nameof(SingleDayMakeUps))]
    public void Computed_SingleDayHolidayOnAWeekend_IsMadeUpOnTheNextWorkingDay(int year, string[] expected)
    {
        // Arrange
        string[] singleDay = ["Tết Dương lịch", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng", "Ngày Quốc tế Lao động"];

        // Act
        var makeUps = PublicHolidays.Computed(year)
            .Where(d => d.Reason.StartsWith("Nghỉ bù ", StringComparison.Ordinal))
            .Select(d => (Holiday: singleDay.FirstOrDefault(h => d.Reason.StartsWith($"Nghỉ bù {h}", StringComparison.Ordinal)), d.Date))
            .Where(m => m.Holiday is not null)
            .Select(m => $"{m.Holiday} → {m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
            .ToArray();

        // Assert
        Assert.True(
            expected.SequenceEqual(makeUps),
            $"Điều 111(3) BLLĐ 2019: a holiday on a weekly rest day is made up on the next working day; {year} should have [{string.Join(", ", expected)}], got [{string.Join(", ", makeUps)}].");
    }

    [Fact]
    public void Computed_EveryYear1948To2199_GivesElevenWeekdaysOff()
    {
        // Arrange: from 1948, because in 1947 Giỗ Tổ fell on 30/4 and the two holidays share a day.
        var failures = new List<string>();

        // Act
        for (var year = 1948; year <= WorkingCalendar.MaxYear; year++)
        {
            var weekdaysOff = PublicHolidays.Computed(year).Count(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            if (weekdaysOff != 11)
            {
                failures.Add($"{year}: {weekdaysOff}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"Điều 112(1) gives 11 paid holidays, each made up if it falls on a weekend (Điều 111(3)); years with another count: {string.Join(", ", failures.Take(10))}.");
    }

    [Theory]
    [InlineData(2027, "2027-02-05,2027-02-08,2027-02-09,2027-02-10,2027-02-11")] // Tết on a Saturday
    [InlineData(2028, "2028-01-25,2028-01-26,2028-01-27,2028-01-28,2028-01-31")] // mùng 4 on a Saturday
    [InlineData(2029, "2029-02-12,2029-02-13,2029-02-14,2029-02-15,2029-02-16")]
    public void Computed_Tet_IsFiveWeekdaysFromTheLastDayOfTheLunarYear(int year, string expected)
    {
        // Act
        var tet = PublicHolidays.Computed(year)
            .Where(d => d.Reason.Contains("Tết Nguyên đán", StringComparison.Ordinal) && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, string.Join(",", tet));
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void Computed_YearOutsideTheLunarRange_Throws(int year)
    {
        // Act
        Action act = () => _ = PublicHolidays.Computed(year);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void Computed_QuocKhanh_IsSecondSeptemberAndTheDayBefore()
    {
        // Act
        var days = PublicHolidays.Computed(2029).Where(d => d.Reason.StartsWith("Quốc khánh", StringComparison.Ordinal)).Select(d => d.Date);

        // Assert
        Assert.Equal([new DateOnly(2029, 9, 1), new DateOnly(2029, 9, 2)], days);
    }
}
