using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>
/// Computes a case's due date from its history, its policies and the calendar — never from a stored
/// counter, so correcting an event or a holiday corrects every deadline. Pure: no clock, no database.
/// </summary>
/// <remarks>
/// Stages: before acceptance a complaint is in <see cref="DeadlineStage.Acceptance"/> and other kinds in
/// <see cref="DeadlineStage.Intake"/>; after it, <see cref="DeadlineStage.Resolution"/> (from receipt for
/// PAKN, from thụ lý for complaints and denunciations, as the policy says). Waiting for the filer and
/// suspension stop the clock; each extension adds days within the policy's bound; a transfer keeps the
/// receipt date; reopening a disputed answer starts a new resolution period.
/// </remarks>
public static class DeadlineCalculator
{
    public static DeadlineStatus? Calculate(CaseClock clock, IReadOnlyList<DeadlinePolicy> policies, WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(calendar);

        var history = Replay(clock);
        var stage = history.AcceptedOn is null
            ? (clock.Kind == CaseKind.Complaint ? DeadlineStage.Acceptance : DeadlineStage.Intake)
            : DeadlineStage.Resolution;
        DeadlinePolicy? policy = null;
        foreach (var candidate in policies)
        {
            if (candidate.Kind == clock.Kind && candidate.Stage == stage)
            {
                policy = candidate;
                break;
            }
        }

        if (policy is null)
        {
            return null;
        }

        var startedOn = history.ReopenedOn
            ?? (policy.StartsFrom == ClockStart.Acceptance ? history.AcceptedOn ?? clock.ReceivedOn : clock.ReceivedOn);

        var extensions = 0;
        var extensionDays = 0;
        foreach (var (on, days) in history.Extensions)
        {
            if (on < startedOn)
            {
                continue;
            }

            extensions++;
            if (extensions > policy.MaxExtensions || days > policy.MaxDaysPerExtension)
            {
                throw new ArgumentException(
                    $"Extension on {on:yyyy-MM-dd} goes beyond the legal bound of {policy.Code}: at most {policy.MaxExtensions} extension(s) of {policy.MaxDaysPerExtension} days.");
            }

            extensionDays += days;
        }

        var referenceDay = history.StoppedOn ?? today;
        var (pausedDays, isPaused) = PausedDays(history, policy, startedOn, referenceDay, calendar);
        var allowed = policy.DaysFor(history.Complex, clock.RemoteArea) + extensionDays;

        DateOnly dueOn;
        int usedDays;
        int remainingDays;
        if (policy.Unit == DayUnit.WorkingDays)
        {
            dueOn = calendar.AddWorkingDays(startedOn, allowed + pausedDays);
            usedDays = calendar.CountWorkingDays(startedOn, referenceDay) - pausedDays;
            remainingDays = calendar.CountWorkingDays(referenceDay, dueOn);

            // A day off after the due date holds no working day, yet the limit has passed: on Tết after a
            // Friday due date the case is already late (and MetDeadline false), so count it as the first day late.
            if (referenceDay > dueOn && remainingDays == 0)
            {
                remainingDays = -1;
            }
        }
        else
        {
            // A limit in calendar days that ends on a day off rolls to the next working day (DOMAIN.md, verify).
            dueOn = calendar.NextWorkingDay(startedOn.AddDays(allowed + pausedDays));
            usedDays = referenceDay.DayNumber - startedOn.DayNumber - pausedDays;
            remainingDays = dueOn.DayNumber - referenceDay.DayNumber;
        }

        return new DeadlineStatus(
            stage,
            policy.Code,
            policy.Unit,
            startedOn,
            dueOn,
            allowed,
            Math.Max(0, usedDays),
            remainingDays,
            pausedDays,
            isPaused && history.StoppedOn is null,
            history.StoppedOn,
            policy.LegalSource,
            policy.ToVerify);
    }

