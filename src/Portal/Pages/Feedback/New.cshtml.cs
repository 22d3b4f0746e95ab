using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Places;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Feedback;

/// <summary>Gửi phản ánh, kiến nghị: the form a citizen or business fills to file a case.</summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
[RequestSizeLimit(AttachmentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes)]
public sealed partial class NewModel(
    CaseService cases,
    ReferenceDataCache referenceData,
    IStringLocalizer<IntakeText> text,
    IStringLocalizer<AttachmentText> attachmentText,
    IStringLocalizer<PlaceText> placeText)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    /// <summary>How many files the last post carried: a re-shown form asks for them again.</summary>
    public int PostedFileCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Directory = await referenceData.GetAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        CheckAgainstReferenceData();
        CheckContactAndOrganisation();
        var place = Input.Place.Check(ModelState, "Input.Place", placeText);
        PostedFileCount = AttachmentField.CountPosted(Request);
        var attachments = await AttachmentField.ReadAsync(Request, ModelState, attachmentText, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(
                Input.ToIntake() with { SubmissionKey = SubmissionKeyField.Posted(Request), Place = place, Attachments = attachments },
                cancellationToken);
        }
        catch (CaseIntakeException)
        {
            // Reference data changed between the check and the save (an administrator's edit): ask again.
            ModelState.AddModelError("Input.TopicCode", text["Intake.ReferenceChanged"]);
            return Invalid();
        }

        TempData[SentModel.CodeKey] = filed.Code.ToString();
        TempData[SentModel.AgencyKey] = filed.LeadAgencyName;
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    private PageResult Invalid()
    {
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private void CheckAgainstReferenceData()
    {
        // The Portal files only phản ánh and kiến nghị; a forged post may name another kind.
        if (Input.Kind is not null and not (CaseKind.Feedback or CaseKind.Recommendation))
        {
            ModelState.AddModelError("Input.Kind", text["Intake.Kind.Required"]);
        }

        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", text["Intake.Topic.NotListed"]);
        }

        if (!string.IsNullOrEmpty(Input.LocalityCode) && Directory.FindLocality(Input.LocalityCode) is null)
        {
            ModelState.AddModelError("Input.LocalityCode", text["Intake.Locality.NotListed"]);
        }
    }

    // Checks across fields run on every post, not only once each field is valid on its own, so the
    // filer sees every problem in one go.
    private void CheckContactAndOrganisation()
    {
        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Phone", text["Intake.Contact.Required"]);
        }

        ContactChecks.CheckFormat(ModelState, Input.Phone, Input.Email, text, "Intake");

        if (Input.FilerType == FilerType.Business && string.IsNullOrWhiteSpace(Input.OrganisationName))
        {
            ModelState.AddModelError("Input.OrganisationName", text["Intake.Organisation.Required"]);
        }

        if (Input.Description is { Length: > 0 } description && description.Trim().Length < FeedbackCase.DescriptionMinLength)
        {
            ModelState.AddModelError("Input.Description", text["Intake.Description.TooShort", FeedbackCase.DescriptionMinLength]);
        }
    }
}
