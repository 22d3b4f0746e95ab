using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Portal.Places;

namespace DanVan.Feedback.Portal.Pages.Feedback;

public sealed partial class NewModel
{
    /// <summary>The form; its attributes carry keys of IntakeText, looked up in the request's language.</summary>
    [TextResource(typeof(IntakeText))]
    public sealed class InputModel : IIntakeInput
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
