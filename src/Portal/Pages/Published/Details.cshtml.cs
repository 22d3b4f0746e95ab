using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Pages.Published;

/// <summary>
/// One published answer: the case's title, topic, agency, commune and the answer as staff published it (redacted),
/// nothing of the filer. Read through the listing, so only what the publish step listed can be reached; a
/// denunciation or an answer without consent is refused again here, whatever the listing holds.
/// </summary>
public sealed class DetailsModel(FeedbackDbContext db, ReferenceDataCache referenceData) : PageModel
{
    public PublishedAnswerView Answer { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await db.PublishedAnswers.AsNoTracking()
            .Where(a => a.Id == id)
            .Join(db.Cases, a => a.CaseId, c => c.Id, (a, c) => new { a, c.Kind, c.ConsentsToPublication, c.PublishedAnswer })
            .Select(x => new
            {
                x.a.Id, x.a.Title, x.a.TopicCode, x.a.AgencyCode, x.a.LocalityCode, x.a.PublishedAt,
                x.Kind, x.ConsentsToPublication, x.PublishedAnswer,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.PublishedAnswer is null || found.Kind == CaseKind.Denunciation || !found.ConsentsToPublication)
        {
            return NotFound();
        }

        Directory = await referenceData.GetAsync(cancellationToken);
        Answer = new PublishedAnswerView(found.Id, found.Title, found.TopicCode, found.AgencyCode, found.LocalityCode, found.PublishedAt, found.PublishedAnswer);
        return Page();
    }

    public sealed record PublishedAnswerView(
        long Id, string Title, string TopicCode, string AgencyCode, string? LocalityCode, DateTimeOffset PublishedAt, string AnswerMarkdown);
}
