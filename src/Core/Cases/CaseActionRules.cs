using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Staff;

namespace DanVan.Feedback.Core.Cases;

/// <summary>The steps staff take on a case. Whether the case's state allows one is for <see cref="FeedbackCase"/> to say.</summary>
public enum CaseAction
{
    View,
    Accept,
    Refuse,
    Assign,
    RequestInformation,
    RecordInformation,
    Transfer,
    RequestCoordination,
    RecordCoordinationInput,
    MarkComplex,
    Extend,
    Suspend,
    Resume,
    DraftAnswer,
    ApproveAnswer,
    ReturnAnswer,
    Publish,
    Close,
    Reopen,
    FlagForReview,
    RecordReviewFinding,
    CloseReview,

    /// <summary>See a denouncer's identity: audited every time (Luật Tố cáo 2018, Điều 47–48).</summary>
    RevealIdentity,
}

/// <summary>What the rules need to know of a case and of the member of staff.</summary>
public sealed record CaseAccess(
    string LeadAgencyCode, IReadOnlyCollection<string> CoordinatingAgencyCodes, string? AssignedOfficerId, bool InReviewQueue, CaseKind Kind);

/// <summary>
/// Who may take which step, in one table (issue 4): the lead agency's officers work the case, its leads
/// decide (refuse, extend, suspend, approve, close); a coordinating agency only sees it and gives its input;
/// Thanh tra's inspectors see and act on the cases in their review queue; assessors and administrators,
/// as such, see no case at all. A denouncer's identity is for those who resolve the case — the lead agency's
/// leads and the officer assigned — and nobody else (Luật Tố cáo 2018, Điều 47–48; DOMAIN.md).
/// </summary>
public static class CaseActionRules
{
    private static readonly HashSet<CaseAction> OfficerActions =
    [
        CaseAction.View, CaseAction.Accept, CaseAction.Assign, CaseAction.RequestInformation, CaseAction.RecordInformation,
        CaseAction.Transfer, CaseAction.RequestCoordination, CaseAction.MarkComplex, CaseAction.DraftAnswer, CaseAction.FlagForReview,
    ];

    private static readonly HashSet<CaseAction> LeadOnlyActions =
    [
        CaseAction.Refuse, CaseAction.Extend, CaseAction.Suspend, CaseAction.Resume, CaseAction.ApproveAnswer,
        CaseAction.ReturnAnswer, CaseAction.Publish, CaseAction.Close, CaseAction.Reopen, CaseAction.RevealIdentity,
    ];

    private static readonly HashSet<CaseAction> InspectorActions =
    [
        CaseAction.View, CaseAction.FlagForReview, CaseAction.RecordReviewFinding, CaseAction.CloseReview,
    ];

    public static bool Allows(CaseAction action, string userId, string agencyCode, IReadOnlyCollection<string> roles, CaseAccess access)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(access);
        var isOfficer = roles.Contains(StaffRoles.Officer);
        var isLead = roles.Contains(StaffRoles.AgencyLead);

        if (agencyCode == access.LeadAgencyCode && (isOfficer || isLead))
        {
            if (OfficerActions.Contains(action))
            {
                return true;
            }

            // The officer the case is assigned to resolves it, and so may see whom they resolve it for.
            if (action == CaseAction.RevealIdentity && isOfficer && access.AssignedOfficerId == userId)
            {
                return true;
            }

            if (isLead && LeadOnlyActions.Contains(action))
            {
                return true;
            }
        }

        if (access.CoordinatingAgencyCodes.Contains(agencyCode) && (isOfficer || isLead)
            && action is CaseAction.View or CaseAction.RecordCoordinationInput)
        {
            return true;
        }

        if (roles.Contains(StaffRoles.Inspector) && agencyCode == Agency.InspectorateCode)
        {
            // An inspector may put any case on the queue (by its code); what is on it they may then see and review.
            return action == CaseAction.FlagForReview || (access.InReviewQueue && InspectorActions.Contains(action));
        }

        return false;
    }
}
