using System.Linq.Expressions;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Which cases are past their due date on a day: a due date before it and the clock running (a case waiting for the
/// filer is not late). Whether the case is still open is the caller's to add. <c>AgencyMetricsService</c> counts the
/// same cases inside its per-agency grouping, where an expression cannot be passed; change both together.
/// </summary>
public static class OverdueCases
{
    public static Expression<Func<FeedbackCase, bool>> On(DateOnly today)
    {
        // "== running", not "!c.ClockPaused": SQLite can seek IX_Cases_ClockPaused_DueOn only for an equality.
        var running = false;
        return c => c.ClockPaused == running && c.DueOn != null && c.DueOn < today;
    }
}
