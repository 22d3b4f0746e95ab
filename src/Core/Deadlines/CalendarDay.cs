namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// One entry of a year's holiday schedule: a day off or a worked weekend day, with the reason shown
/// to staff (in Vietnamese, naming the holiday and, for an announced day, its source).
/// </summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Reason);
