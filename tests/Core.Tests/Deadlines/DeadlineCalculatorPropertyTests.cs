using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

/// <summary>
/// Properties of the deadline calculator over a few thousand seeded random cases received in
/// 2026–2028, checked against the working calendar rather than against the calculator itself.
/// </summary>
public sealed class DeadlineCalculatorPropertyTests
{
    private const int Cases = 3_000;

    private static readonly DeadlineRules Shipped = DeadlineRules.CreateDefault();
    private static readonly WorkingCalendar Calendar = Shipped.Calendar;
    private static readonly DateOnly FirstReceipt = new(2026, 1, 1);
    private static readonly DateOnly LastReceipt = new(2028, 12, 31);
    private static readonly CaseKind[] Kinds = [CaseKind.Feedback, CaseKind.Recommendation, CaseKind.Complaint, CaseKind.Denunciation];

    [Fact]
    public void Calculate_RandomWorkingDayStages_DueDateIsAWorkingDay()
    {
        // Arrange
        var random = new Random(20260212);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = random.Next(3) switch { 0 => CaseKind.Feedback, 1 => CaseKind.Recommendation, _ => CaseKind.Denunciation };
            var clock = RandomClock(random, kind, accept: false, answer: random.Next(4) == 0);
            var status = Status(clock, LastDay(clock).AddDays(random.Next(0, 60)));
            if (status.Unit != DayUnit.WorkingDays || !Calendar.IsWorkingDay(status.DueOn))
            {
                failures.Add($"{Describe(clock)} → {status.DueOn:yyyy-MM-dd ddd} ({status.Unit})");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"A limit in ngày làm việc (NĐ 20/2008; Luật Tố cáo 2018, Điều 24) ends on a working day; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_RandomCalendarDayStages_DueDateRollsToTheFirstWorkingDayOnOrAfterTheLimit()
    {
        // Arrange
        var random = new Random(20260217);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var accept = kind != CaseKind.Complaint || random.Next(3) != 0; // an unaccepted complaint is in its 10-day thụ lý stage
            var clock = RandomClock(random, kind, accept, answer: random.Next(4) == 0);
            var status = Status(clock, LastDay(clock).AddDays(random.Next(0, 60)));
            var limitEnds = status.StartedOn.AddDays(status.AllowedDays + status.PausedDays);
            if (status.Unit != DayUnit.CalendarDays || !Calendar.IsWorkingDay(status.DueOn) || status.DueOn != Calendar.NextWorkingDay(limitEnds))
            {
                failures.Add($"{Describe(clock)} → limit {limitEnds:yyyy-MM-dd ddd}, due {status.DueOn:yyyy-MM-dd ddd} ({status.Unit})");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"A limit in calendar days that ends on a day off rolls to the next working day (DOMAIN.md); failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_PauseOfNWorkingDays_MovesAWorkingDayDueDateByExactlyNWorkingDays()
    {
        // Arrange
        var random = new Random(20260223);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = random.Next(2) == 0 ? CaseKind.Feedback : CaseKind.Denunciation;
            var received = RandomReceipt(random);
            var (stop, resume) = random.Next(2) == 0
                ? (CaseEventType.InformationRequested, CaseEventType.InformationReceived)
                : (CaseEventType.Suspended, CaseEventType.Resumed);
            var from = received.AddDays(random.Next(0, 20));
            var to = from.AddDays(random.Next(0, 40));
            var today = to.AddDays(random.Next(0, 30));
            var without = new CaseClock(kind, received, false, [new(CaseEventType.Received, received)]);
            var with = without with { Events = [new(CaseEventType.Received, received), new(stop, from), new(resume, to)] };
            var n = Calendar.CountWorkingDays(from, to);

            var dueWithout = Status(without, today).DueOn;
            var statusWith = Status(with, today);
            if (Calendar.CountWorkingDays(dueWithout, statusWith.DueOn) != n || statusWith.PausedDays != n)
            {
                failures.Add($"{kind} {received:yyyy-MM-dd}, {stop} {from:yyyy-MM-dd} – {to:yyyy-MM-dd} ({n} working days): {dueWithout:yyyy-MM-dd} → {statusWith.DueOn:yyyy-MM-dd}, paused {statusWith.PausedDays}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"Waiting for the filer or tạm đình chỉ for n working days moves a limit in ngày làm việc by exactly n working days; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_PauseOfNDaysInAComplaint_MovesTheUnrolledLimitByExactlyNDays()
    {
        // Arrange
        var random = new Random(20260301);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var received = RandomReceipt(random);
            var accepted = received.AddDays(random.Next(0, 11));
            var complex = random.Next(2) == 0;
            var remote = random.Next(2) == 0;
            var from = accepted.AddDays(random.Next(0, 30));
            var to = from.AddDays(random.Next(0, 40));
            List<ClockEvent> events = [new(CaseEventType.Received, received), new(CaseEventType.Accepted, accepted)];
            if (complex)
            {
                events.Add(new(CaseEventType.MarkedComplex, accepted));
            }

            events.Add(new(CaseEventType.InformationRequested, from));
            events.Add(new(CaseEventType.InformationReceived, to));
            var clock = new CaseClock(CaseKind.Complaint, received, remote, events);
            // Luật Khiếu nại 2011, Điều 28: 30 / 45 complex; remote 45 / 60 complex.
            var allowed = (complex, remote) switch { (false, false) => 30, (true, true) => 60, _ => 45 };
            var n = to.DayNumber - from.DayNumber;

            var status = Status(clock, to.AddDays(random.Next(0, 30)));
            var expected = Calendar.NextWorkingDay(accepted.AddDays(allowed + n));
            if (status.DueOn != expected || status.PausedDays != n)
            {
                failures.Add($"accepted {accepted:yyyy-MM-dd} complex={complex} remote={remote}, waiting {from:yyyy-MM-dd} – {to:yyyy-MM-dd}: due {status.DueOn:yyyy-MM-dd}, expected {expected:yyyy-MM-dd}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"Waiting n days stops a complaint's clock for n calendar days (Luật Khiếu nại 2011, Điều 28, limit counted from thụ lý); failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_ExtensionOfDDaysToADenunciation_DueIsTheNextWorkingDayOfBasePlusD()
    {
        // Arrange
        var random = new Random(20260430);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var received = RandomReceipt(random);
            var accepted = received.AddDays(random.Next(0, 15));
            List<ClockEvent> events = [new(CaseEventType.Received, received), new(CaseEventType.Accepted, accepted)];
            var extended = 0;
            var on = accepted;
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                var days = random.Next(1, 31);
                on = on.AddDays(random.Next(0, 30));
                events.Add(new(CaseEventType.Extended, on, days));
                extended += days;
            }

            var clock = new CaseClock(CaseKind.Denunciation, received, false, events);
            var baseDay = accepted.AddDays(30); // Luật Tố cáo 2018, Điều 30: 30 days from thụ lý

            var status = Status(clock, on);
            var expected = Calendar.NextWorkingDay(baseDay.AddDays(extended));
            if (status.DueOn != expected || status.AllowedDays != 30 + extended)
            {
                failures.Add($"accepted {accepted:yyyy-MM-dd}, extended by {extended}: due {status.DueOn:yyyy-MM-dd}, expected {expected:yyyy-MM-dd}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"Each gia hạn adds its days to the 30 of Luật Tố cáo 2018, Điều 30, and the result rolls to a working day; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_RandomOpenCases_OverdueExactlyWhenUnpausedAndTodayIsPastTheDueDate()
    {
        // Arrange
        var random = new Random(20260902);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var clock = RandomClock(random, kind, accept: random.Next(3) != 0, answer: false);
            // Probe the days around the due date, where a weekend or Tết right after it matters.
            var dueOn = Status(clock, LastDay(clock).AddDays(random.Next(0, 60))).DueOn;
            var today = Later(LastDay(clock), dueOn.AddDays(random.Next(-3, 6)));
            var status = Status(clock, today);
            var late = today > status.DueOn;
            if (status.IsOverdue != (late && !status.IsPaused) || (!status.IsPaused && (status.RemainingDays < 0) != late))
            {
                failures.Add($"{Describe(clock)} on {today:yyyy-MM-dd ddd}: due {status.DueOn:yyyy-MM-dd ddd}, remaining {status.RemainingDays}, paused {status.IsPaused}, overdue {status.IsOverdue}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"A running case is overdue on every day after its due date, days off included, and a paused one never is; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_RandomAnsweredCases_StoppedWithMetDeadlineAgreeingWithRemainingDaysWhateverToday()
    {
        // Arrange
        var random = new Random(20261231);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var clock = RandomClock(random, kind, accept: random.Next(3) != 0, answer: true);
            var soon = Status(clock, LastDay(clock));
            var later = Status(clock, LastDay(clock).AddDays(random.Next(1, 400)));
            if (soon != later || !soon.IsStopped || soon.IsOverdue || soon.MetDeadline != soon.RemainingDays >= 0)
            {
                failures.Add($"{Describe(clock)}: due {soon.DueOn:yyyy-MM-dd ddd}, stopped {soon.StoppedOn:yyyy-MM-dd ddd}, met {soon.MetDeadline}, remaining {soon.RemainingDays}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"An answered case is judged by its answer day alone: met when answered on or before the due date, never overdue afterwards; failures: {string.Join("; ", failures.Take(5))}.");
    }

    [Fact]
    public void Calculate_TransfersAnywhereInTheHistory_ChangeNothing()
    {
        // Arrange
        var random = new Random(20260110);
        var failures = new List<string>();

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var clock = RandomClock(random, kind, accept: random.Next(3) != 0, answer: random.Next(3) == 0);
            var transferred = new List<ClockEvent>(clock.Events);
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                var at = random.Next(1, transferred.Count + 1);
                transferred.Insert(at, new ClockEvent(CaseEventType.Transferred, transferred[at - 1].On));
            }

            var today = LastDay(clock).AddDays(random.Next(0, 60));
            var before = Status(clock, today);
            var after = Status(clock with { Events = transferred }, today);
            if (before != after)
            {
                failures.Add($"{Describe(clock)}: due {before.DueOn:yyyy-MM-dd}, after transfer {after.DueOn:yyyy-MM-dd}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, $"Chuyển xử lý keeps the original receipt date (DOMAIN.md), so the deadline is unchanged; failures: {string.Join("; ", failures.Take(5))}.");
    }

    private static DateOnly RandomReceipt(Random random) =>
        FirstReceipt.AddDays(random.Next(0, LastReceipt.DayNumber - FirstReceipt.DayNumber + 1));

    /// <summary>
    /// A history that could have happened: routed, perhaps marked complex, up to two requests for
    /// information in turn (the last perhaps unanswered if the case is open), perhaps a suspension overlapping them, thụ lý, extensions of a
    /// denunciation within the law, and perhaps an answer after everything else.
    /// </summary>
    private static CaseClock RandomClock(Random random, CaseKind kind, bool accept, bool answer)
    {
        var received = RandomReceipt(random);
        var events = new List<(DateOnly On, int Order, ClockEvent Event)>();
        void Add(DateOnly on, CaseEventType type, int? days = null) => events.Add((on, events.Count, new ClockEvent(type, on, days)));

        Add(received, CaseEventType.Received);
        Add(received.AddDays(random.Next(0, 2)), CaseEventType.Routed);
        if (random.Next(3) == 0)
        {
            Add(received.AddDays(random.Next(0, 20)), CaseEventType.MarkedComplex);
        }

        var waitFrom = received;
        for (var k = random.Next(0, 3); k > 0; k--)
        {
            waitFrom = waitFrom.AddDays(random.Next(0, 20));
            var waitTo = waitFrom.AddDays(random.Next(0, 25));
            Add(waitFrom, CaseEventType.InformationRequested);
            if (k == 1 && !answer && random.Next(3) == 0)
            {
                break; // still waiting for the filer
            }

            Add(waitTo, CaseEventType.InformationReceived);
            waitFrom = waitTo;
        }

        if (random.Next(3) == 0)
        {
            var suspended = received.AddDays(random.Next(0, 40));
            Add(suspended, CaseEventType.Suspended);
            Add(suspended.AddDays(random.Next(0, 30)), CaseEventType.Resumed);
        }

        if (accept)
        {
            var accepted = received.AddDays(random.Next(0, 12));
            Add(accepted, CaseEventType.Accepted);
            var extendedOn = accepted;
            for (var k = kind == CaseKind.Denunciation ? random.Next(0, 3) : 0; k > 0; k--)
            {
                extendedOn = extendedOn.AddDays(random.Next(0, 30));
                Add(extendedOn, CaseEventType.Extended, random.Next(1, 31));
            }
        }

        if (answer)
        {
            Add(events.Max(e => e.On).AddDays(random.Next(0, 60)), CaseEventType.Answered);
        }

        return new CaseClock(kind, received, random.Next(5) == 0, [.. events.OrderBy(e => e.On).ThenBy(e => e.Order).Select(e => e.Event)]);
    }

    private static DateOnly LastDay(CaseClock clock) => clock.Events[^1].On;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DeadlineStatus Status(CaseClock clock, DateOnly today) =>
        Shipped.StatusOf(clock, today) ?? throw new InvalidOperationException($"No shipped policy covers {clock.Kind}.");

    private static string Describe(CaseClock clock) =>
        $"{clock.Kind}{(clock.RemoteArea ? " (remote)" : "")} {string.Join(", ", clock.Events.Select(e => $"{e.Type} {e.On:yyyy-MM-dd}{(e.Days is { } d ? $" {d}" : "")}"))}";
}
