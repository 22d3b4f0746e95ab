namespace DanVan.Feedback.Core.Deadlines;

/// <summary>What an entry of a year's holiday schedule makes of its date.</summary>
public enum CalendarDayKind
{
    /// <summary>No work: a public holiday, a compensatory day (nghỉ bù) or a swapped day off (nghỉ hoán đổi).</summary>
    DayOff = 1,

    /// <summary>A weekend day worked in exchange for a swapped day off (làm bù).</summary>
    WorkingDay = 2,
}
