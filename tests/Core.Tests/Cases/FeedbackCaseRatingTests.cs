using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Core.Tests.Cases;

/// <summary>The filer's side of an answer: one rating per answer, and a request to look at the case again within the window.</summary>
public sealed class FeedbackCaseRatingTests
{
    private const string NotSatisfiedReason = "Câu trả lời chưa nêu rõ khi nào phường cho tháo dỡ bức tường lấn chiếm.";

    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    [Fact]
    public void RateAnswer_Satisfied_RecordsARatingOfTheAnsweringAgencyForThatAnswer()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var eventsBefore = feedbackCase.Events.Count;
        var at = answeredAt.AddDays(2);

        // Act
        var rating = feedbackCase.RateAnswer(answeredAt, satisfied: true, reason: "  ", at);

        // Assert
        Assert.True(rating.AgencyCode == CaseBuilder.LeadAgency, $"The rating counts for the agency that answered; it names {rating.AgencyCode}.");
        Assert.Equal(answeredAt, rating.AnsweredAt);
        Assert.True(rating.Satisfied);
        Assert.Null(rating.Reason);
        Assert.Equal(at, rating.RatedAt);
        Assert.Equal(eventsBefore + 1, feedbackCase.Events.Count);
        var rated = feedbackCase.Events[^1];
        Assert.Equal(CaseEventType.AnswerRated, rated.Type);
        Assert.Equal(at, rated.OccurredAt);
        Assert.False(feedbackCase.AwaitsRating, "Once rated, the answer no longer waits for a rating.");
        Assert.Equal(CaseStatus.Answered, feedbackCase.Status);
    }

    [Fact]
    public void RateAnswer_NotSatisfiedWithReason_KeepsTheReasonTrimmedInTheRatingAndTheHistory()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Recommendation).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;

        // Act
        var rating = feedbackCase.RateAnswer(answeredAt, satisfied: false, $"  {NotSatisfiedReason} ", answeredAt.AddDays(1));

        // Assert
        Assert.False(rating.Satisfied);
        Assert.Equal(NotSatisfiedReason, rating.Reason);
        Assert.Contains(NotSatisfiedReason, feedbackCase.Events[^1].Note, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Answered, feedbackCase.Status);
    }

    [Fact]
    public void RateAnswer_ClosedAfterTheAnswer_MayStillBeRated()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Feedback).Build(Situation.ClosedAfterAnswer);
        var answeredAt = feedbackCase.AnsweredAt!.Value;

        // Act
        var awaitedBefore = feedbackCase.AwaitsRating;
        var rating = feedbackCase.RateAnswer(answeredAt, satisfied: true, reason: null, feedbackCase.Events.Max(e => e.OccurredAt).AddDays(1));

        // Assert
        Assert.True(awaitedBefore, "Closing the case after the answer does not take away the filer's say on it.");
        Assert.True(rating.Satisfied);
        Assert.False(feedbackCase.AwaitsRating);
    }

    [Fact]
    public void RateAnswer_Twice_IsRefusedAndAppendsNothing()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        feedbackCase.RateAnswer(answeredAt, satisfied: true, reason: null, answeredAt.AddDays(1));
        var (eventsBefore, versionBefore) = (feedbackCase.Events.Count, feedbackCase.Version);

        // Act
        var error = Record.Exception(() => feedbackCase.RateAnswer(answeredAt, satisfied: false, NotSatisfiedReason, answeredAt.AddDays(2)));

        // Assert
        Assert.True(error is CaseRuleException, $"An answer is rated once; a second rating must be refused, got {error?.GetType().Name ?? "no error"}.");
        Assert.Equal(CaseRule.AnswerAlreadyRated, ((CaseRuleException)error!).Rule);
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
        Assert.Equal(versionBefore, feedbackCase.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RateAnswer_NotSatisfiedWithoutReason_IsRefusedAndAppendsNothing(string? reason)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var eventsBefore = feedbackCase.Events.Count;

        // Act
        var error = Record.Exception(() => feedbackCase.RateAnswer(answeredAt, satisfied: false, reason, answeredAt.AddDays(1)));

        // Assert
        Assert.True(error is CaseRuleException, "A filer who is not satisfied must say why, so the agency can learn from it.");
        Assert.Equal(CaseRule.DissatisfactionReasonMissing, ((CaseRuleException)error!).Rule);
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
        Assert.True(feedbackCase.AwaitsRating, "A refused rating leaves the answer waiting for one.");
    }

    [Fact]
    public void RateAnswer_ReasonOneCharacterOverTheLimit_IsRefusedNamingTheLimit()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var eventsBefore = feedbackCase.Events.Count;

        // Act
        var error = Record.Exception(() => feedbackCase.RateAnswer(
            answeredAt, satisfied: false, new string('x', FeedbackCase.RatingReasonMaxLength + 1), answeredAt.AddDays(1)));

        // Assert
        Assert.True(error is CaseRuleException, $"A reason over {FeedbackCase.RatingReasonMaxLength} characters must be refused; got {error?.GetType().Name ?? "no error"}.");
        Assert.Equal(new CaseRefusal(CaseRule.RatingReasonTooLong, [FeedbackCase.RatingReasonMaxLength]), ((CaseRuleException)error!).Refusal);
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
    }

    [Fact]
    public void RateAnswer_ReasonExactlyAtTheLimit_IsRecordedWholeAndFitsTheHistoryNote()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var reason = new string('x', FeedbackCase.RatingReasonMaxLength);

        // Act
        var rating = feedbackCase.RateAnswer(answeredAt, satisfied: false, reason, answeredAt.AddDays(1));

        // Assert
        Assert.Equal(reason, rating.Reason);
        Assert.True(
            feedbackCase.Events[^1].Note!.Length <= CaseEvent.NoteMaxLength,
            $"The history note with the longest reason ({feedbackCase.Events[^1].Note!.Length}) must fit the column ({CaseEvent.NoteMaxLength}).");
    }

    [Fact]
    public void RateAnswer_AnsweredAtOfAnAnswerThatIsNotTheCurrentOne_IsRefused()
    {
        // Arrange: the filer rates from a page opened for an earlier answer.
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var eventsBefore = feedbackCase.Events.Count;

        // Act
        var error = Record.Exception(() => feedbackCase.RateAnswer(answeredAt.AddHours(-5), satisfied: true, reason: null, answeredAt.AddDays(1)));

        // Assert
        Assert.True(error is CaseRuleException, "Only the answer the case holds now can be rated.");
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
        Assert.True(feedbackCase.AwaitsRating);
    }

    [Theory]
    [InlineData(Situation.Received)]
    [InlineData(Situation.Accepted)]
    [InlineData(Situation.AwaitingApproval)]
    [InlineData(Situation.Refused)]
    [InlineData(Situation.ClosedAfterRefusal)]
    public void RateAnswer_CaseWithoutAnAnswer_IsRefused(Situation situation)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(situation);
        var at = feedbackCase.Events.Max(e => e.OccurredAt).AddDays(1);
        var eventsBefore = feedbackCase.Events.Count;

        // Act
        var awaits = feedbackCase.AwaitsRating;
        var error = Record.Exception(() => feedbackCase.RateAnswer(at.AddDays(-1), satisfied: true, reason: null, at));

        // Assert
        Assert.False(awaits, $"A case {situation} has no answer to rate.");
        Assert.True(error is CaseRuleException, $"Rating a case {situation} must be refused; got {error?.GetType().Name ?? "no error"}.");
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
    }

    [Fact]
    public void RateAnswer_DatedBeforeTheLastEvent_IsRefused()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;

        // Act
        var error = Record.Exception(() => feedbackCase.RateAnswer(answeredAt, satisfied: true, reason: null, answeredAt.AddMinutes(-1)));

        // Assert
        Assert.True(error is CaseRuleException, "The history is the legal record: a rating cannot be dated before the answer.");
        Assert.True(feedbackCase.AwaitsRating);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30 * 24)]
    public void ReopenAtFilersRequest_WithinTheWindow_ReopensTheCaseAndRecordsIt(int hoursAfterTheAnswer)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var at = answeredAt.AddHours(hoursAfterTheAnswer);
        feedbackCase.RateAnswer(answeredAt, satisfied: false, NotSatisfiedReason, at);

        // Act
        feedbackCase.ReopenAtFilersRequest(NotSatisfiedReason, Window, at);

        // Assert
        Assert.True(feedbackCase.Status == CaseStatus.Accepted, $"The filer's request reopens the case for the agency; it is {feedbackCase.Status}.");
        var reopened = feedbackCase.Events[^1];
        Assert.Equal(CaseEventType.Reopened, reopened.Type);
        Assert.Equal(at, reopened.OccurredAt);
        Assert.Contains(NotSatisfiedReason, reopened.Note, StringComparison.Ordinal);
        Assert.False(feedbackCase.AwaitsRating, "A reopened case has no answer to rate until it is answered again.");
    }

    [Fact]
    public void ReopenAtFilersRequest_ThenAnsweredAgain_TheNewAnswerAwaitsItsOwnRating()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var firstAnswer = feedbackCase.AnsweredAt!.Value;
        var at = firstAnswer.AddDays(3);
        feedbackCase.RateAnswer(firstAnswer, satisfied: false, NotSatisfiedReason, at);
        feedbackCase.ReopenAtFilersRequest(NotSatisfiedReason, Window, at);

        // Act
        feedbackCase.DraftAnswer("Phường đã lập biên bản và yêu cầu tháo dỡ bức tường trước ngày 30/8.", CaseBuilder.Officer, at.AddDays(5));
        feedbackCase.ApproveAnswer(CaseBuilder.Lead, at.AddDays(6), WorkingCalendar.CreateDefault());

        // Assert
        var secondAnswer = feedbackCase.AnsweredAt!.Value;
        Assert.Equal(at.AddDays(6), secondAnswer);
        Assert.True(feedbackCase.AwaitsRating, "The new answer is one the filer has not rated yet.");
        var stale = Record.Exception(() => feedbackCase.RateAnswer(firstAnswer, satisfied: true, reason: null, secondAnswer.AddDays(1)));
        Assert.True(stale is CaseRuleException, "A link made for the first answer must not rate the second one.");
        var rating = feedbackCase.RateAnswer(secondAnswer, satisfied: true, reason: null, secondAnswer.AddDays(1));
        Assert.Equal(secondAnswer, rating.AnsweredAt);
        Assert.False(feedbackCase.AwaitsRating);
    }

    [Fact]
    public void ReopenAtFilersRequest_AfterTheWindow_IsRefusedNamingTheDays()
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var answeredAt = feedbackCase.AnsweredAt!.Value;
        var at = answeredAt + Window + TimeSpan.FromMinutes(1);
        var (eventsBefore, versionBefore) = (feedbackCase.Events.Count, feedbackCase.Version);

        // Act
        var error = Record.Exception(() => feedbackCase.ReopenAtFilersRequest(NotSatisfiedReason, Window, at));

        // Assert
        Assert.True(error is CaseRuleException, $"Past the {Window.TotalDays} days the case cannot be reopened from the Portal; got {error?.GetType().Name ?? "no error"}.");
        Assert.Equal(new CaseRefusal(CaseRule.ReopenWindowPassed, [30]), ((CaseRuleException)error!).Refusal);
        Assert.Equal(CaseStatus.Answered, feedbackCase.Status);
        Assert.Equal(eventsBefore, feedbackCase.Events.Count);
        Assert.Equal(versionBefore, feedbackCase.Version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ReopenAtFilersRequest_WithoutAReason_IsRefused(string reason)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(Situation.Answered);
        var at = feedbackCase.AnsweredAt!.Value.AddDays(1);

        // Act
        var error = Record.Exception(() => feedbackCase.ReopenAtFilersRequest(reason, Window, at));

        // Assert
        Assert.True(error is CaseRuleException, "The agency must be told why the filer asks for the case to be looked at again.");
        Assert.Equal(CaseStatus.Answered, feedbackCase.Status);
    }

    [Theory]
    [InlineData(Situation.Accepted)]
    [InlineData(Situation.Refused)]
    public void ReopenAtFilersRequest_CaseNotAnswered_IsRefused(Situation situation)
    {
        // Arrange
        var feedbackCase = CaseBuilder.Case(CaseKind.Complaint).Build(situation);
        var status = feedbackCase.Status;
        var at = feedbackCase.Events.Max(e => e.OccurredAt).AddDays(1);

        // Act
        var error = Record.Exception(() => feedbackCase.ReopenAtFilersRequest(NotSatisfiedReason, Window, at));

        // Assert
        Assert.True(error is CaseRuleException, $"Only an answered case can be reopened at the filer's request, not one {situation}.");
        Assert.Equal(status, feedbackCase.Status);
    }
}
