using System.Linq.Expressions;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// A phản ánh, kiến nghị, khiếu nại or tố cáo, from receipt to close. State changes only through
/// its methods, each of which appends to <see cref="Events"/>.
/// </summary>
public sealed partial class FeedbackCase
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMinLength = 20;
    public const int DescriptionMaxLength = 5000;

    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseCoordinator> _coordinators = [];

    private FeedbackCase()
    {
    }

    public long Id { get; private set; }

    /// <summary>The eight symbols of the <see cref="Cases.TrackingCode"/>, as stored.</summary>
    public string TrackingCode { get; private set; } = "";

    public CaseKind Kind { get; private set; }

    public CaseStatus Status { get; private set; }

    public CaseChannel Channel { get; private set; }

    public string TopicCode { get; private set; } = "";

    /// <summary>The ward, commune or special zone the matter concerns; may be unknown for a city-wide matter.</summary>
    public string? LocalityCode { get; private set; }

    public bool InIndustrialZone { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Filer Filer { get; private set; } = null!;

    /// <summary>The enterprise of a business case in an industrial park or economic zone; null for any other case.</summary>
    public Businesses.Enterprise? Enterprise { get; private set; }

    /// <summary>The one-time key of the form that filed the case (ADR 0015); null for other channels.</summary>
    public string? SubmissionKey { get; private set; }

    /// <summary>The language the city writes to the filer in (<see cref="Cases.FilerLanguage"/>).</summary>
    public string FilerLanguage { get; private set; } = Cases.FilerLanguage.Vietnamese;

    /// <summary>When the city received the case; a transfer keeps it (DOMAIN.md).</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public string LeadAgencyCode { get; private set; } = "";

    /// <summary>The agency the case was first routed to, which the metrics count it as received by; a transfer never changes it.</summary>
    public string ReceivingAgencyCode { get; private set; } = "";

    public string? OverseerAgencyCode { get; private set; }

    /// <summary>The routing rule that chose the lead agency, and the task of the decision it implements.</summary>
    public string RoutingRuleCode { get; private set; } = "";

    public string RoutingTask { get; private set; } = "";

    /// <summary>
    /// The due date of the current stage, as last computed from the history by the deadline calculator:
    /// a projection kept so the inbox can sort and the overdue sweep can select in SQL, never a counter.
    /// Null once the clock has stopped.
    /// </summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The clock was paused when <see cref="DueOn"/> was computed (waiting for the filer, suspended).</summary>
    public bool ClockPaused { get; private set; }

    /// <summary>What the scheduled jobs have already sent about the case (reminder, escalation, invitation to rate).</summary>
    public CaseJobMarks JobMarks { get; private set; } = new();

    /// <summary>When the case entered Thanh tra thành phố's review queue (task 4.5); once per case.</summary>
    public DateTimeOffset? FlaggedForReviewAt { get; private set; }

    /// <summary>When the lead agency accepted the case (thụ lý); null before, and after a transfer.</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The officer handling the case, within the lead agency.</summary>
    public string? AssignedOfficerId { get; private set; }

    public string? AssignedOfficerName { get; private set; }

    public bool IsComplex { get; private set; }

    /// <summary>The filer agreed at intake that the answer may be published, redacted of personal data.</summary>
    public bool ConsentsToPublication { get; private set; }

    /// <summary>How many people signed the filing; many signers make it a mass case (task 4.5).</summary>
    public int SignatoryCount { get; private set; } = 1;

    /// <summary>
    /// For a denunciation, the denouncer's identity and contact, encrypted (Luật Tố cáo 2018, Điều 47–48);
    /// <see cref="Filer"/> then holds no identity at all.
    /// </summary>
    public string? SealedIdentity { get; private set; }

    /// <summary>The answer an officer drafted, in Markdown, waiting for the lead's approval.</summary>
    public string? AnswerDraft { get; private set; }

    /// <summary>The approved answer as sent to the filer, in Markdown.</summary>
    public string? AnswerText { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The answer as published on the Portal, redacted of personal data.</summary>
    public string? PublishedAnswer { get; private set; }

    /// <summary>
    /// The title shown over the published answer: a filer often names themselves or a neighbour in the title,
    /// so staff publish a redacted one. Null for answers published before it was asked (they show <see cref="Title"/>).
    /// </summary>
    public string? PublishedTitle { get; private set; }

    /// <summary>The title the Portal shows over the published answer.</summary>
    public static string PublicTitleOf(string? publishedTitle, string title) => publishedTitle ?? title;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Why the case is in Thanh tra's review queue; <see cref="ReviewReasons.None"/> when it never was.</summary>
    public ReviewReasons ReviewReasons { get; private set; }

    /// <summary>When Thanh tra closed its review of the case.</summary>
    public DateTimeOffset? ReviewClosedAt { get; private set; }

    /// <summary>Optimistic concurrency: each change bumps it, so a second officer acting on a stale page is refused.</summary>
    public int Version { get; private set; }

    public bool InReviewQueue => IsInReviewQueue(FlaggedForReviewAt, ReviewClosedAt);

    /// <summary>
    /// The rule of <see cref="InReviewQueue"/>, for what reads the two stamps without loading the case. In a query's
    /// <c>Select</c> EF Core runs it on the two stamps after reading them; a <c>Where</c> uses <see cref="InReviewQueueQuery"/>.
    /// </summary>
    public static bool IsInReviewQueue(DateTimeOffset? flaggedForReviewAt, DateTimeOffset? reviewClosedAt) =>
        flaggedForReviewAt is not null && reviewClosedAt is null;

    /// <summary>The same rule as <see cref="IsInReviewQueue"/>, written so EF Core can translate it into a query's <c>Where</c>.</summary>
    public static readonly Expression<Func<FeedbackCase, bool>> InReviewQueueQuery =
        c => c.FlaggedForReviewAt != null && c.ReviewClosedAt == null;

    public IReadOnlyList<CaseEvent> Events => _events;

    public IReadOnlyList<CaseCoordinator> Coordinators => _coordinators;

    public TrackingCode Code => Cases.TrackingCode.Parse(TrackingCode);

    /// <summary>Receives a case and records where the router sent it: the start of every case's history.</summary>
    /// <remarks>A denunciation needs <paramref name="sealedIdentity"/>: its filer's identity is never stored in clear.</remarks>
    public static FeedbackCase Receive(
        CaseIntake intake, RoutingDecision routing, TrackingCode code, DateTimeOffset receivedAt, string? sealedIdentity = null)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(routing);
        var protectsIdentity = intake.Kind == CaseKind.Denunciation;
        if (protectsIdentity && string.IsNullOrEmpty(sealedIdentity))
        {
            throw new ArgumentException("A denunciation's identity must be sealed before it is stored.", nameof(sealedIdentity));
        }

        RequireDetailsOfItsKind(intake);

        var feedbackCase = new FeedbackCase
        {
            TrackingCode = code.Value,
            Kind = intake.Kind,
            Status = CaseStatus.Received,
            Channel = intake.Channel,
            TopicCode = intake.TopicCode,
            LocalityCode = intake.LocalityCode,
            InIndustrialZone = intake.InIndustrialZone,
            Title = TitleOf(intake),
            Description = intake.Description.Trim(),
            Filer = protectsIdentity ? Filer.Withheld(intake.FilerType)
                : intake.IsAnonymousReport ? Filer.Anonymous(intake.Phone, intake.Email)
                : Filer.Create(intake.FilerType, intake.FilerName, intake.OrganisationName, intake.Phone, intake.Email),
            SealedIdentity = protectsIdentity ? sealedIdentity : null,
            Enterprise = protectsIdentity ? null : intake.Enterprise?.Copy(),
            SubmissionKey = Cases.SubmissionKey.Normalize(intake.SubmissionKey),
            FilerLanguage = intake.Language == Cases.FilerLanguage.English ? Cases.FilerLanguage.English : Cases.FilerLanguage.Vietnamese,
            Complaint = intake.Complaint,
            Denunciation = intake.Denunciation,
            IsAnonymousReport = intake.IsAnonymousReport,
            ConsentsToPublication = intake.ConsentsToPublication,
            SignatoryCount = Math.Max(1, intake.SignatoryCount),
            ReceivedAt = receivedAt,
            LeadAgencyCode = routing.LeadAgencyCode,
            ReceivingAgencyCode = routing.LeadAgencyCode,
            OverseerAgencyCode = routing.OverseerAgencyCode,
            RoutingRuleCode = routing.RuleCode,
            RoutingTask = routing.Task,
        };
        feedbackCase.SetPlace(intake.Place);
        feedbackCase._coordinators.AddRange(routing.CoordinatingAgencyCodes.Select(c => new CaseCoordinator(c)));
        feedbackCase._events.Add(CaseEvent.Create(
            CaseEventType.Received, receivedAt, note: intake.Channel.ToString(), leadAgencyCode: routing.LeadAgencyCode));
        feedbackCase._events.Add(CaseEvent.Create(
            CaseEventType.Routed,
            receivedAt,
            leadAgencyCode: routing.LeadAgencyCode,
            agencyCode: routing.LeadAgencyCode,
            note: $"{routing.RuleCode} (nhiệm vụ {routing.Task})"));
        return feedbackCase;
    }

    /// <summary>Puts the case in Thanh tra's review queue for a reason (or adds a reason if it is there).</summary>
    public void FlagForReview(ReviewReasons reason, string note, DateTimeOffset at, StaffActor? actor = null)
    {
        RequireInOrder(at);
        RequireReason(note, StepInput.ReviewFlagReason);
        if ((ReviewReasons & reason) == reason && InReviewQueue)
        {
            throw new CaseRuleException(CaseRule.AlreadyInReviewForReason);
        }

        ReviewReasons |= reason;
        if (!InReviewQueue)
        {
            FlaggedForReviewAt = at;
            ReviewClosedAt = null;
        }

        Append(ReviewFlagEventFor(Id, LeadAgencyCode, note, at, actor));
    }

    /// <summary>Stores what the calculator says of the current stage (see <see cref="DueOn"/>).</summary>
    public void RefreshDeadline(Deadlines.DeadlineStatus? status)
    {
        DueOn = status is { IsStopped: false } ? status.DueOn : null;
        ClockPaused = status?.IsPaused ?? false;
    }

    /// <summary>Recomputes the current stage from the history, on Hải Phòng's day of <paramref name="at"/>, and stores it.</summary>
    public void RefreshDeadline(Deadlines.DeadlineRules rules, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RefreshDeadline(rules.StatusOf(Deadlines.CaseClock.From(this), Deadlines.VietnamTime.ToLocalDate(at)));
    }
}

/// <summary>An agency asked to coordinate on a case (cơ quan phối hợp).</summary>
public sealed class CaseCoordinator
{
    public CaseCoordinator(string agencyCode) => AgencyCode = agencyCode;

    public string AgencyCode { get; private set; }
}
