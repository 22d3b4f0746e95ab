using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

public sealed partial class ActModel
{
    public sealed record CaseSummary(
        string TrackingCode, string Title, CaseKind Kind, CaseStatus Status, string LeadAgencyCode, int Version,
        string? AnswerDraft, string? AnswerText, CaseAccess Access)
    {
        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();
    }
}
