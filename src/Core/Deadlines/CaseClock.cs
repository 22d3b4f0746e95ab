using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>One entry of a case's history as the clock sees it: what happened, on which local day.</summary>
public readonly record struct ClockEvent(CaseEventType Type, DateOnly On, int? Days = null);

/// <summary>What the deadline calculator needs of a case: its kind, receipt day, area and history.</summary>
public sealed record CaseClock(CaseKind Kind, DateOnly ReceivedOn, bool RemoteArea, IReadOnlyList<ClockEvent> Events)
{
    public static CaseClock From(CaseKind kind, DateTimeOffset receivedAt, IEnumerable<(CaseEventType Type, DateTimeOffset At, int? Days)> events, bool remoteArea = false) =>
        new(
            kind,
            VietnamTime.ToLocalDate(receivedAt),
            remoteArea,
            [.. events.Select(e => new ClockEvent(e.Type, VietnamTime.ToLocalDate(e.At), e.Days))]);

    public static CaseClock From(FeedbackCase feedbackCase, bool remoteArea = false)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        return From(
            feedbackCase.Kind,
            feedbackCase.ReceivedAt,
            // Events not yet stored have no id: they come after the stored ones of the same instant, in the order appended.
            feedbackCase.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id == 0 ? long.MaxValue : e.Id).Select(e => (e.Type, e.OccurredAt, e.Days)),
            remoteArea);
    }
}
