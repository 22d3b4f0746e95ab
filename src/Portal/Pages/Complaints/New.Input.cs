using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Portal.Pages.Complaints;

public sealed partial class NewModel
{
    /// <summary>The form; its attributes carry keys of ComplaintText, looked up in the request's language.</summary>
    [TextResource(typeof(ComplaintText))]
    public sealed class InputModel : IIntakeInput
    {
        [StringLength(ComplaintDetails.DecisionNumberMaxLength, ErrorMessage = "Complaint.DecisionNumber.TooLong")]
        [Display(Name = "Complaint.DecisionNumber.Name")]
        public string? DecisionNumber { get; set; }

        [Display(Name = "Complaint.DecisionDate.Name")]
        public DateOnly? DecisionDate { get; set; }

        [StringLength(ComplaintDetails.ActMaxLength, ErrorMessage = "Complaint.Act.TooLong")]
        [Display(Name = "Complaint.Act.Name")]
        public string? ActDescription { get; set; }

        [Required(ErrorMessage = "Complaint.IssuedBy.Required")]
        [StringLength(ComplaintDetails.IssuedByMaxLength, ErrorMessage = "Complaint.IssuedBy.TooLong")]
        [Display(Name = "Complaint.IssuedBy.Name")]
        public string? IssuedBy { get; set; }

        [Required(ErrorMessage = "Complaint.LearnedOn.Required")]
        [Display(Name = "Complaint.LearnedOn.Name")]
        public DateOnly? LearnedOn { get; set; }

        [StringLength(ComplaintDetails.DelayReasonMaxLength, ErrorMessage = "Complaint.DelayReason.TooLong")]
        [Display(Name = "Complaint.DelayReason.Name")]
        public string? DelayReason { get; set; }

        [Required(ErrorMessage = "Complaint.Topic.Required")]
        [StringLength(Topic.CodeMaxLength, ErrorMessage = "Complaint.Topic.NotListed")]
        [Display(Name = "Complaint.Topic.Name")]
        public string? TopicCode { get; set; }

        [Required(ErrorMessage = "Complaint.Locality.Required")]
        [StringLength(Locality.CodeLength, ErrorMessage = "Complaint.Locality.NotListed")]
        [Display(Name = "Complaint.Locality.Name")]
        public string? LocalityCode { get; set; }

        [Required(ErrorMessage = "Complaint.Description.Required")]
        [StringLength(FeedbackCase.DescriptionMaxLength, MinimumLength = FeedbackCase.DescriptionMinLength, ErrorMessage = "Complaint.Description.Length")]
        [Display(Name = "Complaint.Description.Name")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Complaint.Request.Required")]
        [StringLength(ComplaintDetails.RequestMaxLength, ErrorMessage = "Complaint.Request.TooLong")]
        [Display(Name = "Complaint.Request.Name")]
        public string? Request { get; set; }

        [Required(ErrorMessage = "Complaint.FilerName.Required")]
        [StringLength(Filer.NameMaxLength, ErrorMessage = "Complaint.FilerName.TooLong")]
        [Display(Name = "Complaint.FilerName.Name")]
        public string? FilerName { get; set; }

        [Required(ErrorMessage = "Complaint.Address.Required")]
        [StringLength(ComplaintDetails.AddressMaxLength, ErrorMessage = "Complaint.Address.TooLong")]
        [Display(Name = "Complaint.Address.Name")]
        public string? Address { get; set; }

        [StringLength(Filer.PhoneMaxLength, ErrorMessage = "Complaint.Phone.TooLong")]
        [Display(Name = "Complaint.Phone.Name")]
        public string? Phone { get; set; }

        [StringLength(Filer.EmailMaxLength, ErrorMessage = "Complaint.Email.TooLong")]
        [Display(Name = "Complaint.Email.Name")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Complaint.Representation.Required")]
        [Display(Name = "Complaint.Representation.Name")]
        public Representation? Representation { get; set; } = Core.Cases.Representation.Self;

        [StringLength(ComplaintDetails.RepresentedNameMaxLength, ErrorMessage = "Complaint.RepresentedName.TooLong")]
        [Display(Name = "Complaint.RepresentedName.Name")]
        public string? RepresentedName { get; set; }

        /// <summary>Luật Khiếu nại 2011, Điều 11: a decision that does not affect the complainant's own rights is not accepted.</summary>
        [Range(typeof(bool), "true", "true", ErrorMessage = "Complaint.OwnRights.Required")]
        [Display(Name = "Complaint.OwnRights.Name")]
        public bool ConcernsOwnRights { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Complaint.PrivacyAccepted.Required")]
        [Display(Name = "Complaint.PrivacyAccepted.Name")]
        public bool PrivacyAccepted { get; set; }

        public bool ConsentsToPublication { get; set; }

        public CaseIntake ToIntake(DateOnly today) => new()
        {
            Language = FilerLanguage.Of(CultureInfo.CurrentUICulture),
            Kind = CaseKind.Complaint,
            Channel = CaseChannel.Web,
            ConsentsToPublication = ConsentsToPublication,
            TopicCode = TopicCode!,
            LocalityCode = LocalityCode,
            Title = "",
            Description = Description!,
            FilerType = FilerType.Person,
            FilerName = FilerName!,
            Phone = Phone,
            Email = Email,
            Address = Address,
            Complaint = ComplaintDetails.Create(
                DecisionNumber, DecisionDate, ActDescription, IssuedBy!, LearnedOn!.Value, Request!, Address!, ConcernsOwnRights,
                Representation!.Value, RepresentedName, DelayReason, today),
        };
    }
}
