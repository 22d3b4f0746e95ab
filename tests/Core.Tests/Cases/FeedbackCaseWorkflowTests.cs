using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class FeedbackCaseWorkflowTests
{
    private const string Reason = "Cần xác minh thêm tại hiện trường và đối chiếu hồ sơ địa chính";

    private static readonly DeadlineRules Rules = DeadlineRules.CreateDefault();

    private static readonly Situation[] Open =
    [
        Situation.Received, Situation.Accepted, Situation.WaitingBeforeAcceptance, Situation.WaitingAfterAcceptance,
        Situation.Suspended, Situation.AwaitingApproval, Situation.Answered,
    ];

    /// <summary>
    /// Every step of the workflow: the situations it may be taken from and the status each leads to.
    /// Any situation not listed must refuse the step (see <see cref="Take_FromASituationItIsNotLegalIn_IsRefusedAndChangesNothing"/>).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Step> Steps = new Step[]
    {
        new("Accept", CaseKind.Complaint, CaseEventType.Accepted,
            Leads((Situation.Received, CaseStatus.Accepted)),
            (c, note, at) => c.Accept(CaseBuilder.Officer, at, note), NeedsReason: false),
        new("Refuse", CaseKind.Complaint, CaseEventType.Refused,
            Leads((Situation.Received, CaseStatus.Refused), (Situation.WaitingBeforeAcceptance, CaseStatus.Refused)),
            (c, message, at) => c.Refuse(RefusalGround.For(CaseKind.Complaint).First(), message, CaseBuilder.Lead, at)),
        new("Assign", CaseKind.Complaint, CaseEventType.Assigned,
            Keeps(Open),
            (c, _, at) => c.Assign("officer-2", "Đỗ Thu Hà", CaseBuilder.Lead, at), NeedsReason: false),
        new("RequestInformation", CaseKind.Complaint, CaseEventType.InformationRequested,
            Leads((Situation.Received, CaseStatus.WaitingForFiler), (Situation.Accepted, CaseStatus.WaitingForFiler)),
            (c, what, at) => c.RequestInformation(what, CaseBuilder.Officer, at)),
        new("RecordInformation", CaseKind.Complaint, CaseEventType.InformationReceived,
            Leads((Situation.WaitingBeforeAcceptance, CaseStatus.Received), (Situation.WaitingAfterAcceptance, CaseStatus.Accepted)),
            (c, summary, at) => c.RecordInformation(summary, CaseBuilder.Officer, at)),
        new("RecordFilersReply", CaseKind.Denunciation, CaseEventType.InformationReceived,
            Leads((Situation.WaitingBeforeAcceptance, CaseStatus.Received), (Situation.WaitingAfterAcceptance, CaseStatus.Accepted)),
            (c, reply, at) => c.RecordFilersReply(reply, at)),
        new("Transfer", CaseKind.Complaint, CaseEventType.Transferred,
            Leads((Situation.Received, CaseStatus.Received)),
            (c, reason, at) => c.Transfer(CaseBuilder.OtherAgency, reason, CaseBuilder.Officer, at)),
        new("RequestCoordination", CaseKind.Complaint, CaseEventType.CoordinationRequested,
            Keeps(Open.Except([Situation.Answered])),
            (c, request, at) => c.RequestCoordination(CaseBuilder.OtherAgency, request, CaseBuilder.Officer, at)),
        new("RecordCoordinationInput", CaseKind.Complaint, CaseEventType.CoordinationInputRecorded,
            Keeps(Open),
            (c, input, at) => c.RecordCoordinationInput(input, CaseBuilder.Coordinator, at)),
        new("MarkComplex", CaseKind.Complaint, CaseEventType.MarkedComplex,
            Keeps([Situation.Received, Situation.Accepted, Situation.WaitingBeforeAcceptance, Situation.WaitingAfterAcceptance, Situation.Suspended]),
            (c, reason, at) => c.MarkComplex(reason, CaseBuilder.Officer, at)),
        new("Extend", CaseKind.Denunciation, CaseEventType.Extended,
            Keeps([Situation.Accepted, Situation.WaitingAfterAcceptance, Situation.Suspended]),
            (c, reason, at) => c.Extend(30, reason, ResolutionPolicy(CaseKind.Denunciation), CaseBuilder.Lead, at)),
        new("Suspend", CaseKind.Complaint, CaseEventType.Suspended,
            Leads((Situation.Accepted, CaseStatus.Suspended)),
            (c, reason, at) => c.Suspend(reason, CaseBuilder.Lead, at)),
        new("Resume", CaseKind.Complaint, CaseEventType.Resumed,
            Leads((Situation.Suspended, CaseStatus.Accepted)),
            (c, note, at) => c.Resume(note, CaseBuilder.Lead, at)),
        new("DraftAnswer", CaseKind.Complaint, CaseEventType.AnswerDrafted,
            Leads((Situation.Accepted, CaseStatus.AwaitingApproval), (Situation.AwaitingApproval, CaseStatus.AwaitingApproval)),
            (c, markdown, at) => c.DraftAnswer(markdown, CaseBuilder.Officer, at)),
        new("ApproveAnswer", CaseKind.Complaint, CaseEventType.Answered,
            Leads((Situation.AwaitingApproval, CaseStatus.Answered)),
            (c, _, at) => c.ApproveAnswer(CaseBuilder.Lead, at, WorkingCalendar.CreateDefault()), NeedsReason: false),
        new("ReturnAnswer", CaseKind.Complaint, CaseEventType.AnswerReturned,
            Leads((Situation.AwaitingApproval, CaseStatus.Accepted)),
            (c, reason, at) => c.ReturnAnswer(reason, CaseBuilder.Lead, at)),
        new("Publish", CaseKind.Complaint, CaseEventType.AnswerPublished,
            Keeps([Situation.Answered, Situation.ClosedAfterAnswer]),
            (c, redacted, at) => c.Publish("Tiêu đề đã lược bỏ thông tin cá nhân", redacted, CaseBuilder.Lead, at)),
        new("Close", CaseKind.Complaint, CaseEventType.Closed,
            Leads((Situation.Answered, CaseStatus.Closed), (Situation.Refused, CaseStatus.Closed)),
            (c, note, at) => c.Close(note, CaseBuilder.Lead, at), NeedsReason: false),
        new("Reopen", CaseKind.Complaint, CaseEventType.Reopened,
            Leads((Situation.Answered, CaseStatus.Accepted), (Situation.ClosedAfterAnswer, CaseStatus.Accepted)),
            (c, reason, at) => c.Reopen(reason, CaseBuilder.Lead, at)),
        new("FlagForReview", CaseKind.Complaint, CaseEventType.FlaggedForReview,
            Keeps(Enum.GetValues<Situation>()),
            (c, note, at) => c.FlagForReview(ReviewReasons.Manual, note, at, CaseBuilder.Officer)),
        new("RecordReviewFinding", CaseKind.Complaint, CaseEventType.ReviewFindingRecorded,
            Keeps(Enum.GetValues<Situation>()),
            (c, finding, at) => c.RecordReviewFinding(finding, directsLeadAgency: true, CaseBuilder.Inspector, at),
            Prepare: PutInReviewQueue),
        new("CloseReview", CaseKind.Complaint, CaseEventType.ReviewClosed,
            Keeps(Enum.GetValues<Situation>()),
            (c, conclusion, at) => c.CloseReview(conclusion, CaseBuilder.Inspector, at),
            Prepare: PutInReviewQueue),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static TheoryData<string, Situation> LegalMoves => Moves(step => step.LegalFrom.Keys);

    public static TheoryData<string, Situation> IllegalMoves => Moves(step => Enum.GetValues<Situation>().Except(step.LegalFrom.Keys));

    public static TheoryData<string, string> StepsWithoutTheirReason
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var step in Steps.Values.Where(s => s.NeedsReason))
            {
                data.Add(step.Name, "");
                data.Add(step.Name, "   ");
            }

            return data;
        }
    }

    public static TheoryData<string> StepNames => new(Steps.Keys);

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Take_FromASituationItIsLegalIn_MovesTheCaseAndRecordsIt(string stepName, Situation from)
    {
        // Arrange
        var step = Steps[stepName];
        var feedbackCase = CaseBuilder.Case(step.Kind).Build(from);
        step.Prepare?.Invoke(feedbackCase, Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);
        var at = Later(feedbackCase);

        // Act
        step.Take(feedbackCase, Reason, at);

        // Assert
        Assert.True(
            feedbackCase.Status == step.LegalFrom[from],
            $"{stepName} from {from} must leave the case {step.LegalFrom[from]}; it is {feedbackCase.Status}.");
        Assert.True(
            feedbackCase.Events.Count == before.EventCount + 1,
            $"{stepName} must add exactly one entry to the case's history; it added {feedbackCase.Events.Count - before.EventCount}.");
        var recorded = feedbackCase.Events[^1];
        Assert.True(recorded.Type == step.Records, $"{stepName} must be recorded as {step.Records}; the history says {recorded.Type}.");
        Assert.True(recorded.OccurredAt == at, $"{stepName} must be recorded at the moment it was taken.");
        Assert.True(
            feedbackCase.Version == before.Version + 1,
            $"{stepName} must bump the version so an officer on a stale page is refused; {before.Version} became {feedbackCase.Version}.");
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Take_FromASituationItIsNotLegalIn_IsRefusedAndChangesNothing(string stepName, Situation from)
    {
        // Arrange
        var step = Steps[stepName];
        var feedbackCase = CaseBuilder.Case(step.Kind).Build(from);
        step.Prepare?.Invoke(feedbackCase, Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => step.Take(feedbackCase, Reason, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"{stepName} from {from} is not a lawful move and must be refused with a reason; got {error?.GetType().Name ?? "no error"}.");
        var refusal = ((CaseRuleException)error!).Refusal;
        Assert.True(Enum.IsDefined(refusal.Rule), $"The officer must be told why {stepName} was refused; the code is {refusal}.");
        if (refusal.Rule is CaseRule.StepNotAllowed or CaseRule.CaseFinished)
        {
            Assert.True(
                refusal.Arguments is [CaseAction, CaseStatus status] && status == before.Status,
                $"A step the case's state forbids names the step and that state ({before.Status}); the refusal says {refusal}.");
        }
        Assert.True(before == Snapshot.Of(feedbackCase), $"A refused {stepName} from {from} must leave the case as it was: {before} became {Snapshot.Of(feedbackCase)}.");
    }

    [Theory]
    [MemberData(nameof(StepsWithoutTheirReason))]
    public void Take_WithoutTheReasonTheLawAsksFor_IsRefusedAndChangesNothing(string stepName, string blank)
    {
        // Arrange
        var step = Steps[stepName];
        var feedbackCase = CaseBuilder.Case(step.Kind).Build(step.LegalFrom.Keys.First());
        step.Prepare?.Invoke(feedbackCase, Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => step.Take(feedbackCase, blank, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"{stepName} with the reason left blank must be refused; got {error?.GetType().Name ?? "no error"}.");
        Assert.True(
            ((CaseRuleException)error!).Refusal is { Rule: CaseRule.InputMissing, Arguments: [StepInput] },
            $"{stepName} without its reason must ask for that reason by name; the refusal says {((CaseRuleException)error!).Refusal}.");
        Assert.True(before == Snapshot.Of(feedbackCase), $"{stepName} refused for a missing reason must change nothing: {before} became {Snapshot.Of(feedbackCase)}.");
    }

    [Theory]
    [MemberData(nameof(StepNames))]
    public void Take_DatedBeforeTheLastEvent_IsRefusedAndChangesNothing(string stepName)
    {
        // Arrange: the history is the legal record; a step cannot be entered before what already happened.
        var step = Steps[stepName];
        var feedbackCase = CaseBuilder.Case(step.Kind).Build(step.LegalFrom.Keys.First());
        step.Prepare?.Invoke(feedbackCase, Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);
        var backdated = feedbackCase.Events.Max(e => e.OccurredAt).AddMinutes(-1);

        // Act
        var error = Record.Exception(() => step.Take(feedbackCase, Reason, backdated));

        // Assert
        Assert.True(error is CaseRuleException, $"{stepName} dated before the case's last event must be refused; got {error?.GetType().Name ?? "no error"}.");
        Assert.True(before == Snapshot.Of(feedbackCase), $"A back-dated {stepName} must not half-change the case: {before} became {Snapshot.Of(feedbackCase)}.");
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "TC-29-1")]
    [InlineData(CaseKind.Denunciation, "KN-11-8")]
    [InlineData(CaseKind.Feedback, "KN-11-4")]
    [InlineData(CaseKind.Recommendation, "PA-9-1")]
    public void Refuse_GroundOfAnotherKind_IsRefusedWithReason(CaseKind kind, string groundCode)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(kind).Build();
        var ground = RefusalGround.Find(groundCode)!;
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Refuse(ground, "Hồ sơ không đủ điều kiện thụ lý.", CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"A {kind} may only be refused on a ground of its own law, not {groundCode} ({ground.Kind}).");
        Assert.Equal(new CaseRefusal(CaseRule.GroundOfAnotherKind, [ground]), ((CaseRuleException)error!).Refusal);
        Assert.True(before == Snapshot.Of(feedbackCase), "A refusal on the wrong ground must leave the case waiting for thụ lý.");
    }

    public static TheoryData<string> AllGroundCodes => new(RefusalGround.All.Select(g => g.Code));

    [Theory]
    [MemberData(nameof(AllGroundCodes))]
    public void Refuse_GroundOfItsOwnKind_TellsTheFilerTheGroundAndItsLaw(string groundCode)
    {
        // Arrange
        var ground = RefusalGround.Find(groundCode)!;
        var feedbackCase = CaseBuilder.Case(ground.Kind).Build();

        // Act
        feedbackCase.Refuse(ground, "Đề nghị ông/bà gửi đơn đến cơ quan có thẩm quyền.", CaseBuilder.Lead, Later(feedbackCase));

        // Assert
        Assert.Equal(CaseStatus.Refused, feedbackCase.Status);
        var refusal = feedbackCase.Events[^1];
        Assert.True(refusal.IsPublic, "The filer must see on the tracking page that the case was not accepted.");
        Assert.True(
            refusal.Note!.Contains(ground.Text, StringComparison.Ordinal) && refusal.Note.Contains(ground.LegalSource, StringComparison.Ordinal),
            $"A refusal must quote the legal ground and its source; the history says: {refusal.Note}");
    }

    [Fact]
    public void Refuse_AfterThuLyWhileWaitingForTheFiler_IsRefused()
    {
        // Arrange: accepted, then the officer asked for information.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.WaitingAfterAcceptance);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Refuse(
            RefusalGround.For(CaseKind.Complaint).First(), "Không thụ lý.", CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "A case already accepted (thụ lý) cannot be refused afterwards: it must be answered.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The accepted case must stay as it was.");
    }

    [Fact]
    public void Extend_DenunciationTwiceBy30Days_BothAllowedAndTheLimitGrowsBy60Days()
    {
        // Arrange: accepted Mon 6/7/2026; 30 days → due Wed 5/8.
        var feedbackCase = CaseBuilder.Case(CaseKind.Denunciation).Build(Situation.Accepted);
        var policy = ResolutionPolicy(CaseKind.Denunciation);

        // Act
        feedbackCase.Extend(30, "Vụ việc phức tạp, cần xác minh tại nhiều địa điểm", policy, CaseBuilder.Lead, new DateTimeOffset(2026, 7, 20, 9, 0, 0, VietnamTime.Offset));
        feedbackCase.Extend(30, "Vụ việc đặc biệt phức tạp, cần trưng cầu giám định", policy, CaseBuilder.Lead, new DateTimeOffset(2026, 8, 20, 9, 0, 0, VietnamTime.Offset));

        // Assert: 30 + 30 + 30 days from 6/7 → Sun 4/10/2026, rolled to Mon 5/10.
        var status = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 8, 21))!;
        Assert.Equal(2, feedbackCase.Events.Count(e => e.Type == CaseEventType.Extended));
        Assert.True(status.AllowedDays == 90, $"Luật Tố cáo 2018, Điều 30: 30 days plus two extensions of 30; the calculator allows {status.AllowedDays}.");
        Assert.Equal(new DateOnly(2026, 10, 5), status.DueOn);
    }

    [Fact]
    public void Extend_DenunciationAThirdTime_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Denunciation).Build(Situation.Accepted);
        var policy = ResolutionPolicy(CaseKind.Denunciation);
        feedbackCase.Extend(30, "Vụ việc phức tạp", policy, CaseBuilder.Lead, Later(feedbackCase));
        feedbackCase.Extend(30, "Vụ việc đặc biệt phức tạp", policy, CaseBuilder.Lead, Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Extend(10, "Chưa có kết quả giám định", policy, CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "Luật Tố cáo 2018, Điều 30 allows at most two extensions; a third must be refused.");
        Assert.Equal(new CaseRefusal(CaseRule.ExtensionsUsedUp, [2, policy.LegalSource]), ((CaseRuleException)error!).Refusal);
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused third extension must leave the limit as it was.");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Extend_DenunciationOutside1To30Days_IsRefused(int days)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Denunciation).Build(Situation.Accepted);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Extend(
            days, "Vụ việc phức tạp", ResolutionPolicy(CaseKind.Denunciation), CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"Each extension of a denunciation adds at most 30 days (Luật Tố cáo 2018, Điều 30); {days} must be refused.");
        Assert.Equal(
            new CaseRefusal(CaseRule.ExtensionDaysOutOfRange, [30, ResolutionPolicy(CaseKind.Denunciation).LegalSource]),
            ((CaseRuleException)error!).Refusal);
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused extension must leave the limit as it was.");
    }

    [Fact]
    public void Extend_Complaint_IsRefusedBecauseTheLawGivesNone()
    {
        // Arrange: the seeded complaint policy allows no extension, only the longer limit of a complex case.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Accepted);
        var policy = ResolutionPolicy(CaseKind.Complaint);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Extend(15, "Vụ việc phức tạp", policy, CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(policy.MaxExtensions == 0, "The seeded complaint policy is expected to allow no extension.");
        Assert.True(error is CaseRuleException, "Luật Khiếu nại 2011 gives a complaint no extension; the step must be refused.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused extension must change nothing.");
    }

    [Fact]
    public void Extend_AfterReopening_CountsOnlyTheNewPeriodsExtensions()
    {
        // Arrange: two extensions used, answered, then the denouncer disputes the answer.
        var feedbackCase = CaseBuilder.Case(CaseKind.Denunciation).Build(Situation.Accepted);
        var policy = ResolutionPolicy(CaseKind.Denunciation);
        feedbackCase.Extend(30, "Vụ việc phức tạp", policy, CaseBuilder.Lead, Later(feedbackCase));
        feedbackCase.Extend(30, "Vụ việc đặc biệt phức tạp", policy, CaseBuilder.Lead, Later(feedbackCase));
        feedbackCase.DraftAnswer("Kết luận nội dung tố cáo.", CaseBuilder.Officer, Later(feedbackCase));
        feedbackCase.ApproveAnswer(CaseBuilder.Lead, Later(feedbackCase), WorkingCalendar.CreateDefault());
        feedbackCase.Reopen("Người tố cáo cung cấp tình tiết mới", CaseBuilder.Lead, Later(feedbackCase));
        var at = Later(feedbackCase);

        // Act
        feedbackCase.Extend(30, "Cần xác minh tình tiết mới", policy, CaseBuilder.Lead, at);

        // Assert: the new period is 30 days from reopening plus this one extension.
        var status = Rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(at))!;
        Assert.True(status.AllowedDays == 60, $"A reopened case starts a new period with its own extensions; the calculator allows {status.AllowedDays} days.");
    }

    [Fact]
    public void Suspend_BeforeFirstJuly2026HaiPhongTime_IsRefused()
    {
        // Arrange: accepted in June; 30/6 at 23:30 in Hải Phòng is still before Luật 136/2025 takes effect.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint)
            .ReceivedAt(new DateTimeOffset(2026, 6, 15, 9, 0, 0, VietnamTime.Offset))
            .Build(Situation.Accepted);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Suspend(
            "Chờ kết quả giải quyết của Tòa án", CaseBuilder.Lead, new DateTimeOffset(2026, 6, 30, 23, 30, 0, VietnamTime.Offset)));

        // Assert
        Assert.True(error is CaseRuleException, "Tạm đình chỉ exists only from 1/7/2026 (Luật 136/2025/QH15).");
        Assert.Equal(CaseRule.SuspensionBeforeLaw, ((CaseRuleException)error!).Rule);
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused suspension must leave the clock running.");
    }

    [Fact]
    public void Suspend_FromFirstJuly2026HaiPhongTime_StopsTheClock()
    {
        // Arrange: 30/6 17:30 UTC is already 00:30 on 1/7 in Hải Phòng.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint)
            .ReceivedAt(new DateTimeOffset(2026, 6, 15, 9, 0, 0, VietnamTime.Offset))
            .Build(Situation.Accepted);
        var at = new DateTimeOffset(2026, 6, 30, 17, 30, 0, TimeSpan.Zero);

        // Act
        feedbackCase.Suspend("Chờ kết quả giải quyết của Tòa án", CaseBuilder.Lead, at);

        // Assert
        Assert.Equal(CaseStatus.Suspended, feedbackCase.Status);
        var status = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 10))!;
        Assert.True(status.IsPaused, "While suspended the resolution clock must stand still.");
    }

    [Theory]
    [InlineData(CaseKind.Feedback)]
    [InlineData(CaseKind.Recommendation)]
    public void Suspend_PhanAnhKienNghi_IsRefused(CaseKind kind)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(kind).Build(Situation.Accepted);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Suspend("Chờ ý kiến cơ quan khác", CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"Tạm đình chỉ is a step of complaints and denunciations only; a {kind} must be refused.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused suspension must change nothing.");
    }

    [Fact]
    public void RequestInformation_UntilTheFilerReplies_StopsTheClockAndMovesTheDueDate()
    {
        // Arrange: a phản ánh received Mon 6/7/2026 is to be classified within 5 working days: Mon 13/7.
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build();
        var before = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 6))!;

        // Act: asked on Tue 7/7, answered on Mon 13/7.
        feedbackCase.RequestInformation("Đề nghị cung cấp ảnh chụp vị trí", CaseBuilder.Officer, new DateTimeOffset(2026, 7, 7, 10, 0, 0, VietnamTime.Offset));
        var waiting = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 10))!;
        feedbackCase.RecordInformation("Người gửi đã gửi 3 ảnh chụp", null, new DateTimeOffset(2026, 7, 13, 10, 0, 0, VietnamTime.Offset));
        var after = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 14))!;

        // Assert: 8, 9, 10 and 13 July did not count, so the due date moves 4 working days, to Fri 17/7.
        Assert.Equal(new DateOnly(2026, 7, 13), before.DueOn);
        Assert.True(waiting.IsPaused, "While the agency waits for the filer the clock must be stopped.");
        Assert.False(after.IsPaused, "Once the filer has replied the clock must run again.");
        Assert.True(after.PausedDays == 4, $"The 4 working days spent waiting for the filer must not count; {after.PausedDays} were set aside.");
        Assert.Equal(new DateOnly(2026, 7, 17), after.DueOn);
    }

    [Fact]
    public void RecordFilersReply_OnThePortal_KeepsTheFilersWordsWithNoStaffActorAndResumesTheClock()
    {
        // Arrange: a phản ánh received Mon 6/7/2026, asked for information on Tue 7/7.
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build();
        feedbackCase.RequestInformation("Đề nghị cung cấp ảnh chụp vị trí", CaseBuilder.Officer, new DateTimeOffset(2026, 7, 7, 10, 0, 0, VietnamTime.Offset));
        var repliedAt = new DateTimeOffset(2026, 7, 13, 10, 0, 0, VietnamTime.Offset);

        // Act
        feedbackCase.RecordFilersReply("  Tôi xin gửi địa chỉ chính xác: trước số nhà 12 phố Lạch Tray.  ", repliedAt);

        // Assert
        var received = feedbackCase.Events[^1];
        Assert.Equal(CaseEventType.InformationReceived, received.Type);
        Assert.True(
            received.Note == FeedbackCase.FilersReplyPrefix + "Tôi xin gửi địa chỉ chính xác: trước số nhà 12 phố Lạch Tray.",
            $"The history must say the filer replied on the Portal, in their own words; it says '{received.Note}'.");
        Assert.True(received.ActorUserId is null && received.ActorName is null, "The filer replied, not a member of staff: the history must name no officer.");
        Assert.Null(feedbackCase.PendingInformationRequest());
        var status = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 14))!;
        Assert.False(status.IsPaused, "Once the filer has replied the clock must run again.");
        Assert.Equal(new DateOnly(2026, 7, 17), status.DueOn);
    }

    [Fact]
    public void RecordFilersReply_LongerThanTheHistoryHolds_IsRefusedAndChangesNothing()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build(Situation.WaitingBeforeAcceptance);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.RecordFilersReply(new string('a', FeedbackCase.FilersReplyMaxLength + 1), Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "A reply longer than the history can keep must be refused, not cut short.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused reply must change nothing.");
        Assert.True(
            FeedbackCase.FilersReplyPrefix.Length + FeedbackCase.FilersReplyMaxLength <= CaseEvent.NoteMaxLength,
            "The longest reply, with the words around it, must fit in the history note.");
    }

    [Fact]
    public void PendingInformationRequest_AskedTwice_IsTheLatestRequest()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build(Situation.WaitingBeforeAcceptance);
        feedbackCase.RecordInformation("Người gửi đã gửi bản sao", CaseBuilder.Officer, Later(feedbackCase));
        var askedAgainAt = Later(feedbackCase);
        feedbackCase.RequestInformation("Đề nghị bổ sung sơ đồ thửa đất", CaseBuilder.Officer, askedAgainAt);

        // Act
        var pending = feedbackCase.PendingInformationRequest();

        // Assert
        Assert.True(pending?.OccurredAt == askedAgainAt, "The filer must be shown what the agency asks now, not the request already answered.");
        Assert.Equal("Đề nghị bổ sung sơ đồ thửa đất", pending!.Note);
    }

    [Fact]
    public void Transfer_ToTheCompetentAgency_KeepsTheReceiptDateAndChangesTheLead()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build();
        feedbackCase.Assign("officer-2", "Đỗ Thu Hà", CaseBuilder.Lead, Later(feedbackCase));
        var receivedAt = feedbackCase.ReceivedAt;

        // Act
        feedbackCase.Transfer(CaseBuilder.OtherAgency, "Nội dung thuộc lĩnh vực xây dựng cấp thành phố", CaseBuilder.Officer, Later(feedbackCase));

        // Assert
        Assert.True(feedbackCase.ReceivedAt == receivedAt, "A transfer keeps the date the city received the case (DOMAIN.md).");
        Assert.True(feedbackCase.LeadAgencyCode == CaseBuilder.OtherAgency, $"The competent agency must now lead; {feedbackCase.LeadAgencyCode} does.");
        Assert.Null(feedbackCase.AssignedOfficerId);
        Assert.Equal(CaseBuilder.OtherAgency, feedbackCase.Events[^1].AgencyCode);
        var clock = Rules.StatusOf(CaseClock.From(feedbackCase), VietnamTime.ToLocalDate(receivedAt))!;
        Assert.True(clock.StartedOn == VietnamTime.ToLocalDate(receivedAt), "The intake clock still runs from the original receipt date.");
    }

    [Fact]
    public void Transfer_ToTheAgencyAlreadyLeading_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build();
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Transfer(CaseBuilder.LeadAgency, "Chuyển xử lý", CaseBuilder.Officer, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "A transfer must go to another agency.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused transfer must change nothing.");
    }

    [Fact]
    public void Publish_WithoutTheFilersConsent_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).WithoutConsent().Build(Situation.Answered);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Publish("Tiêu đề công khai", "Câu trả lời đã lược bỏ thông tin cá nhân.", CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "An answer is published only with the consent the filer gave at intake (DOMAIN.md).");
        Assert.Null(feedbackCase.PublishedAnswer);
        Assert.True(before == Snapshot.Of(feedbackCase), "Nothing may be published without consent.");
    }

    [Fact]
    public void Publish_Denunciation_IsRefusedEvenWithConsent()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Denunciation).Build(Situation.Answered);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.Publish("Tiêu đề công khai", "Kết luận nội dung tố cáo.", CaseBuilder.Lead, Later(feedbackCase)));

        // Assert
        Assert.True(feedbackCase.ConsentsToPublication, "The denouncer is built as having consented, so only the kind can refuse.");
        Assert.True(error is CaseRuleException, "The result of a denunciation is never published on the Portal, to protect the denouncer.");
        Assert.True(before == Snapshot.Of(feedbackCase), "Nothing may be published about a denunciation.");
    }

    [Fact]
    public void Reopen_AnsweredComplaint_StartsANewResolutionPeriod()
    {
        // Arrange: accepted Mon 6/7/2026 (30 days → Wed 5/8), answered, disputed on Mon 10/8.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var original = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 7, 7))!;
        var reopenedAt = new DateTimeOffset(2026, 8, 10, 9, 0, 0, VietnamTime.Offset);

        // Act
        feedbackCase.Reopen("Người khiếu nại không đồng ý với câu trả lời", null, reopenedAt);

        // Assert: 30 days from Mon 10/8 → Wed 9/9/2026.
        var status = Rules.StatusOf(CaseClock.From(feedbackCase), new DateOnly(2026, 8, 11))!;
        Assert.Equal(CaseStatus.Accepted, feedbackCase.Status);
        Assert.Equal(new DateOnly(2026, 8, 5), original.DueOn);
        Assert.True(status.StartedOn == new DateOnly(2026, 8, 10), $"The new period must run from the day the case was reopened; it runs from {status.StartedOn}.");
        Assert.Equal(new DateOnly(2026, 9, 9), status.DueOn);
        Assert.False(status.IsStopped, "A reopened case's clock runs again.");
        Assert.NotNull(feedbackCase.AnswerText);
    }

    [Fact]
    public void FlagForReview_SameReasonWhileInTheQueue_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build();
        feedbackCase.FlagForReview(ReviewReasons.Mass, "Đơn có 12 người ký", Later(feedbackCase));
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.FlagForReview(ReviewReasons.Mass, "Đơn có 12 người ký", Later(feedbackCase), CaseBuilder.Officer));

        // Assert
        Assert.True(error is CaseRuleException, "A case already in Thanh tra's queue for a reason cannot be put there again for the same reason.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused flag must change nothing.");
    }

    [Fact]
    public void FlagForReview_AfterTheReviewWasClosed_PutsTheCaseBackInTheQueue()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build();
        feedbackCase.FlagForReview(ReviewReasons.Mass, "Đơn có 12 người ký", Later(feedbackCase));
        feedbackCase.CloseReview("Cơ quan chủ trì đã giải quyết đúng quy định", CaseBuilder.Inspector, Later(feedbackCase));
        var at = Later(feedbackCase);

        // Act
        feedbackCase.FlagForReview(ReviewReasons.Mass, "Người dân tiếp tục tập trung đông người", at, CaseBuilder.Inspector);

        // Assert
        Assert.True(feedbackCase.InReviewQueue, "A matter flagged again after its review was closed must be back in Thanh tra's queue.");
        Assert.Equal(at, feedbackCase.FlaggedForReviewAt);
    }

    [Theory]
    [InlineData("RecordReviewFinding")]
    [InlineData("CloseReview")]
    public void Review_CaseNotInTheQueue_IsRefused(string stepName)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Accepted);
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => Steps[stepName].Take(feedbackCase, Reason, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, $"Thanh tra reviews only the cases in its queue; {stepName} on another case must be refused.");
        Assert.True(before == Snapshot.Of(feedbackCase), $"The refused {stepName} must change nothing.");
    }

    [Fact]
    public void RecordCoordinationInput_AgencyNotAskedToCoordinate_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Accepted);
        var stranger = new StaffActor("officer-9", "Vũ Văn Khải", "STC");
        var before = Snapshot.Of(feedbackCase);

        // Act
        var error = Record.Exception(() => feedbackCase.RecordCoordinationInput("Ý kiến của Sở Tài chính", stranger, Later(feedbackCase)));

        // Assert
        Assert.True(error is CaseRuleException, "Only an agency asked to coordinate may give its input on the case.");
        Assert.True(before == Snapshot.Of(feedbackCase), "The refused input must change nothing.");
    }

    private static TheoryData<string, Situation> Moves(Func<Step, IEnumerable<Situation>> from)
    {
        var data = new TheoryData<string, Situation>();
        foreach (var step in Steps.Values)
        {
            foreach (var situation in from(step))
            {
                data.Add(step.Name, situation);
            }
        }

        return data;
    }

    private static DeadlinePolicy ResolutionPolicy(CaseKind kind) =>
        Rules.Policies.Single(p => p.Kind == kind && p.Stage == DeadlineStage.Resolution);

    /// <summary>A day after the case's last event: steps are taken in order.</summary>
    private static DateTimeOffset Later(FeedbackCase feedbackCase) => feedbackCase.Events.Max(e => e.OccurredAt).AddDays(1);

    private static void PutInReviewQueue(FeedbackCase feedbackCase, DateTimeOffset at) =>
        feedbackCase.FlagForReview(ReviewReasons.Manual, "Cán bộ đề nghị Thanh tra thành phố rà soát", at, CaseBuilder.Officer);

    private static Dictionary<Situation, CaseStatus> Leads(params (Situation From, CaseStatus To)[] moves) =>
        moves.ToDictionary(m => m.From, m => m.To);

    private static Dictionary<Situation, CaseStatus> Keeps(IEnumerable<Situation> situations) =>
        situations.ToDictionary(s => s, CaseBuilder.StatusIn);

    private sealed record Step(
        string Name,
        CaseKind Kind,
        CaseEventType Records,
        IReadOnlyDictionary<Situation, CaseStatus> LegalFrom,
        Action<FeedbackCase, string, DateTimeOffset> Take,
        bool NeedsReason = true,
        Action<FeedbackCase, DateTimeOffset>? Prepare = null);

    /// <summary>What a refused step must leave untouched.</summary>
    private sealed record Snapshot(
        CaseStatus Status,
        int Version,
        int EventCount,
        DateTimeOffset? AcceptedAt,
        string LeadAgencyCode,
        string? AssignedOfficerId,
        int CoordinatorCount,
        bool IsComplex,
        string? AnswerDraft,
        string? AnswerText,
        string? PublishedAnswer,
        ReviewReasons ReviewReasons,
        DateTimeOffset? FlaggedForReviewAt,
        DateTimeOffset? ReviewClosedAt)
    {
        public static Snapshot Of(FeedbackCase c) => new(
            c.Status, c.Version, c.Events.Count, c.AcceptedAt, c.LeadAgencyCode, c.AssignedOfficerId, c.Coordinators.Count, c.IsComplex,
            c.AnswerDraft, c.AnswerText, c.PublishedAnswer, c.ReviewReasons, c.FlaggedForReviewAt, c.ReviewClosedAt);
    }
}

