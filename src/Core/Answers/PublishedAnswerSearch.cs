using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Answers;

/// <summary>What a visitor asks of the published answers: words (any case, with or without marks) and filters.</summary>
public sealed record AnswerQuery(string? Text = null, string? TopicCode = null, string? AgencyCode = null, string? LocalityCode = null)
{
    public const int TextMaxLength = 200;

    /// <summary>More words than this add little and cost a look-up each; the rest are ignored.</summary>
    public const int MaxTerms = 8;

    public IReadOnlyList<string> Terms => SearchText.Terms(Text).Take(MaxTerms).ToList();
}

public sealed record AnswerListItem(
    long Id, string Title, string TopicCode, string AgencyCode, string? LocalityCode, DateTimeOffset PublishedAt, string Excerpt);

/// <summary>One page of results; <see cref="Count"/> stops at <see cref="PublishedAnswerSearch.CountCap"/> + 1 ("more than 1,000").</summary>
public sealed record AnswerPage(IReadOnlyList<AnswerListItem> Items, int Count, int Page, int PageCount)
{
    public bool CountCapped => Count > PublishedAnswerSearch.CountCap;
}

/// <summary>
/// The search of published answers (ADR 0016): every word of the query must be a word of the answer, matched
/// whole after folding, through the word index; newest first. The rarest word leads: its entries are read in
/// answer order (newest first, straight from the index) and each is checked for the other words and the filters,
/// so a page costs about as many index seeks as the entries it passes over. Counts stop at 1,000, as the inbox's
/// do (ADR 0011): pages reach the newest 1,000 answers of a search; beyond, a visitor narrows it.
/// </summary>
public sealed class PublishedAnswerSearch(FeedbackDbContext db)
{
    public const int PageSize = 20;
    public const int CountCap = 1000;
    public const int MaxPage = CountCap / PageSize;

    // Words are counted up to here to choose the rarest; past it, any of them leads about as well.
    private const int EstimateCap = 10 * CountCap;

    /// <summary>The page, or null when <paramref name="page"/> is past the last one.</summary>
    public async Task<AnswerPage?> SearchAsync(AnswerQuery query, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (page < 1 || page > MaxPage)
        {
            return null;
        }

        var terms = query.Terms;
        IQueryable<Hit> matches;
        if (terms.Count == 0)
        {
            matches = Filtered(db.PublishedAnswers.AsNoTracking(), query).Select(a => new Hit { Key = a.Id, Answer = a });
        }
        else
        {
            // How many answers hold each word, counted no further than needed to tell the rarest.
            var counts = new List<(string Term, int Count)>();
            foreach (var term in terms)
            {
                var count = await db.PublishedAnswerTerms.Where(t => t.Term == term).Take(EstimateCap).CountAsync(cancellationToken);
                if (count == 0)
                {
                    return page == 1 ? new AnswerPage([], 0, 1, 1) : null;
                }

                counts.Add((term, count));
            }

            var lead = counts.MinBy(c => c.Count);

            // A filter narrower than every word leads instead: its index, newest first, each answer checked for the words.
            if (await NarrowestFilterAsync(query, cancellationToken) < lead.Count)
            {
                var answers = Filtered(db.PublishedAnswers.AsNoTracking(), query);
                foreach (var (term, _) in counts)
                {
                    answers = answers.Where(a => db.PublishedAnswerTerms.Any(o => o.Term == term && o.AnswerId == a.Id));
                }

                return await PageAsync(answers.Select(a => new Hit { Key = a.Id, Answer = a }), page, cancellationToken);
            }

            var postings = db.PublishedAnswerTerms.AsNoTracking().Where(t => t.Term == lead.Term);
            foreach (var (term, _) in counts.Where(c => c.Term != lead.Term))
            {
                postings = postings.Where(t => db.PublishedAnswerTerms.Any(o => o.Term == term && o.AnswerId == t.AnswerId));
            }

            // Ordered by the lead word's own key, so SQLite reads its index backwards and stops at the page: no sort.
            matches = postings.Join(Filtered(db.PublishedAnswers.AsNoTracking(), query), t => t.AnswerId, a => a.Id, (t, a) => new Hit { Key = t.AnswerId, Answer = a });
        }

        return await PageAsync(matches, page, cancellationToken);
    }

    private async Task<AnswerPage?> PageAsync(IQueryable<Hit> matches, int page, CancellationToken cancellationToken)
    {
        var found = await matches.Take(CountCap + 1).CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (Math.Min(found, CountCap) + PageSize - 1) / PageSize);
        if (page > pageCount)
        {
            return null;
        }

        var items = await matches
            .OrderByDescending(h => h.Key)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(h => new AnswerListItem(h.Answer.Id, h.Answer.Title, h.Answer.TopicCode, h.Answer.AgencyCode, h.Answer.LocalityCode, h.Answer.PublishedAt, h.Answer.Excerpt))
            .ToListAsync(cancellationToken);
        return new AnswerPage(items, found, page, pageCount);
    }

    private sealed class Hit
    {
        public long Key { get; init; }

        public PublishedAnswer Answer { get; init; } = null!;
    }

    // How many answers the narrowest filter lets through, counted from its index no further than the words were.
    private async Task<int> NarrowestFilterAsync(AnswerQuery query, CancellationToken cancellationToken)
    {
        var answers = db.PublishedAnswers.AsNoTracking();
        var filters = new List<IQueryable<PublishedAnswer>>();
        if (query.TopicCode is { } topic)
        {
            filters.Add(answers.Where(a => a.TopicCode == topic));
        }

        if (query.AgencyCode is { } agency)
        {
            filters.Add(answers.Where(a => a.AgencyCode == agency));
        }

        if (query.LocalityCode is { } locality)
        {
            filters.Add(answers.Where(a => a.LocalityCode == locality));
        }

        var narrowest = int.MaxValue;
        foreach (var filter in filters)
        {
            narrowest = Math.Min(narrowest, await filter.Take(EstimateCap).CountAsync(cancellationToken));
        }

        return narrowest;
    }

    private static IQueryable<PublishedAnswer> Filtered(IQueryable<PublishedAnswer> answers, AnswerQuery query)
    {
        if (query.TopicCode is { } topic)
        {
            answers = answers.Where(a => a.TopicCode == topic);
        }

        if (query.AgencyCode is { } agency)
        {
            answers = answers.Where(a => a.AgencyCode == agency);
        }

        if (query.LocalityCode is { } locality)
        {
            answers = answers.Where(a => a.LocalityCode == locality);
        }

        return answers;
    }
}
