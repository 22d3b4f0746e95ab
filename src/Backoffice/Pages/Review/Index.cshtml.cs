using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Review;

/// <summary>
/// Thanh tra thành phố's review queue (task 4.5): complex, mass and prolonged cases, cases long overdue and
/// denunciations of corruption, across every agency, oldest flag first.
/// </summary>
public sealed class IndexModel(FeedbackDbContext db, ReferenceDataCache referenceData) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "ly-do")]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public ReferenceDirectory Directory { get; private set; } = null!;

    public static IReadOnlyList<ReviewReasons> Reasons { get; } =
        [ReviewReasons.Complex, ReviewReasons.Mass, ReviewReasons.Prolonged, ReviewReasons.Overdue, ReviewReasons.Corruption, ReviewReasons.Manual];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ReviewReasons? reason = null;
        if (!string.IsNullOrEmpty(Reason))
        {
            if (!Enum.TryParse<ReviewReasons>(Reason, out var parsed) || !Reasons.Contains(parsed))
            {
                ModelState.AddModelError("ly-do", "Lý do lọc không hợp lệ; vui lòng chọn trong danh sách.");
                Directory = await referenceData.GetAsync(cancellationToken);
                return this.PageWithStatus(StatusCodes.Status400BadRequest);
            }

            reason = parsed;
        }

        Directory = await referenceData.GetAsync(cancellationToken);
        var queue = db.Cases.AsNoTracking().Where(FeedbackCase.InReviewQueueQuery);
        if (reason is { } flag)
        {
            queue = queue.Where(c => (c.ReviewReasons & flag) == flag);
        }

        TotalCount = await queue.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await queue
            .OrderBy(c => c.FlaggedForReviewAt)
            .ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new Row(c.TrackingCode, c.Title, c.Kind, c.Status, c.LeadAgencyCode, c.ReviewReasons, c.FlaggedForReviewAt!.Value, c.DueOn))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record Row(
        string TrackingCode, string Title, CaseKind Kind, CaseStatus Status, string LeadAgencyCode, ReviewReasons Reasons, DateTimeOffset FlaggedAt, DateOnly? DueOn)
    {
        public string DisplayCode => Core.Cases.TrackingCode.Parse(TrackingCode).ToString();
    }
}
