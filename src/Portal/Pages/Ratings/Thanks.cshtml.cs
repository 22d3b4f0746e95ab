using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Ratings;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Pages.Ratings;

/// <summary>The thanks after a rating: its points of 18 and, if anything displeased, the way to file a phản ánh.</summary>
public sealed class ThanksModel(FeedbackDbContext db, ReferenceDataCache referenceData) : PageModel
{
    public const string Path = "/danh-gia-dich-vu/da-gui";
    public const string RatingKey = "ServiceRating.Id";
    public const string RepeatedKey = "ServiceRating.Repeated";

    public sealed record Rated(string AgencyCode, string? ServiceName, int Total, int SatisfiedCount);

    public Rated Rating { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    /// <summary>This visit had been rated before: the page says the first rating stands.</summary>
    public bool Repeated { get; private set; }

    public bool HasDissatisfaction => Rating.SatisfiedCount < RatingCriterion.Count;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The id travels in TempData (a protected cookie), never in the address: a rating is anonymous and not to be
        // looked up. Peeked, not read, so switching language here (or reloading) shows the same thanks.
        if (TempData.Peek(RatingKey) is not string stored
            || !long.TryParse(stored, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return RedirectToPage("/Ratings/New");
        }

        var rated = await db.ServiceRatings.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new Rated(r.AgencyCode, r.ServiceName, r.Total, r.SatisfiedCount))
            .SingleOrDefaultAsync(cancellationToken);
        if (rated is null)
        {
            return RedirectToPage("/Ratings/New");
        }

        Repeated = TempData.Peek(RepeatedKey) is true;
        Rating = rated;
        AgencyName = (await referenceData.GetAsync(cancellationToken)).AgencyName(rated.AgencyCode);
        return Page();
    }
}
