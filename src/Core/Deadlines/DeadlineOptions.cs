namespace DanVan.Feedback.Core.Deadlines;

/// <summary>The <c>Deadlines</c> section.</summary>
public sealed class DeadlineOptions
{
    public const string SectionName = "Deadlines";

    /// <summary>Days past its due date (in the limit's own unit) after which a case goes to Thanh tra's review queue (task 4.5).</summary>
    public int ReviewMarginDays { get; set; } = 10;

    /// <summary>How many working days before a due date the agency's staff are reminded.</summary>
    public int RemindWorkingDaysBefore { get; set; } = 2;
}
