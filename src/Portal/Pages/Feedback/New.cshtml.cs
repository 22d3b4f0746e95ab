using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
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
public sealed class NewModel(
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

    /// <summary>The form; its attributes carry keys of IntakeText, looked up in the request's language.</summary>
    [TextResource(typeof(IntakeText))]
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Intake.Kind.Required")]
        [Display(Name = "Intake.Kind.Name")]
        public CaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Intake.Topic.Required")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Intake.Topic.NotListed")]
        [Display(Name = "Intake.Topic.Name")]
        public string? TopicCode { get; set; }

        [Required(ErrorMessage = "Intake.Locality.Required")]
        [StringLength(Locality.CodeLength, ErrorMessage = "Intake.Locality.NotListed")]
        [Display(Name = "Intake.Locality.Name")]
        public string? LocalityCode { get; set; }

        [Display(Name = "Intake.Zone.Name")]
        public bool InIndustrialZone { get; set; }

        [Required(ErrorMessage = "Intake.Title.Required")]
        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Intake.Title.TooLong")]
        [Display(Name = "Intake.Title.Name")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Intake.Description.Required")]
        [StringLength(FeedbackCase.DescriptionMaxLength, MinimumLength = FeedbackCase.DescriptionMinLength, ErrorMessage = "Intake.Description.Length")]
        [Display(Name = "Intake.Description.Name")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Intake.FilerType.Required")]
        [Display(Name = "Intake.FilerType.Name")]
        public FilerType? FilerType { get; set; }

        [StringLength(Filer.OrganisationMaxLength, ErrorMessage = "Intake.Organisation.TooLong")]
        [Display(Name = "Intake.Organisation.Name")]
        public string? OrganisationName { get; set; }

        [Required(ErrorMessage = "Intake.FilerName.Required")]
        [StringLength(Filer.NameMaxLength, ErrorMessage = "Intake.FilerName.TooLong")]
        [Display(Name = "Intake.FilerName.Name")]
        public string? FilerName { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Intake.Phone.TooLong")]
        [Display(Name = "Intake.Phone.Name")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Intake.Email.TooLong")]
        [Display(Name = "Intake.Email.Name")]
        public string? Email { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Intake.PrivacyAccepted.Required")]
        [Display(Name = "Intake.PrivacyAccepted.Name")]
        public bool PrivacyAccepted { get; set; }

        /// <summary>Where the matter is; optional.</summary>
        public PlaceInput Place { get; set; } = new();

        /// <summary>Consent to publish the redacted answer (DOMAIN.md: published only with the filer's consent).</summary>
        public bool ConsentsToPublication { get; set; }

        public CaseIntake ToIntake() => new()
        {
            Language = FilerLanguage.Of(CultureInfo.CurrentUICulture),
            Kind = Kind!.Value,
            Channel = CaseChannel.Web,
            ConsentsToPublication = ConsentsToPublication,
            TopicCode = TopicCode!,
            LocalityCode = LocalityCode,
            InIndustrialZone = InIndustrialZone,
            Title = Title!,
            Description = Description!,
            FilerType = FilerType!.Value,
            FilerName = FilerName!,
            OrganisationName = OrganisationName,
            Phone = Phone,
            Email = Email,
        };
    }
}
