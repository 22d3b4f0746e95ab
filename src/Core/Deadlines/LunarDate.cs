namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// A date in the Vietnamese lunar calendar (âm lịch). <see cref="Year"/> is the lunar year that begins
/// at Tết, so 29 or 30 tháng Chạp (month 12) lies in the following solar January or February.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    /// <summary>Day/month/year as Vietnamese calendars print it, e.g. "10/3/2026" or "15/6 nhuận/2025".</summary>
    public override string ToString() =>
        IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
