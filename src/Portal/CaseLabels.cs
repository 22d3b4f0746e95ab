using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// How case vocabulary reads to the public in the request's language (Resources/CaseText.resx), and
/// dates in Hải Phòng's time zone (UTC+7): dd/MM/yyyy in Vietnamese, "26 February 2026" in English.
/// </summary>
public sealed class CaseLabels(IStringLocalizer<CaseText> text)
{
    public string Kind(CaseKind kind) => kind switch
    {
        CaseKind.Feedback => text["Case.Kind.Feedback"],
        CaseKind.Recommendation => text["Case.Kind.Recommendation"],
        CaseKind.Complaint => text["Case.Kind.Complaint"],
        CaseKind.Denunciation => text["Case.Kind.Denunciation"],
        _ => kind.ToString(),
    };

    public string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => text["Case.Status.Received"],
        // The filer is not told an answer waits for the lead's approval: to them it is still being dealt with.
        CaseStatus.Accepted or CaseStatus.AwaitingApproval => text["Case.Status.InProgress"],
        CaseStatus.WaitingForFiler => text["Case.Status.WaitingForFiler"],
        CaseStatus.Suspended => text["Case.Status.Suspended"],
        CaseStatus.Answered => text["Case.Status.Answered"],
        CaseStatus.Refused => text["Case.Status.Refused"],
        CaseStatus.Closed => text["Case.Status.Closed"],
        _ => status.ToString(),
    };

    public string TimelineText(CaseEventType type, string? agencyName) => type switch
    {
        CaseEventType.Received => text["Case.Event.Received"],
        CaseEventType.Routed => text["Case.Event.Routed", agencyName ?? ""],
        CaseEventType.Accepted => text["Case.Event.Accepted"],
        CaseEventType.Refused => text["Case.Event.Refused"],
        CaseEventType.InformationRequested => text["Case.Event.InformationRequested"],
        CaseEventType.InformationReceived => text["Case.Event.InformationReceived"],
        CaseEventType.Suspended => text["Case.Event.Suspended"],
        CaseEventType.Resumed => text["Case.Event.Resumed"],
        CaseEventType.Extended => text["Case.Event.Extended"],
        CaseEventType.MarkedComplex => text["Case.Event.MarkedComplex"],
        CaseEventType.Transferred => text["Case.Event.Transferred", agencyName ?? ""],
        CaseEventType.Answered => text["Case.Event.Answered"],
        CaseEventType.Closed => text["Case.Event.Closed"],
        CaseEventType.Reopened => text["Case.Event.Reopened"],
        CaseEventType.AnswerPublished => text["Case.Event.AnswerPublished"],
        CaseEventType.AnswerRated => text["Case.Event.AnswerRated"],
        _ => type.ToString(),
    };

    public string DeadlineHeading(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Intake => text["Case.Deadline.Intake"],
        DeadlineStage.Acceptance => text["Case.Deadline.Acceptance"],
        DeadlineStage.Notification => text["Case.Deadline.Notification"],
        _ => text["Case.Deadline.Resolution"],
    };

    public string Date(DateOnly day) => day.ToString(text["Case.Date.Format"], CultureInfo.CurrentCulture);

    public string Date(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString(text["Case.Date.Format"], CultureInfo.CurrentCulture);

    public string DateTime(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString(text["Case.DateTime.Format"], CultureInfo.CurrentCulture);
}
