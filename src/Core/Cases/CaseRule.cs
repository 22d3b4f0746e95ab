namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Why a step on a case is refused, as a code: Core returns it, the sites say it in the reader's language
/// (src/Web's CaseRuleText, ADR 24). Each code lists the arguments it carries, in order.
/// </summary>
public enum CaseRule
{
    /// <summary>The step is dated before the case's last event.</summary>
    OutOfOrder,

    /// <summary>The case's status does not allow the step: (<see cref="CaseAction"/>, <see cref="CaseStatus"/>).</summary>
    StepNotAllowed,

    /// <summary>The case is refused or closed, so nothing more can be done on it: (<see cref="CaseAction"/>, <see cref="CaseStatus"/>).</summary>
    CaseFinished,

    /// <summary>A text the step needs is blank: (<see cref="StepInput"/>).</summary>
    InputMissing,

    /// <summary>A text the step needs is longer than the history keeps: (<see cref="StepInput"/>, the limit in characters).</summary>
    InputTooLong,

    AlreadyAccepted,

    /// <summary>The ground belongs to another kind's law: (<see cref="RefusalGround"/>).</summary>
    GroundOfAnotherKind,

    /// <summary>(the officer's name).</summary>
    AlreadyAssigned,

    TransferToSameAgency,

    CoordinationAfterAnswer,

    AgencyAlreadyInvolved,

    AgencyNotCoordinating,

    AlreadyComplex,

    ExtensionBeforeAcceptance,

    NoExtensionInLaw,

    /// <summary>(the most days one extension may add, the policy's legal source).</summary>
    ExtensionDaysOutOfRange,

    /// <summary>(the extensions used, the policy's legal source).</summary>
    ExtensionsUsedUp,

    /// <summary>The deadline calculator refuses the history the step would make (an extension beyond the law's bound).</summary>
    BeyondDeadlineLimits,

    SuspensionNotForKind,

    SuspensionBeforeLaw,

    NoAnswerToPublish,

    NoConsentToPublish,

    DenunciationNotPublished,

    ReopenWithoutAnswer,

    NotInReviewQueue,

    AlreadyInReviewForReason,

    /// <summary>The filer replies when the case no longer waits for them; the state is not named, as staff's states are not the filer's.</summary>
    FilersReplyNotAwaited,

    AnswerNotCurrent,

    AnswerAlreadyRated,

    DissatisfactionReasonMissing,

    /// <summary>(the limit in characters).</summary>
    RatingReasonTooLong,

    /// <summary>(the days the filer had).</summary>
    ReopenWindowPassed,

    /// <summary>(the most files a case holds).</summary>
    TooManyAttachments,
}

/// <summary>What a step asks the officer or the filer to write, named in <see cref="CaseRule.InputMissing"/> and <see cref="CaseRule.InputTooLong"/>.</summary>
public enum StepInput
{
    MessageToFiler,
    InformationNeeded,
    InformationReceived,
    FilersReply,
    TransferReason,
    CoordinationRequest,
    CoordinationInput,
    ComplexReason,
    ExtensionReason,
    SuspensionReason,
    ResumptionReason,
    AnswerDraft,
    ReturnReason,
    PublicTitle,
    PublicAnswer,
    ReopenReason,
    FilersReopenReason,
    ReviewFlagReason,
    ReviewFinding,
    Direction,
    ReviewConclusion,
}

/// <summary>A refused step: the rule and its arguments, for a site to say in its reader's language.</summary>
public sealed record CaseRefusal(CaseRule Rule, IReadOnlyList<object> Arguments) : CodedMessage<CaseRule>(Rule, Arguments);

/// <summary>
/// An action the law or the workflow does not allow in the case's present state, or without what it needs (a
/// reason, a legal ground). It carries a code, not a sentence: its message is for logs.
/// </summary>
public sealed class CaseRuleException(CaseRule rule, params object[] arguments) : Exception(new CaseRefusal(rule, arguments).ToString())
{
    public CaseRefusal Refusal { get; } = new(rule, arguments);

    public CaseRule Rule => Refusal.Rule;
}
