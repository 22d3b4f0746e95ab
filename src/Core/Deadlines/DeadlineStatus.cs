namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// Where a case stands against the law's clock for its current stage. Days are in the policy's
/// unit; <see cref="RemainingDays"/> is negative once the due date has passed.
/// </summary>
public sealed record DeadlineStatus(
    DeadlineStage Stage,
    string PolicyCode,
    DayUnit Unit,
    DateOnly StartedOn,
    DateOnly DueOn,
    int AllowedDays,
    int UsedDays,
    int RemainingDays,
    int PausedDays,
    bool IsPaused,
    DateOnly? StoppedOn,
    string LegalSource,
    bool ToVerify)
{
    /// <summary>The stage ended (answered, refused, closed): the clock no longer runs.</summary>
    public bool IsStopped => StoppedOn is not null;

    /// <summary>Still open, not paused, and past its due date.</summary>
    public bool IsOverdue => !IsStopped && !IsPaused && RemainingDays < 0;

    /// <summary>For a stopped stage: whether it ended on or before its due date.</summary>
    public bool? MetDeadline => StoppedOn is { } stopped ? stopped <= DueOn : null;
}
