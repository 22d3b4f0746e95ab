using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Pages.Feedback;
using DanVan.Feedback.Portal.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Businesses;

/// <summary>
/// Phản ánh, kiến nghị of an enterprise or its workers in an industrial park or economic zone (task 4.10):
/// filed as a business case in the zone, so the routing rules send it to Ban Quản lý Khu kinh tế.
/// </summary>
[RequireCaptcha]
[EnableRateLimiting(RateLimitPolicies.Intake)]
public sealed class NewModel(CaseService cases, ReferenceDataCache referenceData, FeedbackDbContext db, IStringLocalizer<BusinessText> text) : PageModel
{
    /// <summary>The choice for a park not in the list, or a filer who is not sure which it is.</summary>
    public const string OtherPark = "khac";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public IReadOnlyList<Park> Parks { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var taxCode = CheckTaxCode();
        var park = CheckChoices();
        CheckContact();
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        FiledCase filed;
        try
        {
            filed = await cases.FileAsync(Input.ToIntake(taxCode, park) with { SubmissionKey = SubmissionKeyField.Posted(Request) }, cancellationToken);
        }
        catch (CaseIntakeException)
        {
            ModelState.AddModelError("Input.TopicCode", text["Business.ReferenceChanged"]);
            return Invalid();
        }

        TempData[SentModel.CodeKey] = filed.Code.ToString();
        TempData[SentModel.AgencyKey] = filed.LeadAgencyName;
        return new SeeOtherResult("/phan-anh/da-gui");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Parks = await db.IndustrialParks.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.SortOrder)
            .Select(p => new Park(p.Code, p.Name, p.Kind, p.LocalityCode))
            .ToListAsync(cancellationToken);
    }

    private PageResult Invalid()
    {
        ViewData["HasErrors"] = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private TaxCode CheckTaxCode()
    {
        if (string.IsNullOrWhiteSpace(Input.TaxCode) || ModelState["Input.TaxCode"]?.Errors.Count > 0)
        {
            return default;
        }

        switch (TaxCode.TryParse(Input.TaxCode, out var taxCode))
        {
            case TaxCodeProblem.Format:
                ModelState.AddModelError("Input.TaxCode", text["Business.TaxCode.Format"]);
                break;
            case TaxCodeProblem.CheckDigit:
                ModelState.AddModelError("Input.TaxCode", text["Business.TaxCode.CheckDigit"]);
                break;
        }

        return taxCode;
    }

    private Park? CheckChoices()
    {
        // A forged post may name another kind; the Portal files only phản ánh and kiến nghị.
        if (Input.Kind is not null and not (CaseKind.Feedback or CaseKind.Recommendation))
        {
            ModelState.AddModelError("Input.Kind", text["Business.Kind.Required"]);
        }

        if (!string.IsNullOrEmpty(Input.TopicCode) && Directory.FindTopic(Input.TopicCode) is null)
        {
            ModelState.AddModelError("Input.TopicCode", text["Business.Topic.NotListed"]);
        }

        if (string.IsNullOrEmpty(Input.ParkCode) || Input.ParkCode == OtherPark)
        {
            return null;
        }

        var park = Parks.FirstOrDefault(p => p.Code == Input.ParkCode);
        if (park is null)
        {
            ModelState.AddModelError("Input.ParkCode", text["Business.Park.NotListed"]);
        }

        return park;
    }

    private void CheckContact()
    {
        if (string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Phone", text["Business.Contact.Required"]);
        }

        ContactChecks.CheckFormat(ModelState, Input.Phone, Input.Email, text, "Business");

        if (Input.Description is { Length: > 0 } description && description.Trim().Length < FeedbackCase.DescriptionMinLength
            && ModelState["Input.Description"] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError("Input.Description", text["Business.Description.Length", "", FeedbackCase.DescriptionMaxLength, FeedbackCase.DescriptionMinLength]);
        }
    }

    public sealed record Park(string Code, string Name, IndustrialParkKind Kind, string? LocalityCode);

    /// <summary>The form; its attributes carry keys of BusinessText, looked up in the request's language.</summary>
    [TextResource(typeof(BusinessText))]
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Business.EnterpriseName.Required")]
        [StringLength(Filer.OrganisationMaxLength, ErrorMessage = "Business.EnterpriseName.TooLong")]
        [Display(Name = "Business.EnterpriseName.Name")]
        public string? EnterpriseName { get; set; }

        [Required(ErrorMessage = "Business.TaxCode.Required")]
        [StringLength(Core.Businesses.TaxCode.MaxInputLength, ErrorMessage = "Business.TaxCode.Format")]
        [Display(Name = "Business.TaxCode.Name")]
        public string? TaxCode { get; set; }

        [Required(ErrorMessage = "Business.Park.Required")]
        [StringLength(IndustrialPark.CodeMaxLength, ErrorMessage = "Business.Park.NotListed")]
        [Display(Name = "Business.Park.Name")]
        public string? ParkCode { get; set; }

        [Required(ErrorMessage = "Business.ContactName.Required")]
        [StringLength(Filer.NameMaxLength, ErrorMessage = "Business.ContactName.TooLong")]
        [Display(Name = "Business.ContactName.Name")]
        public string? ContactName { get; set; }

        [StringLength(Enterprise.PositionMaxLength, ErrorMessage = "Business.ContactPosition.TooLong")]
        [Display(Name = "Business.ContactPosition.Name")]
        public string? ContactPosition { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Business.Phone.TooLong")]
        [Display(Name = "Business.Phone.Name")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Business.Email.TooLong")]
        [Display(Name = "Business.Email.Name")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Business.Kind.Required")]
        [Display(Name = "Business.Kind.Name")]
        public CaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Business.Topic.Required")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Business.Topic.NotListed")]
        [Display(Name = "Business.Topic.Name")]
        public string? TopicCode { get; set; }

        [Required(ErrorMessage = "Business.Title.Required")]
        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Business.Title.TooLong")]
        [Display(Name = "Business.Title.Name")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Business.Description.Required")]
        [StringLength(FeedbackCase.DescriptionMaxLength, MinimumLength = FeedbackCase.DescriptionMinLength, ErrorMessage = "Business.Description.Length")]
        [Display(Name = "Business.Description.Name")]
        public string? Description { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Business.PrivacyAccepted.Required")]
        [Display(Name = "Business.PrivacyAccepted.Name")]
        public bool PrivacyAccepted { get; set; }

        public bool ConsentsToPublication { get; set; }

        /// <summary>A business in a park or zone: routed by the zone rule to Ban Quản lý Khu kinh tế, in the park's commune when known.</summary>
        public CaseIntake ToIntake(Core.Businesses.TaxCode taxCode, Park? park) => new()
        {
            Language = FilerLanguage.Of(CultureInfo.CurrentUICulture),
            Kind = Kind!.Value,
            Channel = CaseChannel.Web,
            TopicCode = TopicCode!,
            LocalityCode = park?.LocalityCode,
            InIndustrialZone = true,
            Title = Title!,
            Description = Description!,
            FilerType = FilerType.Business,
            FilerName = ContactName!,
            OrganisationName = EnterpriseName,
            Phone = Phone,
            Email = Email,
            ConsentsToPublication = ConsentsToPublication,
            Enterprise = Enterprise.Create(taxCode, park?.Code, ContactPosition),
        };
    }
}
