using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Portal.Pages.Denunciations;

public sealed partial class NewModel
{
    /// <summary>The form; its attributes carry keys of DenunciationText, looked up in the request's language.</summary>
    [TextResource(typeof(DenunciationText))]
    public sealed class InputModel : IIntakeInput
    {
        [Required(ErrorMessage = "Denunciation.AccusedName.Required")]
        [StringLength(DenunciationDetails.AccusedNameMaxLength, ErrorMessage = "Denunciation.AccusedName.TooLong")]
        [Display(Name = "Denunciation.AccusedName.Name")]
        public string? AccusedName { get; set; }

        [StringLength(DenunciationDetails.AccusedPositionMaxLength, ErrorMessage = "Denunciation.AccusedPosition.TooLong")]
        [Display(Name = "Denunciation.AccusedPosition.Name")]
        public string? AccusedPosition { get; set; }

        [Required(ErrorMessage = "Denunciation.AccusedAgency.Required")]
        [StringLength(DenunciationDetails.AccusedAgencyMaxLength, ErrorMessage = "Denunciation.AccusedAgency.TooLong")]
        [Display(Name = "Denunciation.AccusedAgency.Name")]
        public string? AccusedAgency { get; set; }

        [StringLength(Agency.CodeMaxLength, ErrorMessage = "Denunciation.AccusedAgencyCode.NotListed")]
        [Display(Name = "Denunciation.AccusedAgencyCode.Name")]
        public string? AccusedAgencyCode { get; set; }

        [Required(ErrorMessage = "Denunciation.Topic.Required")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Denunciation.Topic.NotListed")]
        [Display(Name = "Denunciation.Topic.Name")]
        public string? TopicCode { get; set; }

        [StringLength(Locality.CodeLength, ErrorMessage = "Denunciation.Locality.NotListed")]
        [Display(Name = "Denunciation.Locality.Name")]
        public string? LocalityCode { get; set; }

        [Required(ErrorMessage = "Denunciation.Description.Required")]
        [StringLength(FeedbackCase.DescriptionMaxLength, MinimumLength = FeedbackCase.DescriptionMinLength, ErrorMessage = "Denunciation.Description.Length")]
        [Display(Name = "Denunciation.Description.Name")]
        public string? Description { get; set; }

        [StringLength(DenunciationDetails.EvidenceMaxLength, ErrorMessage = "Denunciation.Evidence.TooLong")]
        [Display(Name = "Denunciation.Evidence.Name")]
        public string? Evidence { get; set; }

        /// <summary>True: a denunciation with the denouncer's identity; false: information only (Điều 25).</summary>
        [Required(ErrorMessage = "Denunciation.Identity.Required")]
        [Display(Name = "Denunciation.Identity.Name")]
        public bool? GivesIdentity { get; set; }

        [StringLength(Filer.NameMaxLength, ErrorMessage = "Denunciation.FullName.TooLong")]
        [Display(Name = "Denunciation.FullName.Name")]
        public string? FullName { get; set; }

        [StringLength(DenunciationDetails.DenouncerAddressMaxLength, ErrorMessage = "Denunciation.Address.TooLong")]
        [Display(Name = "Denunciation.Address.Name")]
        public string? Address { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Denunciation.Phone.TooLong")]
        [Display(Name = "Denunciation.Phone.Name")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Denunciation.Email.TooLong")]
        [Display(Name = "Denunciation.Email.Name")]
        public string? Email { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Denunciation.PrivacyAccepted.Required")]
        [Display(Name = "Denunciation.PrivacyAccepted.Name")]
        public bool PrivacyAccepted { get; set; }

        public bool ConsentsToPublication { get; set; }

        public bool IsAnonymous => GivesIdentity == false;

        // A sender who withholds their identity and typed a name or address anyway: neither is kept (Điều 25).
        public CaseIntake ToIntake() => new()
        {
            Language = FilerLanguage.Of(CultureInfo.CurrentUICulture),
            Kind = IsAnonymous ? CaseKind.Feedback : CaseKind.Denunciation,
            IsAnonymousReport = IsAnonymous,
            Channel = CaseChannel.Web,
            ConsentsToPublication = ConsentsToPublication,
            TopicCode = TopicCode!,
            LocalityCode = string.IsNullOrEmpty(LocalityCode) ? null : LocalityCode,
            Title = "",
            Description = Description!,
            FilerType = FilerType.Person,
            FilerName = IsAnonymous ? "" : FullName!,
            Address = IsAnonymous ? null : Address,
            Phone = Phone,
            Email = Email,
            Denunciation = DenunciationDetails.Create(AccusedName!, AccusedPosition, AccusedAgency!, string.IsNullOrEmpty(AccusedAgencyCode) ? null : AccusedAgencyCode, Evidence),
        };
    }
}
