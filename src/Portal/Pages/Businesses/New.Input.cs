using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Businesses;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Portal.Pages.Businesses;

public sealed partial class NewModel
{
    /// <summary>The form; its attributes carry keys of BusinessText, looked up in the request's language.</summary>
    [TextResource(typeof(BusinessText))]
    public sealed class InputModel : IIntakeInput
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

        // Not asked: the commune is the chosen park's.
        string? IIntakeInput.LocalityCode => null;

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
