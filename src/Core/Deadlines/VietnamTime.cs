namespace DanVan.Feedback.Core.Deadlines;

/// <summary>Legal days are Hải Phòng's days: a case received at 23:30 UTC is received the next morning, UTC+7.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly ToLocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ToLocalDate(time.GetUtcNow());
    }
}
