using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Staff;

namespace DanVan.Feedback.Core.Tests.Cases;

public sealed class CaseActionRulesTests
{
    private const string LeadAgency = "UBND-11311";
    private const string CoordinatingAgency = "SKHCN";
    private const string UnrelatedAgency = "STC";
    private const string Inspectorate = "TTTP";
    private const string AssignedOfficer = "officer-assigned";

    private static readonly CaseAction[] OfficerWork =
    [
        CaseAction.View, CaseAction.Accept, CaseAction.Assign, CaseAction.RequestInformation, CaseAction.RecordInformation,
        CaseAction.Transfer, CaseAction.RequestCoordination, CaseAction.MarkComplex, CaseAction.DraftAnswer, CaseAction.FlagForReview,
    ];

    private static readonly CaseAction[] LeadDecisions =
    [
        CaseAction.Refuse, CaseAction.Extend, CaseAction.Suspend, CaseAction.Resume, CaseAction.ApproveAnswer,
        CaseAction.ReturnAnswer, CaseAction.Publish, CaseAction.Close, CaseAction.Reopen, CaseAction.RevealIdentity,
    ];

    /// <summary>
    /// Who may take which step on a denunciation led by Phường Hồng Bàng, with Sở KH&amp;CN coordinating (issue 4).
    /// A row lists everything its member of staff may do; every other step must be refused them.
    /// A new <see cref="CaseAction"/> must be granted in some row (see <see cref="CaseActions_EachAction_IsGrantedInSomeRow"/>).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Row> Table = new Row[]
    {
        new("officer of the lead agency", "officer-2", LeadAgency, [StaffRoles.Officer], InReviewQueue: false,
            [.. OfficerWork]),
        new("officer of the lead agency the case is assigned to", AssignedOfficer, LeadAgency, [StaffRoles.Officer], InReviewQueue: false,
            [.. OfficerWork, CaseAction.RevealIdentity]),
        new("lead of the lead agency", "lead-1", LeadAgency, [StaffRoles.AgencyLead], InReviewQueue: false,
            [.. OfficerWork, .. LeadDecisions]),
        new("officer of a coordinating agency", "coordinator-1", CoordinatingAgency, [StaffRoles.Officer], InReviewQueue: false,
            [CaseAction.View, CaseAction.RecordCoordinationInput]),
        new("lead of a coordinating agency", "coordinator-lead", CoordinatingAgency, [StaffRoles.AgencyLead], InReviewQueue: false,
            [CaseAction.View, CaseAction.RecordCoordinationInput]),
        new("officer of an unrelated agency", "officer-stc", UnrelatedAgency, [StaffRoles.Officer], InReviewQueue: false,
            []),
        new("lead of an unrelated agency", "lead-stc", UnrelatedAgency, [StaffRoles.AgencyLead], InReviewQueue: false,
            []),
        // Thanh tra reviews the handling but does not resolve the case: the denouncer stays hidden from it (DOMAIN.md).
        new("inspector of Thanh tra thành phố, case in the review queue", "inspector-1", Inspectorate, [StaffRoles.Inspector], InReviewQueue: true,
            [CaseAction.View, CaseAction.FlagForReview, CaseAction.RecordReviewFinding, CaseAction.CloseReview]),
        new("inspector of Thanh tra thành phố, case not in the review queue", "inspector-1", Inspectorate, [StaffRoles.Inspector], InReviewQueue: false,
            [CaseAction.FlagForReview]),
        new("inspector role held outside Thanh tra thành phố, case in the review queue", "inspector-stc", UnrelatedAgency, [StaffRoles.Inspector], InReviewQueue: true,
            []),
        new("assessor, even of the lead agency", "assessor-1", LeadAgency, [StaffRoles.Assessor], InReviewQueue: true,
            []),
        new("administrator, even of the lead agency", "admin-1", LeadAgency, [StaffRoles.Administrator], InReviewQueue: true,
            []),
    }.ToDictionary(r => r.Who, StringComparer.Ordinal);

    public static TheoryData<string, CaseAction> EveryRowAndAction
    {
        get
        {
            var data = new TheoryData<string, CaseAction>();
            foreach (var who in Table.Keys)
            {
                foreach (var action in Enum.GetValues<CaseAction>())
                {
                    data.Add(who, action);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryRowAndAction))]
    public void Allows_EachMemberOfStaffAndStep_AsTheTableSays(string who, CaseAction action)
    {
        // Arrange
        var row = Table[who];
        var access = new CaseAccess(LeadAgency, [CoordinatingAgency], AssignedOfficer, row.InReviewQueue, CaseKind.Denunciation);

        // Act
        var allowed = CaseActionRules.Allows(action, row.UserId, row.AgencyCode, row.Roles, access);

        // Assert
        var expected = row.May.Contains(action);
        Assert.True(
            allowed == expected,
            expected ? $"The {who} must be allowed to {action}." : $"The {who} must not be allowed to {action}.");
    }

    [Fact]
    public void CaseActions_EachAction_IsGrantedInSomeRow()
    {
        // Arrange
        var granted = Table.Values.SelectMany(r => r.May).ToHashSet();

        // Act
        var ungranted = Enum.GetValues<CaseAction>().Where(a => !granted.Contains(a)).ToList();

        // Assert
        Assert.True(
            ungranted.Count == 0,
            $"Every step needs a row saying who may take it (else it is an untested button); missing: {string.Join(", ", ungranted)}.");
    }

    [Fact]
    public void Allows_AfterTransfer_TheNewLeadAgencyWorksTheCaseAndTheOldOneNoLonger()
    {
        // Arrange: the rules read the case's current lead, so a transferred case leaves the old agency's hands.
        var transferred = new CaseAccess("SXD", [], AssignedOfficerId: null, InReviewQueue: false, CaseKind.Feedback);

        // Act
        var oldLead = CaseActionRules.Allows(CaseAction.View, "officer-2", LeadAgency, [StaffRoles.Officer], transferred);
        var newLead = CaseActionRules.Allows(CaseAction.Accept, "officer-sxd", "SXD", [StaffRoles.Officer], transferred);

        // Assert
        Assert.False(oldLead, "Once a case is transferred, the agency it left must no longer see it.");
        Assert.True(newLead, "The agency a case was transferred to must be able to accept it.");
    }

    private sealed record Row(string Who, string UserId, string AgencyCode, string[] Roles, bool InReviewQueue, CaseAction[] May);
}