/// <summary>Where a case stands before a step: a status, and for some statuses how it got there.</summary>
public enum Situation
{
    Received,
    Accepted,
    WaitingBeforeAcceptance,
    WaitingAfterAcceptance,
    Suspended,
    AwaitingApproval,
    Answered,
    Refused,
    ClosedAfterAnswer,
    ClosedAfterRefusal,
}

/// <summary>Builds a case routed to Phường Hồng Bàng (Sở KH&amp;CN coordinating) and walks it, by lawful steps, to a <see cref="Situation"/>.</summary>
internal sealed class CaseBuilder
{
    public const string LeadAgency = "UBND-11311";
    public const string CoordinatingAgency = "SKHCN";
    public const string OtherAgency = "SXD";

    public static readonly StaffActor Officer = new("officer-1", "Nguyễn Văn An", LeadAgency);
    public static readonly StaffActor Lead = new("lead-1", "Trần Thị Bích", LeadAgency);
    public static readonly StaffActor Coordinator = new("coordinator-1", "Lê Minh Châu", CoordinatingAgency);
    public static readonly StaffActor Inspector = new("inspector-1", "Phạm Quốc Dũng", Agency.InspectorateCode);

    private readonly CaseKind _kind;
    private bool _consents = true;

    // Monday 6 July 2026, 09:00 in Hải Phòng: after tạm đình chỉ came into force, far from any holiday.
    private DateTimeOffset _receivedAt = new(2026, 7, 6, 9, 0, 0, VietnamTime.Offset);

