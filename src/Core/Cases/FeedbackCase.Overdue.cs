using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore.Query;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The steps the overdue sweep takes on a case it does not load (one at a time would not fit its 5 s).</summary>
[Flags]
internal enum OverdueSteps
{
    None = 0,

    /// <summary>Escalated to the lead agency's leads, once per case.</summary>
    Escalate = 1,

    /// <summary>Put in Thanh tra thành phố's review queue for being late by the margin (task 4.5), once per case.</summary>
    FlagForReview = 2,
}

/// <summary>
/// The overdue sweep's steps as set-based writes: their history entries and their updates are made here, beside
/// <see cref="FlagForReview"/>, from the same factory, so a flag reads and counts the same whoever made it.
/// </summary>
public sealed partial class FeedbackCase
{
    /// <summary>The history entry of a flag for Thanh tra's review: <see cref="FlagForReview"/>'s, and the sweep's.</summary>
    internal static CaseEvent ReviewFlagEventFor(long caseId, string leadAgencyCode, string note, DateTimeOffset at, StaffActor? actor = null) =>
        CaseEvent.Create(
            CaseEventType.FlaggedForReview, at, Agencies.Agency.InspectorateCode, note, actor?.UserId, isPublic: false,
            actorName: actor?.FullName, leadAgencyCode: leadAgencyCode, caseId: caseId);

    /// <summary>The history entry of escalating an overdue case to its agency's leads.</summary>
    internal static CaseEvent EscalationEventFor(long caseId, string leadAgencyCode, DeadlineStatus status, DateTimeOffset at) =>
        CaseEvent.Create(
            CaseEventType.Escalated, at, leadAgencyCode, $"Quá hạn {OverdueBy(status)} (hạn {status.DueOn:dd/MM/yyyy})", isPublic: false,
            leadAgencyCode: leadAgencyCode, caseId: caseId);

    /// <summary>Why a case late by the margin is flagged for Thanh tra's review, as its history says it.</summary>
    internal static string OverdueReviewNote(DeadlineStatus status, int marginDays) =>
        $"Quá hạn {OverdueBy(status)}, vượt ngưỡng {marginDays} ngày (nhiệm vụ 4.5)";

    /// <summary>
    /// The UPDATE of <paramref name="steps"/> for cases read at one version and all in, or all out of, the review
    /// queue. The flag is <see cref="FlagForReview"/>'s: the reason is added, and only a case not in the queue enters it
    /// now. Each step bumps <see cref="Version"/> as <see cref="Append(CaseEvent)"/> does, so a staff form opened before
    /// is refused as stale instead of writing over the sweep.
    /// </summary>
    internal static void TakeInBulk(UpdateSettersBuilder<FeedbackCase> set, OverdueSteps steps, bool inReviewQueue, DateTimeOffset at)
    {
        set.SetProperty(c => c.Version, c => c.Version + StepCount(steps));
        if (steps.HasFlag(OverdueSteps.Escalate))
        {
            set.SetProperty(c => c.JobMarks.OverdueEscalatedAt, at);
        }

        if (steps.HasFlag(OverdueSteps.FlagForReview))
        {
            set.SetProperty(c => c.ReviewReasons, c => c.ReviewReasons | ReviewReasons.Overdue);
            if (!inReviewQueue)
            {
                set.SetProperty(c => c.FlaggedForReviewAt, at).SetProperty(c => c.ReviewClosedAt, (DateTimeOffset?)null);
            }
        }
    }

    internal static int StepCount(OverdueSteps steps) =>
        (steps.HasFlag(OverdueSteps.Escalate) ? 1 : 0) + (steps.HasFlag(OverdueSteps.FlagForReview) ? 1 : 0);

    private static string OverdueBy(DeadlineStatus status) =>
        $"{-status.RemainingDays} {(status.Unit == DayUnit.WorkingDays ? "ngày làm việc" : "ngày")}";
}
