using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

public sealed partial class ActModel
{
    public sealed class InputModel
    {
        /// <summary>The case's version when the form was shown: a later change by someone else makes this form stale.</summary>
        public int Version { get; set; }

        [StringLength(2000, ErrorMessage = "Nội dung không quá {1} ký tự.")]
        public string? Text { get; set; }

        public string? Ground { get; set; }

        public string? OfficerId { get; set; }

        public string? AgencyCode { get; set; }

        [Range(1, 90, ErrorMessage = "Số ngày gia hạn từ {1} đến {2}.")]
        public int? Days { get; set; }

        [StringLength(FeedbackCase.AnswerMaxLength, ErrorMessage = "Nội dung không quá {1} ký tự.")]
        public string? Markdown { get; set; }

        public bool DirectsLeadAgency { get; set; }

        [StringLength(FeedbackCase.TitleMaxLength, ErrorMessage = "Tiêu đề không quá {1} ký tự.")]
        public string? PublicTitle { get; set; }
    }
}
