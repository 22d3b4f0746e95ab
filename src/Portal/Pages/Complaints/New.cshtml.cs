using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Web;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Complaints;

/// <summary>
/// Gửi khiếu nại (Luật Khiếu nại 2011): the decision or act, who issued it, when the filer learned of it, what
/// they ask for, whose rights it concerns. Past the 90 days of Điều 9 the filer is warned, never stopped.
/// </summary>
public sealed partial class NewModel(
    CaseService cases,
    ReferenceDataCache referenceData,
    TimeProvider time,
    CaseVocabulary labels,
    IStringLocalizer<ComplaintText> text,
    IStringLocalizer<AttachmentText> attachmentText)
    : CheckAnswersPageModel<NewModel.InputModel>(cases, referenceData, text, "Complaint", attachmentText)
{
    public DateOnly Today { get; private set; }

    public bool PastFilingLimit => Input.LearnedOn is { } learned && ComplaintDetails.IsPastFilingLimit(learned, Today);

    protected override string SentKind => SentModel.ComplaintKind;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Today = VietnamTime.Today(time);
    }

    protected override CaseIntake ToIntake() => Input.ToIntake(Today);

    public override CheckAnswersView CheckView()
    {
        string? Date(DateOnly? day) => day is { } d ? labels.Date(d) : null;
        var warnings = PastFilingLimit ? new[] { Text["Complaint.Late.Warning", ComplaintDetails.FilingLimitDays].Value } : [];
        return new CheckAnswersView(
        [
            new(Text["Complaint.Subject.Heading"],
            [
                new(Text["Complaint.DecisionNumber.Label"], Input.DecisionNumber, "Input_DecisionNumber"),
                new(Text["Complaint.DecisionDate.Label"], Date(Input.DecisionDate), "Input_DecisionDate"),
                new(Text["Complaint.Act.Label"], Input.ActDescription, "Input_ActDescription"),
                new(Text["Complaint.IssuedBy.Label"], Input.IssuedBy, "Input_IssuedBy"),
                new(Text["Complaint.LearnedOn.Label"], Date(Input.LearnedOn), "Input_LearnedOn"),
                new(Text["Complaint.DelayReason.Label"], Input.DelayReason, "Input_DelayReason"),
                new(Text["Complaint.Topic.Label"], TopicName(), "Input_TopicCode"),
                new(Text["Complaint.Locality.Label"], LocalityName(), "Input_LocalityCode"),
                new(Text["Complaint.Description.Label"], Input.Description, "Input_Description"),
                new(Text["Complaint.Request.Label"], Input.Request, "Input_Request"),
            ]),
            new(Text["Complaint.Filer.Heading"],
            [
                new(Text["Complaint.FilerName.Label"], Input.FilerName, "Input_FilerName"),
                new(Text["Complaint.Address.Label"], Input.Address, "Input_Address"),
                new(Text["Complaint.Phone.Label"], Input.Phone, "Input_Phone"),
                new(Text["Complaint.Email.Label"], Input.Email, "Input_Email"),
                new(Text["Complaint.Representation.Legend"], Text[$"Complaint.Representation.{Input.Representation}"], "Input_Representation"),
                new(Text["Complaint.RepresentedName.Label"], Input.Representation == Representation.Self ? null : Input.RepresentedName, "Input_RepresentedName"),
                new(Text["Complaint.OwnRights.Check"], Text["Complaint.Yes"], "Input_ConcernsOwnRights"),
                new(Text["Complaint.Publication.Check"], Text[Input.ConsentsToPublication ? "Complaint.Yes" : "Complaint.No"], "Input_ConsentsToPublication"),
            ]),
        ],
        warnings)
        {
            Attachments = new(PostedFileCount) { Label = Text["Complaint.Attachments.Label"], Note = Text["Complaint.Attachments.Note"] },
        };
    }

    protected override void CheckAcrossFields()
    {
        if (string.IsNullOrWhiteSpace(Input.DecisionNumber) && string.IsNullOrWhiteSpace(Input.ActDescription))
        {
            ModelState.AddModelError("Input.DecisionNumber", Text["Complaint.Subject.Required"]);
        }

        if (Input.LearnedOn > Today)
        {
            ModelState.AddModelError("Input.LearnedOn", Text["Complaint.LearnedOn.Future"]);
        }

        if (Input.DecisionDate > Today)
        {
            ModelState.AddModelError("Input.DecisionDate", Text["Complaint.DecisionDate.Future"]);
        }

        if (Input.Representation is not Representation.Self && string.IsNullOrWhiteSpace(Input.RepresentedName))
        {
            ModelState.AddModelError("Input.RepresentedName", Text["Complaint.RepresentedName.Required"]);
        }
    }
}
