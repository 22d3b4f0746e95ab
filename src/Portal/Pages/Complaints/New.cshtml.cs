using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Complaints;

/// <summary>
/// Gửi khiếu nại (Luật Khiếu nại 2011): the decision or act, who issued it, when the filer learned of it, what
/// they ask for, whose rights it concerns. Past the 90 days of Điều 9 the filer is warned, never stopped.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
[RequestSizeLimit(AttachmentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes)]
public sealed partial class NewModel(CaseService cases, ReferenceDataCache referenceData, TimeProvider time, CaseVocabulary labels, IStringLocalizer<ComplaintText> text, IStringLocalizer<AttachmentText> attachmentText)
    : PageModel, ICheckAnswersPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public FormStep Step { get; set; }

    public ReferenceDirectory Directory { get; private set; } = null!;

    /// <summary>True when the answers are shown read-only for the filer to check before sending.</summary>
    public bool Checking { get; private set; }

    /// <summary>How many files the last "Gửi" carried: a re-shown check step asks for them again.</summary>
    public int PostedFileCount { get; private set; }

    public DateOnly Today { get; private set; }

    public bool PastFilingLimit => Input.LearnedOn is { } learned && ComplaintDetails.IsPastFilingLimit(learned, Today);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Today = VietnamTime.Today(time);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Step == FormStep.Edit)
        {
            // "Sửa" on the check step: back to the form with everything typed, no errors shown yet.
            ModelState.Clear();
            return Page();
        }

        CheckAcrossFields();
        (var attachments, PostedFileCount) = await CheckAnswers.ReadFilesAsync(this, Request, ModelState, attachmentText, cancellationToken);

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        if (Step != FormStep.Send)
        {
            Checking = true;
            return Page();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake(Today) with { SubmissionKey = SubmissionKeyField.Posted(Request), Attachments = attachments }, cancellationToken);
        }
        catch (CaseIntakeException)
        {
            ModelState.AddModelError("Input.TopicCode", text["Complaint.ReferenceChanged"]);
            return Invalid();
        }

        SentModel.Remember(TempData, filed, SentModel.ComplaintKind);
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    public CheckAnswersView CheckView()
    {
        string? Date(DateOnly? day) => day is { } d ? labels.Date(d) : null;
        var english = PortalLocalization.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var topic = Input.TopicCode is null ? null : Directory.FindTopic(Input.TopicCode);
        var warnings = PastFilingLimit ? new[] { text["Complaint.Late.Warning", ComplaintDetails.FilingLimitDays].Value } : [];
        return new CheckAnswersView(
        [
            new(text["Complaint.Subject.Heading"],
            [
                new(text["Complaint.DecisionNumber.Label"], Input.DecisionNumber, "Input_DecisionNumber"),
                new(text["Complaint.DecisionDate.Label"], Date(Input.DecisionDate), "Input_DecisionDate"),
                new(text["Complaint.Act.Label"], Input.ActDescription, "Input_ActDescription"),
                new(text["Complaint.IssuedBy.Label"], Input.IssuedBy, "Input_IssuedBy"),
                new(text["Complaint.LearnedOn.Label"], Date(Input.LearnedOn), "Input_LearnedOn"),
                new(text["Complaint.DelayReason.Label"], Input.DelayReason, "Input_DelayReason"),
                new(text["Complaint.Topic.Label"], topic is null ? null : english ? topic.NameEn : topic.Name, "Input_TopicCode"),
                new(text["Complaint.Locality.Label"], Input.LocalityCode is null ? null : Directory.FindLocality(Input.LocalityCode)?.Name, "Input_LocalityCode"),
                new(text["Complaint.Description.Label"], Input.Description, "Input_Description"),
                new(text["Complaint.Request.Label"], Input.Request, "Input_Request"),
            ]),
            new(text["Complaint.Filer.Heading"],
            [
                new(text["Complaint.FilerName.Label"], Input.FilerName, "Input_FilerName"),
                new(text["Complaint.Address.Label"], Input.Address, "Input_Address"),
                new(text["Complaint.Phone.Label"], Input.Phone, "Input_Phone"),
                new(text["Complaint.Email.Label"], Input.Email, "Input_Email"),
                new(text["Complaint.Representation.Legend"], text[$"Complaint.Representation.{Input.Representation}"], "Input_Representation"),
                new(text["Complaint.RepresentedName.Label"], Input.Representation == Representation.Self ? null : Input.RepresentedName, "Input_RepresentedName"),
                new(text["Complaint.OwnRights.Check"], text["Complaint.Yes"], "Input_ConcernsOwnRights"),
                new(text["Complaint.Publication.Check"], text[Input.ConsentsToPublication ? "Complaint.Yes" : "Complaint.No"], "Input_ConsentsToPublication"),
            ]),
        ],
        warnings)
        {
            Attachments = new(PostedFileCount) { Label = text["Complaint.Attachments.Label"], Note = text["Complaint.Attachments.Note"] },
        };
    }

    private PageResult Invalid()
    {
        Checking = CheckAnswers.OnlyCheckStepFailed(ModelState);
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    // Run on every post, not only once each field is valid on its own, so the filer sees every problem in one go.
    private void CheckAcrossFields()
    {
        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", text["Complaint.Topic.NotListed"]);
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            ModelState.AddModelError("Input.LocalityCode", text["Complaint.Locality.NotListed"]);
        }

        if (string.IsNullOrWhiteSpace(Input.DecisionNumber) && string.IsNullOrWhiteSpace(Input.ActDescription))
        {
            ModelState.AddModelError("Input.DecisionNumber", text["Complaint.Subject.Required"]);
        }

        if (Input.LearnedOn > Today)
        {
            ModelState.AddModelError("Input.LearnedOn", text["Complaint.LearnedOn.Future"]);
        }

        if (Input.DecisionDate > Today)
        {
            ModelState.AddModelError("Input.DecisionDate", text["Complaint.DecisionDate.Future"]);
        }

        if (Input.Representation is not Representation.Self && string.IsNullOrWhiteSpace(Input.RepresentedName))
        {
            ModelState.AddModelError("Input.RepresentedName", text["Complaint.RepresentedName.Required"]);
        }

        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Phone", text["Complaint.Contact.Required"]);
        }

        ContactChecks.CheckFormat(ModelState, Input.Phone, Input.Email, text, "Complaint");
    }
}
