using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
                new(Text["Complaint.DecisionNumber.Label"], Input.DecisionNumber, nameof(InputModel.DecisionNumber)),
                new(Text["Complaint.DecisionDate.Label"], Date(Input.DecisionDate), nameof(InputModel.DecisionDate)),
                new(Text["Complaint.Act.Label"], Input.ActDescription, nameof(InputModel.ActDescription)),
                new(Text["Complaint.IssuedBy.Label"], Input.IssuedBy, nameof(InputModel.IssuedBy)),
                new(Text["Complaint.LearnedOn.Label"], Date(Input.LearnedOn), nameof(InputModel.LearnedOn)),
                new(Text["Complaint.DelayReason.Label"], Input.DelayReason, nameof(InputModel.DelayReason)),
                new(Text["Complaint.Topic.Label"], TopicName(), nameof(InputModel.TopicCode)),
                new(Text["Complaint.Locality.Label"], LocalityName(), nameof(InputModel.LocalityCode)),
                new(Text["Complaint.Description.Label"], Input.Description, nameof(InputModel.Description)),
                new(Text["Complaint.Request.Label"], Input.Request, nameof(InputModel.Request)),
            ]),
            new(Text["Complaint.Filer.Heading"],
            [
                new(Text["Complaint.FilerName.Label"], Input.FilerName, nameof(InputModel.FilerName)),
                new(Text["Complaint.Address.Label"], Input.Address, nameof(InputModel.Address)),
                new(Text["Complaint.Phone.Label"], Input.Phone, nameof(InputModel.Phone)),
                new(Text["Complaint.Email.Label"], Input.Email, nameof(InputModel.Email)),
                new(Text["Complaint.Representation.Legend"], Text[$"Complaint.Representation.{Input.Representation}"], nameof(InputModel.Representation)),
                new(Text["Complaint.RepresentedName.Label"], Input.Representation == Representation.Self ? null : Input.RepresentedName, nameof(InputModel.RepresentedName)),
                new(Text["Complaint.OwnRights.Check"], Text["Complaint.Yes"], nameof(InputModel.ConcernsOwnRights)),
                new(Text["Complaint.Publication.Check"], Text[Input.ConsentsToPublication ? "Complaint.Yes" : "Complaint.No"], nameof(InputModel.ConsentsToPublication)),
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
            ModelState.AddModelError<NewModel>(m => m.Input.DecisionNumber, Text["Complaint.Subject.Required"]);
        }

        if (Input.LearnedOn > Today)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.LearnedOn, Text["Complaint.LearnedOn.Future"]);
        }

        if (Input.DecisionDate > Today)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.DecisionDate, Text["Complaint.DecisionDate.Future"]);
        }

        if (Input.Representation is not Representation.Self && string.IsNullOrWhiteSpace(Input.RepresentedName))
        {
            ModelState.AddModelError<NewModel>(m => m.Input.RepresentedName, Text["Complaint.RepresentedName.Required"]);
        }
    }
}
