using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>What the case page shows, read in one projection.</summary>
public sealed partial class DetailsModel
{
    /// <summary>A business case's enterprise (task 4.10); its name is the filer's organisation. No park: "other / not sure".</summary>
    public sealed record EnterpriseView(string TaxCode, string? ParkName, string? ContactPosition);

    public sealed record HistoryEntry(CaseEventType Type, DateTimeOffset OccurredAt, string? AgencyCode, string? Note, bool IsPublic, int? Days, string? ActorName);

    public sealed record AttachmentEntry(long Id, string DisplayName, Core.Attachments.AttachmentKind Kind, long Length);

    public sealed record CaseView(
        string TrackingCode,
        CaseKind Kind,
        CaseStatus Status,
        CaseChannel Channel,
        string Title,
        string Description,
        string TopicCode,
        string? LocalityCode,
        bool InIndustrialZone,
        FilerType FilerType,
        string FilerName,
        string? FilerOrganisation,
        string? FilerPhone,
        string? FilerEmail,
        bool FilerWithheld,
        DateTimeOffset ReceivedAt,
        string LeadAgencyCode,
        string? OverseerAgencyCode,
        string RoutingRuleCode,
        string RoutingTask,
        IReadOnlyList<string> Coordinators,
        string? AssignedOfficerId,
        string? AssignedOfficerName,
        bool InReviewQueue,
        ReviewReasons ReviewReasons,
        bool IsComplex,
        int SignatoryCount,
        bool ConsentsToPublication,
        string? AnswerDraft,
        string? AnswerText,
        string? PublishedAnswer,
        int Version,
        ComplaintDetails? Complaint,
        DenunciationDetails? Denunciation,
        bool IsAnonymousReport,
        IReadOnlyList<HistoryEntry> History,
        EnterpriseView? Enterprise,
        string? PlaceAddress,
        double? Latitude,
        double? Longitude,
        IReadOnlyList<AttachmentEntry> Attachments)
    {
        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();

        public CaseAccess Access => new(LeadAgencyCode, Coordinators, AssignedOfficerId, InReviewQueue, Kind);
    }
}
