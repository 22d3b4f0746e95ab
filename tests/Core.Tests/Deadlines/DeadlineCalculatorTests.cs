using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Deadlines;

/// <summary>
/// Deadline cases per law, each due date worked out by hand from the announced 2026 calendar:
/// weekends off; 1/1 and Fri 2/1 off, Sat 10/1 worked; Tết Sat 14/2 – Sun 22/2 off; 26–27/4, 30/4,
/// 1/5, 1–2/9 off. Months of 2026 start on: Feb Sun, Mar Sun, Apr Wed, May Fri, Aug Sat, Sep Tue.
/// Events are written "Type yyyy-MM-dd [days]", comma separated, in the order they happened.
/// </summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineRules Shipped = DeadlineRules.CreateDefault();

    // Far enough after every case below that a stopped case is judged by its stop day alone.
    private const string LongAfter = "2026-12-31";

    [Theory]
    [InlineData(CaseKind.Feedback, "2026-02-12", "2026-02-26", "Thu 12/2: 13/2, then Tết 14–22/2 is off, then 23, 24, 25, 26/2")]
    [InlineData(CaseKind.Feedback, "2026-02-06", "2026-02-13", "Fri 6/2: 9, 10, 11, 12, 13/2, the last working day before Tết")]
    [InlineData(CaseKind.Feedback, "2026-02-14", "2026-02-27", "filed online on Sat 14/2, the first day of Tết: 23, 24, 25, 26, 27/2")]
    [InlineData(CaseKind.Feedback, "2026-01-01", "2026-01-09", "filed on 1/1: 2/1 is swapped off and 3–4/1 is the weekend, so 5, 6, 7, 8, 9/1")]
    [InlineData(CaseKind.Feedback, "2026-01-06", "2026-01-12", "Tue 6/1: 7, 8, 9/1, the worked Saturday 10/1, then Mon 12/1")]
    [InlineData(CaseKind.Feedback, "2026-04-28", "2026-05-07", "Tue 28/4: 29/4, then 30/4, 1/5 and the weekend are off, then 4, 5, 6, 7/5")]
    [InlineData(CaseKind.Feedback, "2026-08-27", "2026-09-07", "Thu 27/8: 28/8, 31/8, then Quốc khánh 1–2/9 is off, then 3, 4, 7/9")]
    [InlineData(CaseKind.Recommendation, "2026-02-12", "2026-02-26", "a kiến nghị is classified on the same 5 working days as a phản ánh")]
    public void Calculate_FeedbackNotYetAccepted_IntakeDueInFiveWorkingDays(CaseKind kind, string received, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(kind, received);

        // Act
        var status = Calculate(clock, received);

        // Assert
        Assert.True(status.Stage == DeadlineStage.Intake, $"Before acceptance a {kind} is in the intake stage; got {status.Stage}.");
        AssertDue(expectedDue, status, $"NĐ 20/2008 (am. NĐ 92/2017): classify and forward within 05 ngày làm việc; {why}");
        Assert.True(status.Unit == DayUnit.WorkingDays && status.AllowedDays == 5, $"The intake limit is 5 working days; got {status.AllowedDays} {status.Unit}.");
    }

    [Theory]
    [InlineData("2026-02-12", "2026-02-13", "2026-02-27", "12/2 + 15 = Fri 27/2, a working day")]
    [InlineData("2026-03-02", "2026-03-09", "2026-03-17", "2/3 + 15 = Tue 17/3 however late it was accepted: the clock runs from receipt")]
    [InlineData("2026-01-30", "2026-02-03", "2026-02-23", "30/1 + 15 = Sat 14/2, the first day of Tết: rolls to Mon 23/2")]
    [InlineData("2026-04-15", "2026-04-20", "2026-05-04", "15/4 + 15 = Thu 30/4, then 1/5 and the weekend are off: rolls to Mon 4/5")]
    [InlineData("2026-08-17", "2026-08-20", "2026-09-03", "17/8 + 15 = Tue 1/9, Quốc khánh 1–2/9 off: rolls to Thu 3/9")]
    public void Calculate_FeedbackAccepted_ResolutionDueFifteenDaysFromReceiptRolledToAWorkingDay(string received, string accepted, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(CaseKind.Feedback, received, $"Accepted {accepted}");

        // Act
        var status = Calculate(clock, accepted);

        // Assert
        Assert.True(status.Stage == DeadlineStage.Resolution, $"After acceptance a phản ánh is in the resolution stage; got {status.Stage}.");
        Assert.True(status.StartedOn == D(received), $"The 15 days run from receipt, not from acceptance; started {status.StartedOn:yyyy-MM-dd}.");
        AssertDue(expectedDue, status, $"CĐ 89/CĐ-TTg: answer within 15 ngày from receipt; a limit ending on a day off rolls to the next working day; {why}");
    }

    [Theory]
    [InlineData("2026-02-02", false, "2026-02-12", "Mon 2/2 + 10 = Thu 12/2")]
    [InlineData("2026-03-16", false, "2026-03-26", "Mon 16/3 + 10 = Thu 26/3")]
    [InlineData("2026-02-04", false, "2026-02-23", "Wed 4/2 + 10 = Sat 14/2, inside Tết: rolls to Mon 23/2")]
    [InlineData("2026-04-17", false, "2026-04-28", "Fri 17/4 + 10 = Mon 27/4, the day off for Giỗ Tổ: rolls to Tue 28/4")]
    [InlineData("2026-04-21", false, "2026-05-04", "Tue 21/4 + 10 = Fri 1/5: rolls over the weekend to Mon 4/5")]
    [InlineData("2026-02-02", true, "2026-02-12", "the law gives remote areas no longer time to accept: still Thu 12/2")]
    public void Calculate_ComplaintNotYetAccepted_AcceptanceDueInTenDays(string received, bool remote, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(CaseKind.Complaint, received, remote: remote);

        // Act
        var status = Calculate(clock, received);

        // Assert
        Assert.True(status.Stage == DeadlineStage.Acceptance, $"A complaint not yet accepted is in the thụ lý stage; got {status.Stage}.");
        AssertDue(expectedDue, status, $"Luật Khiếu nại 2011, Điều 27: thụ lý within 10 ngày of receipt; {why}");
    }

    [Theory]
    [InlineData("2026-03-02", false, false, 30, "2026-04-01", "Mon 2/3 + 30 = Wed 1/4")]
    [InlineData("2026-03-02", true, false, 45, "2026-04-16", "complex: 2/3 + 45 = Thu 16/4")]
    [InlineData("2026-03-02", false, true, 45, "2026-04-16", "remote area: 2/3 + 45 = Thu 16/4")]
    [InlineData("2026-03-02", true, true, 60, "2026-05-04", "remote and complex: 2/3 + 60 = Fri 1/5, a holiday: rolls to Mon 4/5")]
    [InlineData("2026-03-31", false, false, 30, "2026-05-04", "Tue 31/3 + 30 = Thu 30/4, then 1/5 and the weekend: Mon 4/5")]
    [InlineData("2026-03-31", true, false, 45, "2026-05-15", "complex: 31/3 + 45 = Fri 15/5")]
    [InlineData("2026-03-31", true, true, 60, "2026-06-01", "remote and complex: 31/3 + 60 = Sat 30/5: rolls to Mon 1/6")]
    public void Calculate_ComplaintAccepted_ResolutionDueFromThuLy(string accepted, bool complex, bool remote, int allowed, string expectedDue, string why)
    {
        // Arrange
        var events = complex ? $"Accepted {accepted}, MarkedComplex {accepted}" : $"Accepted {accepted}";
        var clock = Clock(CaseKind.Complaint, "2026-02-23", events, remote);

        // Act
        var status = Calculate(clock, accepted);

        // Assert
        Assert.True(status.StartedOn == D(accepted), $"A complaint is resolved within a limit counted from thụ lý; started {status.StartedOn:yyyy-MM-dd}.");
        Assert.True(status.AllowedDays == allowed, $"Luật Khiếu nại 2011, Điều 28: 30 days, 45 if complex; remote areas 45, or 60 if complex; expected {allowed}, got {status.AllowedDays}.");
        AssertDue(expectedDue, status, $"Luật Khiếu nại 2011, Điều 28; {why}");
    }

    [Theory]
    [InlineData("2026-02-09", "", 7, "2026-02-25", "Mon 9/2: 10, 11, 12, 13/2, then Tết, then 23, 24, 25/2")]
    [InlineData("2026-02-09", "MarkedComplex 2026-02-10", 10, "2026-03-02", "verification at several places: 10 days, on to 26, 27/2 and Mon 2/3")]
    [InlineData("2026-04-23", "", 7, "2026-05-07", "Thu 23/4: 24/4, 28/4, 29/4 (27/4, 30/4, 1/5 off), 4, 5, 6, 7/5")]
    [InlineData("2026-04-23", "MarkedComplex 2026-04-24", 10, "2026-05-12", "then 8, 11, 12/5")]
    public void Calculate_DenunciationNotYetAccepted_IntakeDueInWorkingDays(string received, string events, int allowed, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(CaseKind.Denunciation, received, events);

        // Act
        var status = Calculate(clock, received);

        // Assert
        Assert.True(status.Stage == DeadlineStage.Intake && status.AllowedDays == allowed, $"Luật Tố cáo 2018, Điều 24: register and classify within 07 ngày làm việc (10 if verified at several places); expected {allowed}, got {status.AllowedDays} in {status.Stage}.");
        AssertDue(expectedDue, status, $"Luật Tố cáo 2018, Điều 24; {why}");
    }

    [Theory]
    [InlineData("", 30, "2026-04-01", "Mon 2/3 + 30 = Wed 1/4")]
    [InlineData("Extended 2026-03-25 30", 60, "2026-05-04", "one extension: 2/3 + 60 = Fri 1/5, a holiday: Mon 4/5")]
    [InlineData("Extended 2026-03-25 30, Extended 2026-04-28 30", 90, "2026-06-01", "two extensions: 2/3 + 90 = Sun 31/5: Mon 1/6")]
    [InlineData("Extended 2026-03-25 20", 50, "2026-04-21", "an extension of 20 days: 2/3 + 50 = Tue 21/4")]
    [InlineData("Extended 2026-03-25 30, Extended 2026-04-28 15", 75, "2026-05-18", "30 then 15: 2/3 + 75 = Sat 16/5: Mon 18/5")]
    [InlineData("MarkedComplex 2026-03-10", 30, "2026-04-01", "complexity lengthens a denunciation only through an extension, not by itself")]
    public void Calculate_DenunciationAccepted_ResolutionThirtyDaysPlusExtensions(string events, int allowed, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(CaseKind.Denunciation, "2026-02-23", Join("Accepted 2026-03-02", events));

        // Act
        var status = Calculate(clock, "2026-03-02");

        // Assert
        Assert.True(status.AllowedDays == allowed, $"Luật Tố cáo 2018, Điều 30: 30 days from thụ lý, extended at most twice by at most 30 days; expected {allowed}, got {status.AllowedDays}.");
        AssertDue(expectedDue, status, $"Luật Tố cáo 2018, Điều 30; {why}");
    }

    [Theory]
    [InlineData(CaseKind.Denunciation, "Accepted 2026-03-02, Extended 2026-03-25 30, Extended 2026-04-28 30, Extended 2026-05-25 10", "a third extension")]
    [InlineData(CaseKind.Denunciation, "Accepted 2026-03-02, Extended 2026-03-25 31", "an extension of 31 days")]
    [InlineData(CaseKind.Complaint, "Accepted 2026-03-02, Extended 2026-03-25 10", "any extension of a complaint, whose law gives none")]
    [InlineData(CaseKind.Feedback, "Accepted 2026-03-02, Extended 2026-03-10 5", "any extension of a phản ánh")]
    public void Calculate_ExtensionBeyondTheLegalBound_Throws(CaseKind kind, string events, string what)
    {
        // Arrange
        var clock = Clock(kind, "2026-02-23", events);

        // Act
        var error = Record.Exception(() => Calculate(clock, "2026-06-01"));

        // Assert
        Assert.True(error is ArgumentException, $"Luật Tố cáo 2018, Điều 30 allows two extensions of at most 30 days each; {what} goes beyond the law and must be refused; got {error?.GetType().Name ?? "no exception"}.");
    }

    [Theory]
    // PAKN intake (working days), received Mon 2/3, due Mon 9/3 without a pause.
    [InlineData(CaseKind.Feedback, "2026-03-02", "InformationRequested 2026-03-04, InformationReceived 2026-03-09", 3, "2026-03-12", "waiting Wed 4/3 – Mon 9/3 stops 5, 6, 9/3: three working days, so 9/3 moves to Thu 12/3")]
    [InlineData(CaseKind.Feedback, "2026-03-02", "Suspended 2026-03-04, Resumed 2026-03-09", 3, "2026-03-12", "a suspension over the same days moves the date the same way")]
    [InlineData(CaseKind.Feedback, "2026-03-02", "InformationRequested 2026-03-03, Suspended 2026-03-04, InformationReceived 2026-03-05, Resumed 2026-03-06", 3, "2026-03-12", "waiting 3–5/3 overlaps suspension 4–6/3: 4, 5, 6/3 count once, three days, not four")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "InformationRequested 2026-02-13, InformationReceived 2026-02-24", 2, "2026-03-02", "waiting over Tết stops only the working days 23 and 24/2: 26/2 moves two working days to Mon 2/3")]
    // Complaint resolution (calendar days), accepted Mon 2/3, due Wed 1/4 without a pause.
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, InformationRequested 2026-03-10, InformationReceived 2026-03-17", 7, "2026-04-08", "waiting 10–17/3 stops seven days: 1/4 moves to Wed 8/4")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, Suspended 2026-03-10, Resumed 2026-03-17", 7, "2026-04-08", "tạm đình chỉ 10–17/3 stops seven days: Wed 8/4")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, InformationRequested 2026-03-10, Suspended 2026-03-15, InformationReceived 2026-03-20, Resumed 2026-03-25", 15, "2026-04-16", "waiting 10–20/3 and suspension 15–25/3 cover 10–25/3 once: 15 days, 2/3 + 45 = Thu 16/4 (not 20 days)")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, InformationRequested 2026-03-10, Suspended 2026-03-12, Resumed 2026-03-14, InformationReceived 2026-03-25", 15, "2026-04-16", "a suspension inside a wait adds nothing: 15 days, Thu 16/4")]
    [InlineData(CaseKind.Complaint, "2026-03-02", "InformationRequested 2026-03-03, InformationReceived 2026-03-06, Accepted 2026-03-09", 0, "2026-04-08", "waiting before thụ lý does not lengthen a limit counted from thụ lý: 9/3 + 30 = Wed 8/4")]
    [InlineData(CaseKind.Complaint, "2026-03-02", "InformationRequested 2026-03-04, InformationReceived 2026-03-09", 5, "2026-03-17", "thụ lý: waiting 4–9/3 stops five days, 2/3 + 15 = Tue 17/3")]
    [InlineData(CaseKind.Feedback, "2026-03-02", "InformationRequested 2026-03-03, InformationReceived 2026-03-06, Accepted 2026-03-09", 3, "2026-03-20", "a PAKN's 15 days run from receipt, so waiting during classification counts: 2/3 + 18 = Fri 20/3")]
    [InlineData(CaseKind.Denunciation, "2026-02-23", "Accepted 2026-03-02, Extended 2026-03-25 30, Suspended 2026-04-01, Resumed 2026-04-11", 10, "2026-05-11", "an extension and a suspension add up: 2/3 + 60 + 10 = Mon 11/5")]
    public void Calculate_ClosedPause_MovesTheDueDateByThePausedDays(CaseKind kind, string received, string events, int paused, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(kind, received, events);

        // Act
        var status = Calculate(clock, LongAfter);

        // Assert
        Assert.True(status.PausedDays == paused, $"Waiting for the filer and tạm đình chỉ (Luật 136/2025) stop the clock, each day once; expected {paused} {status.Unit}, got {status.PausedDays}.");
        Assert.False(status.IsPaused, "The pause has ended: the clock runs again.");
        AssertDue(expectedDue, status, why);
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, InformationRequested 2026-03-10", "2026-04-20", 41, "2026-05-12", "waiting since 10/3, due 1/4 has passed; 41 days paused so far: 2/3 + 71 = Tue 12/5")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, Suspended 2026-03-10", "2026-04-20", 41, "2026-05-12", "suspended since 10/3: the same")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "Suspended 2026-02-13", "2026-03-02", 6, "2026-03-06", "suspended since 13/2; 23/2 – 2/3 are six working days: 5 + 6 working days after 12/2 is Fri 6/3")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "InformationRequested 2026-03-02", "2026-03-02", 0, "2026-02-26", "asked on 2/3, after due 26/2: paused, so not shown overdue while the filer is waited for")]
    public void Calculate_OpenPause_IsPausedAndNeverOverdue(CaseKind kind, string received, string events, string today, int paused, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(kind, received, events);

        // Act
        var status = Calculate(clock, today);

        // Assert
        Assert.True(status.IsPaused, $"While information is awaited or the case is suspended the clock stands still; {why}.");
        Assert.False(status.IsOverdue, $"A paused case is not overdue: the delay is not the agency's; {why}.");
        Assert.True(status.PausedDays == paused, $"Paused days so far: expected {paused}, got {status.PausedDays}; {why}.");
        AssertDue(expectedDue, status, why);
    }

    [Theory]
    [InlineData(CaseKind.Feedback, "Routed 2026-02-12, Transferred 2026-02-24", "2026-02-24", "2026-02-26", "intake stays due Thu 26/2")]
    [InlineData(CaseKind.Feedback, "Routed 2026-02-12, Transferred 2026-02-24, Accepted 2026-02-25", "2026-02-25", "2026-02-27", "resolution stays due 12/2 + 15 = Fri 27/2")]
    [InlineData(CaseKind.Complaint, "Accepted 2026-03-02, Transferred 2026-03-10", "2026-03-10", "2026-04-01", "resolution stays due 2/3 + 30 = Wed 1/4")]
    public void Calculate_Transferred_KeepsTheReceiptDateAndTheDueDate(CaseKind kind, string events, string today, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(kind, "2026-02-12", events);

        // Act
        var status = Calculate(clock, today);

        // Assert
        AssertDue(expectedDue, status, $"A transfer (chuyển xử lý) keeps the original receipt date (DOMAIN.md); {why}");
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "Accepted 2026-03-02, Answered 2026-04-01", "2026-04-01", true, "answered on the due date Wed 1/4")]
    [InlineData(CaseKind.Complaint, "Accepted 2026-03-02, Answered 2026-04-02", "2026-04-01", false, "answered Thu 2/4, a day after Wed 1/4")]
    [InlineData(CaseKind.Complaint, "Refused 2026-02-25", "2026-03-05", true, "refused within the 10 days to accept (due 23/2 + 10 = Thu 5/3)")]
    [InlineData(CaseKind.Feedback, "Refused 2026-03-02", "2026-03-02", true, "classified as not accepted on the 5th working day, Mon 2/3")]
    [InlineData(CaseKind.Feedback, "Refused 2026-03-03", "2026-03-02", false, "classified as not accepted on Tue 3/3, a working day late")]
    public void Calculate_Answered_StopsTheClockAndRecordsWhetherTheDeadlineWasMet(CaseKind kind, string events, string expectedDue, bool met, string why)
    {
        // Arrange: received Mon 23/2.
        var clock = Clock(kind, "2026-02-23", events);

        // Act
        var status = Calculate(clock, LongAfter);

        // Assert
        AssertDue(expectedDue, status, why);
        Assert.True(status.IsStopped, "An answer, decision or refusal stops the clock.");
        Assert.True(status.MetDeadline == met, $"Whether the case was answered in time is what the on-time rate counts; {why}: expected {met}, got {status.MetDeadline}.");
        Assert.False(status.IsOverdue, "A stopped case is never shown as overdue, however long ago it was answered.");
    }

    [Theory]
    [InlineData(CaseKind.Feedback, "2026-02-12", "Accepted 2026-02-13, Answered 2026-02-27, Reopened 2026-03-02", "2026-03-17", "a new 15 days from Mon 2/3: Tue 17/3")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02, Answered 2026-04-01, Reopened 2026-04-06", "2026-05-06", "a new 30 days from Mon 6/4: Wed 6/5")]
    public void Calculate_Reopened_StartsANewResolutionPeriodFromTheReopenDate(CaseKind kind, string received, string events, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(kind, received, events);
        var reopened = events[(events.LastIndexOf(' ') + 1)..];

        // Act
        var status = Calculate(clock, reopened);

        // Assert
        Assert.True(status.Stage == DeadlineStage.Resolution && status.StartedOn == D(reopened), $"A disputed answer reopens the case and a new resolution period starts on {reopened}; got {status.Stage} from {status.StartedOn:yyyy-MM-dd}.");
        Assert.False(status.IsStopped, "A reopened case is open again.");
        AssertDue(expectedDue, status, why);
    }

    [Theory]
    [InlineData("Accepted 2026-03-05, Answered 2026-03-04", "an event dated before the one it follows")]
    [InlineData("Routed 2026-02-27", "an event dated before receipt (2/3)")]
    [InlineData("Accepted 2026-03-03, InformationReceived 2026-03-05", "information received that was never asked for")]
    [InlineData("Accepted 2026-03-03, Resumed 2026-03-05", "a resumption without a suspension")]
    [InlineData("Accepted 2026-03-03, Reopened 2026-03-05", "reopening a case never answered")]
    [InlineData("Accepted 2026-03-03, Accepted 2026-03-04", "a second thụ lý")]
    [InlineData("Accepted 2026-03-03, Answered 2026-03-20, Accepted 2026-03-21", "thụ lý of an answered case")]
    [InlineData("Accepted 2026-03-03, Extended 2026-03-05 0", "an extension of 0 days")]
    [InlineData("Accepted 2026-03-03, Extended 2026-03-05", "an extension without a number of days")]
    [InlineData("Accepted 2026-03-03, InformationRequested 2026-03-04, InformationRequested 2026-03-05", "asking again before the first answer")]
    [InlineData("Accepted 2026-03-03, Suspended 2026-03-04, Suspended 2026-03-05", "suspending a suspended case")]
    public void Calculate_EventsThatCouldNotHaveHappened_Throws(string events, string what)
    {
        // Arrange
        var clock = Clock(CaseKind.Denunciation, "2026-03-02", events);

        // Act
        var error = Record.Exception(() => Calculate(clock, "2026-04-01"));

        // Assert
        Assert.True(error is ArgumentException, $"The clock is recomputed from the history, so a history with {what} is refused rather than silently giving a wrong deadline; got {error?.GetType().Name ?? "no exception"}.");
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02", "2026-04-03", "2026-04-01", -2, "Fri 3/4 is two days past Wed 1/4")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02", "2026-04-01", "2026-04-01", 0, "on the due day itself the case is still in time")]
    [InlineData(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02", "2026-03-31", "2026-04-01", 1, "the day before, one day remains")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "", "2026-03-02", "2026-02-26", -2, "Mon 2/3 is two working days (27/2, 2/3) past Thu 26/2")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "", "2026-02-26", "2026-02-26", 0, "on the due day itself the case is still in time")]
    [InlineData(CaseKind.Feedback, "2026-02-12", "", "2026-02-13", "2026-02-26", 4, "on Fri 13/2: 23, 24, 25, 26/2 remain")]
    public void Calculate_Today_ReportsRemainingDaysAndOverdue(CaseKind kind, string received, string events, string today, string expectedDue, int remaining, string why)
    {
        // Arrange
        var clock = Clock(kind, received, events);

        // Act
        var status = Calculate(clock, today);

        // Assert
        AssertDue(expectedDue, status, why);
        Assert.True(status.RemainingDays == remaining, $"Days left in the policy's unit, negative once overdue; {why}: expected {remaining}, got {status.RemainingDays}.");
        Assert.True(status.IsOverdue == remaining < 0, $"A case is overdue exactly when today is past its due date; {why}.");
    }

    [Theory]
    [InlineData("2026-02-06", "2026-02-14", "2026-02-13", "Sat 14/2, the first day of Tết, after Fri 13/2")]
    [InlineData("2026-02-06", "2026-02-20", "2026-02-13", "Fri 20/2, mùng 4 Tết, a week after Fri 13/2")]
    [InlineData("2026-02-20", "2026-02-28", "2026-02-27", "Sat 28/2 after Fri 27/2 (filed online on mùng 4 Tết)")]
    public void Calculate_WorkingDayLimitPassedOnADayOff_IsOverdue(string received, string today, string expectedDue, string why)
    {
        // Arrange
        var clock = Clock(CaseKind.Feedback, received);

        // Act
        var status = Calculate(clock, today);

        // Assert
        AssertDue(expectedDue, status, $"NĐ 20/2008: 05 ngày làm việc; {why}");
        Assert.True(status.IsOverdue, $"The 05 ngày làm việc of NĐ 20/2008 ended on {expectedDue}; on {why} the case is past its due date and must be shown overdue, weekend or Tết notwithstanding; remaining {status.RemainingDays}.");
        Assert.True(status.RemainingDays == -1, $"A day off after the due date counts as the first day late, until the next working day (-1); got {status.RemainingDays}.");
    }

    [Fact]
    public void Calculate_WorkingDayLimitAnsweredOnADayOffAfterTheDueDate_RemainingAgreesWithMetDeadline()
    {
        // Arrange: received Fri 6/2, intake due Fri 13/2, refused on Sat 14/2, the first day of Tết.
        var clock = Clock(CaseKind.Feedback, "2026-02-06", "Refused 2026-02-14");

        // Act
        var status = Calculate(clock, LongAfter);

        // Assert
        Assert.True(status.MetDeadline == false, "Classified a day after the 05 ngày làm việc of NĐ 20/2008 ran out: not in time.");
        Assert.True(status.RemainingDays < 0, $"A late answer shows negative remaining days, as MetDeadline says; got {status.RemainingDays}.");
    }

    [Fact]
    public void Calculate_ShippedPolicies_CarryTheirLegalSourceAndVerifyFlag()
    {
        // Arrange
        var clock = Clock(CaseKind.Complaint, "2026-02-23", "Accepted 2026-03-02");

        // Act
        var status = Calculate(clock, "2026-03-02");

        // Assert
        Assert.True(status.PolicyCode == "KHN-GIAI-QUYET-LAN-DAU", $"First-instance complaint resolution policy applies; got {status.PolicyCode}.");
        Assert.Contains("Luật Khiếu nại 2011, Điều 28", status.LegalSource, StringComparison.Ordinal);
        Assert.True(status.ToVerify, "The day unit for complaints is flagged (verify) in DOMAIN.md, so staff see the figure with a warning.");
    }

    [Fact]
    public void Calculate_NoPolicyForTheStage_ReturnsNull()
    {
        // Arrange: only the intake policy of PAKN is configured.
        var intakeOnly = Shipped.Policies.Where(p => p.Code == "PA-TIEP-NHAN").ToList();
        var clock = Clock(CaseKind.Feedback, "2026-02-12", "Accepted 2026-02-13");

        // Act
        var status = DeadlineCalculator.Calculate(clock, intakeOnly, Shipped.Calendar, D("2026-02-13"));

        // Assert
        Assert.Null(status);
    }

    internal static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A case clock from a receipt day and "Type yyyy-MM-dd [days]" events, comma separated.</summary>
    internal static CaseClock Clock(CaseKind kind, string received, string events = "", bool remote = false)
    {
        List<ClockEvent> history = [new(CaseEventType.Received, D(received))];
        foreach (var entry in events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int? days = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            history.Add(new ClockEvent(Enum.Parse<CaseEventType>(parts[0]), D(parts[1]), days));
        }

        return new CaseClock(kind, D(received), remote, history);
    }

    private static string Join(string first, string rest) => rest.Length == 0 ? first : $"{first}, {rest}";

    private static DeadlineStatus Calculate(CaseClock clock, string today) =>
        Shipped.StatusOf(clock, D(today)) ?? throw new InvalidOperationException($"No shipped policy covers {clock.Kind}.");

    private static void AssertDue(string expected, DeadlineStatus status, string why) =>
        Assert.True(status.DueOn == D(expected), $"{why}: due {expected}, got {status.DueOn:yyyy-MM-dd} ({status.PolicyCode}).");
}
