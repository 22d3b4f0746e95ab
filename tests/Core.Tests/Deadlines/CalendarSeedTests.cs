using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

public sealed class CalendarSeedTests
{
    [Fact]
    public void AnnouncedDays_Shipped2026_HasTheAnnouncedTetBreakAndSwap()
    {
        // Act
        var days = CalendarSeed.AnnouncedDays();

        // Assert
        Assert.All(days, d => Assert.Equal(2026, d.Date.Year));
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason), "Every announced day carries its reason for staff."));
        var tet = days.Where(d => d.Date >= new DateOnly(2026, 2, 14) && d.Date <= new DateOnly(2026, 2, 22)).ToList();
        Assert.True(tet.Count == 9 && tet.All(d => d.Kind == CalendarDayKind.DayOff), "Tết 2026 is announced as nine days off, Sat 14/2 – Sun 22/2.");
        Assert.Single(days, d => d.Kind == CalendarDayKind.WorkingDay && d.Date == new DateOnly(2026, 1, 10));
    }
}