    private CaseBuilder(CaseKind kind) => _kind = kind;

    public static CaseBuilder Case(CaseKind kind) => new(kind);

    public static CaseStatus StatusIn(Situation situation) => situation switch
    {
        Situation.Received => CaseStatus.Received,
        Situation.Accepted => CaseStatus.Accepted,
        Situation.WaitingBeforeAcceptance or Situation.WaitingAfterAcceptance => CaseStatus.WaitingForFiler,
        Situation.Suspended => CaseStatus.Suspended,
        Situation.AwaitingApproval => CaseStatus.AwaitingApproval,
        Situation.Answered => CaseStatus.Answered,
        Situation.Refused => CaseStatus.Refused,
        Situation.ClosedAfterAnswer or Situation.ClosedAfterRefusal => CaseStatus.Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(situation), situation, null),
    };

    public CaseBuilder WithoutConsent()
    {
        _consents = false;
        return this;
    }

    public CaseBuilder ReceivedAt(DateTimeOffset at)
    {
        _receivedAt = at;
        return this;
    }

    public FeedbackCase Build(Situation situation = Situation.Received)
    {
        var intake = new CaseIntake
        {
            Kind = _kind,
            Channel = CaseChannel.Web,
            TopicCode = "dat-dai",
            LocalityCode = "11311",
            Title = "Tranh chấp ranh giới thửa đất tại tổ dân phố số 3",
            Description = "Hộ liền kề xây tường lấn sang thửa đất của gia đình, đã báo tổ dân phố nhưng chưa được giải quyết.",
            FilerType = FilerType.Person,
            FilerName = "Hoàng Văn Minh",
            Phone = "0912345678",
            Address = "Số 3 ngõ 15 phố Hoàng Văn Thụ",
            ConsentsToPublication = _consents,
        };
        var routing = new RoutingDecision(LeadAgency, [CoordinatingAgency], null, "DIA-PHUONG", "4.4");
        var sealedIdentity = _kind == CaseKind.Denunciation ? "sealed-by-the-test" : null;
        var feedbackCase = FeedbackCase.Receive(intake, routing, TrackingCode.NewRandom(), _receivedAt, sealedIdentity);
        var at = _receivedAt;
        DateTimeOffset Next() => at = at.AddHours(1);

        switch (situation)
        {
            case Situation.Received:
                break;
            case Situation.Accepted:
                feedbackCase.Accept(Officer, Next());
                break;
            case Situation.WaitingBeforeAcceptance:
                feedbackCase.RequestInformation("Đề nghị bổ sung bản sao giấy tờ về đất", Officer, Next());
                break;
            case Situation.WaitingAfterAcceptance:
                feedbackCase.Accept(Officer, Next());
                feedbackCase.RequestInformation("Đề nghị bổ sung bản sao giấy tờ về đất", Officer, Next());
                break;
            case Situation.Suspended:
                feedbackCase.Accept(Officer, Next());
                feedbackCase.Suspend("Chờ kết quả giám định", Lead, Next());
                break;
            case Situation.AwaitingApproval:
                feedbackCase.Accept(Officer, Next());
                feedbackCase.DraftAnswer("Trả lời người gửi.", Officer, Next());
                break;
            case Situation.Answered:
            case Situation.ClosedAfterAnswer:
                feedbackCase.Accept(Officer, Next());
                feedbackCase.DraftAnswer("Trả lời người gửi.", Officer, Next());
                feedbackCase.ApproveAnswer(Lead, Next(), WorkingCalendar.CreateDefault());
                break;
            case Situation.Refused:
            case Situation.ClosedAfterRefusal:
                feedbackCase.Refuse(RefusalGround.For(_kind).First(), "Hồ sơ không đủ điều kiện thụ lý.", Lead, Next());
                break;
        }

        if (situation is Situation.ClosedAfterAnswer or Situation.ClosedAfterRefusal)
        {
            feedbackCase.Close("Kết thúc hồ sơ", Lead, Next());
        }

        return feedbackCase;
    }
}
