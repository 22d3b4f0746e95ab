using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Calendar;

public sealed partial class IndexModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày.")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn ngày nghỉ hay ngày làm bù.")]
        public CalendarDayKind? Kind { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi lý do và văn bản công bố.")]
        [StringLength(300, ErrorMessage = "Lý do không quá {1} ký tự.")]
        public string? Reason { get; set; }
    }
}
