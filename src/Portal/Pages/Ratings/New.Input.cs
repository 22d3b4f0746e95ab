using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Web;

namespace DanVan.Feedback.Portal.Pages.Ratings;

public sealed partial class NewModel
{
    /// <summary>The form; its attributes carry keys of RatingText.</summary>
    [TextResource(typeof(RatingText))]
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Rating.Agency.Required")]
        [StringLength(Agency.CodeMaxLength, ErrorMessage = "Rating.Agency.NotListed")]
        [Display(Name = "Rating.Agency.Name")]
        public string? AgencyCode { get; set; }

        [StringLength(ServiceRating.ServiceNameMaxLength, ErrorMessage = "Rating.Service.TooLong")]
        [Display(Name = "Rating.Service.Name")]
        public string? ServiceName { get; set; }

        [StringLength(ServiceRating.DeskNameMaxLength, ErrorMessage = "Rating.Desk.TooLong")]
        [Display(Name = "Rating.Desk.Name")]
        public string? DeskName { get; set; }

        // One property per indicator, so each has its own field name and error (Input.Criterion3 → #Input_Criterion3).
        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion1 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion2 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion3 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion4 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion5 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion6 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion7 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion8 { get; set; }

        [Display(Name = "Rating.Criterion.Name")]
        public SatisfactionLevel? Criterion9 { get; set; }

        [StringLength(ServiceRating.CommentMaxLength, ErrorMessage = "Rating.Comment.TooLong")]
        [Display(Name = "Rating.Comment.Name")]
        public string? Comment { get; set; }

        /// <summary>The answers in the order of <see cref="RatingCriterion.All"/>.</summary>
        public IReadOnlyList<SatisfactionLevel?> Scores =>
            [Criterion1, Criterion2, Criterion3, Criterion4, Criterion5, Criterion6, Criterion7, Criterion8, Criterion9];

        private static readonly string[] CriterionProperties =
        [
            nameof(Criterion1), nameof(Criterion2), nameof(Criterion3), nameof(Criterion4), nameof(Criterion5),
            nameof(Criterion6), nameof(Criterion7), nameof(Criterion8), nameof(Criterion9),
        ];

        /// <summary>The field of an indicator, by its number (1 to 9).</summary>
        public static FormField FieldOf(RatingCriterion criterion) => FormField.OfInput(CriterionProperties[criterion.Number - 1]);
    }
}
