using DanVan.Feedback.Core.Deadlines;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Calendar;

public sealed partial class IndexModel
{
    public sealed record Row(DateOnly Date, CalendarDayKind Kind, string Reason, bool Announced);
}