    private static (int Days, bool IsPaused) PausedDays(
        History history, DeadlinePolicy policy, DateOnly startedOn, DateOnly referenceDay, WorkingCalendar calendar)
    {
        var total = 0;
        var isPaused = false;
        DateOnly? mergedFrom = null;
        var mergedTo = DateOnly.MinValue;
        foreach (var pause in history.Pauses)
        {
            var counts = pause.WaitingForFiler ? policy.PausesWhileWaitingForFiler : policy.PausesWhileSuspended;
            if (!counts)
            {
                continue;
            }

            var from = pause.From < startedOn ? startedOn : pause.From;
            var to = pause.To ?? referenceDay;
            isPaused |= pause.To is null;
            if (to > referenceDay)
            {
                to = referenceDay;
            }

            if (to <= from)
            {
                continue;
            }

            // Pauses may overlap (waiting for the filer while suspended): count each day once.
            if (mergedFrom is not null && from <= mergedTo)
            {
                if (to > mergedTo)
                {
                    mergedTo = to;
                }

                continue;
            }

            if (mergedFrom is { } previous)
            {
                total += Span(previous, mergedTo, policy.Unit, calendar);
            }

            mergedFrom = from;
            mergedTo = to;
        }

        if (mergedFrom is { } last)
        {
            total += Span(last, mergedTo, policy.Unit, calendar);
        }

        return (total, isPaused);
    }

    private static int Span(DateOnly fromExclusive, DateOnly toInclusive, DayUnit unit, WorkingCalendar calendar) =>
        unit == DayUnit.WorkingDays
            ? calendar.CountWorkingDays(fromExclusive, toInclusive)
            : toInclusive.DayNumber - fromExclusive.DayNumber;

    private readonly record struct Pause(bool WaitingForFiler, DateOnly From, DateOnly? To);

    private sealed class History
    {
        public DateOnly? AcceptedOn { get; set; }

        public DateOnly? ReopenedOn { get; set; }

        public DateOnly? StoppedOn { get; set; }

        public bool Complex { get; set; }

        public List<(DateOnly On, int Days)> Extensions { get; } = [];

        public List<Pause> Pauses { get; } = [];
    }

    // Reads the history once, refusing one that could not have happened: the clock is only as
    // trustworthy as the order of the events it is computed from.
    private static History Replay(CaseClock clock)
    {
        var history = new History();
        var previous = clock.ReceivedOn;
        int? waitingIndex = null;
        int? suspendedIndex = null;
        foreach (var e in clock.Events)
        {
            if (e.On < previous)
            {
                throw new ArgumentException($"Case events are out of order: {e.Type} on {e.On:yyyy-MM-dd} comes after {previous:yyyy-MM-dd}.");
            }

            previous = e.On;
            switch (e.Type)
            {
                case CaseEventType.Accepted:
                    Require(history.AcceptedOn is null && history.StoppedOn is null, e, "the case is already accepted or closed");
                    history.AcceptedOn = e.On;
                    break;
                case CaseEventType.Refused:
                case CaseEventType.Answered:
                case CaseEventType.Closed:
                    history.StoppedOn ??= e.On;
                    break;
                case CaseEventType.Reopened:
                    Require(history.StoppedOn is not null, e, "only an answered or closed case can be reopened");
                    history.StoppedOn = null;
                    history.ReopenedOn = e.On;
                    history.AcceptedOn ??= e.On;
                    break;
                case CaseEventType.InformationRequested:
                    Require(waitingIndex is null, e, "information is already being waited for");
                    waitingIndex = history.Pauses.Count;
                    history.Pauses.Add(new Pause(true, e.On, null));
                    break;
                case CaseEventType.InformationReceived:
                    Require(waitingIndex is not null, e, "no information was asked for");
                    history.Pauses[waitingIndex!.Value] = history.Pauses[waitingIndex.Value] with { To = e.On };
                    waitingIndex = null;
                    break;
                case CaseEventType.Suspended:
                    Require(suspendedIndex is null, e, "the case is already suspended");
                    suspendedIndex = history.Pauses.Count;
                    history.Pauses.Add(new Pause(false, e.On, null));
                    break;
                case CaseEventType.Resumed:
                    Require(suspendedIndex is not null, e, "the case is not suspended");
                    history.Pauses[suspendedIndex!.Value] = history.Pauses[suspendedIndex.Value] with { To = e.On };
                    suspendedIndex = null;
                    break;
                case CaseEventType.Extended:
                    Require(e.Days is > 0, e, "an extension must add at least one day");
                    history.Extensions.Add((e.On, e.Days!.Value));
                    break;
                case CaseEventType.MarkedComplex:
                    history.Complex = true;
                    break;
                default:
                    // Received, Routed, Transferred: a transfer keeps the receipt date (DOMAIN.md).
                    break;
            }
        }

        return history;
    }

    private static void Require(bool condition, ClockEvent e, string reason)
    {
        if (!condition)
        {
            throw new ArgumentException($"{e.Type} on {e.On:yyyy-MM-dd} is out of order: {reason}.");
        }
    }
}
