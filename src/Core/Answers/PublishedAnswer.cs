using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Content;

namespace DanVan.Feedback.Core.Answers;

/// <summary>
/// An answer as the Portal lists it: what the public may see of a case whose answer staff published with
/// the filer's consent, and the folded words it is found by (<see cref="Terms"/>). Written by the publish
/// step in the same transaction as the case (<see cref="CaseWorkflowService"/>), never by hand. The id is
/// the public one in the page's address and grows with the first publication, so newest first is by id.
/// </summary>
public sealed class PublishedAnswer
{
    public const int ExcerptMaxLength = 240;

    private readonly List<PublishedAnswerTerm> _terms = [];

    private PublishedAnswer()
    {
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    /// <summary>When the answer was first published; a corrected publication keeps its place and its address.</summary>
    public DateTimeOffset PublishedAt { get; private set; }

    public string Title { get; private set; } = "";

    public string TopicCode { get; private set; } = "";

    /// <summary>The agency that answered (the lead agency when the answer was published).</summary>
    public string AgencyCode { get; private set; } = "";

    public string? LocalityCode { get; private set; }

    /// <summary>The beginning of the published answer as plain text, for the list.</summary>
    public string Excerpt { get; private set; } = "";

    public IReadOnlyList<PublishedAnswerTerm> Terms => _terms;

    /// <summary>The listing of a case's published answer; refuses a case the Portal must never show.</summary>
    public static PublishedAnswer For(FeedbackCase feedbackCase)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        Refuse(feedbackCase.Kind, feedbackCase.ConsentsToPublication, feedbackCase.PublishedAnswer);
        var answer = new PublishedAnswer { CaseId = feedbackCase.Id, PublishedAt = feedbackCase.PublishedAt!.Value };
        answer.Update(FeedbackCase.PublicTitleOf(feedbackCase.PublishedTitle, feedbackCase.Title), feedbackCase.TopicCode, feedbackCase.LeadAgencyCode, feedbackCase.LocalityCode, feedbackCase.PublishedAnswer!);
        return answer;
    }

    /// <summary>The listing from stored columns (back-fill, bulk load); the same checks as <see cref="For"/>.</summary>
    public static PublishedAnswer From(
        long caseId, CaseKind kind, bool consents, string title, string topicCode, string agencyCode, string? localityCode, string publishedMarkdown, DateTimeOffset publishedAt)
    {
        Refuse(kind, consents, publishedMarkdown);
        var answer = new PublishedAnswer { CaseId = caseId, PublishedAt = publishedAt };
        answer.Update(title, topicCode, agencyCode, localityCode, publishedMarkdown);
        return answer;
    }

    /// <summary>A corrected publication: new text and words, same id and first date.</summary>
    public void Republish(FeedbackCase feedbackCase)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        Refuse(feedbackCase.Kind, feedbackCase.ConsentsToPublication, feedbackCase.PublishedAnswer);
        Update(FeedbackCase.PublicTitleOf(feedbackCase.PublishedTitle, feedbackCase.Title), feedbackCase.TopicCode, feedbackCase.LeadAgencyCode, feedbackCase.LocalityCode, feedbackCase.PublishedAnswer!);
    }

    /// <summary>The words an answer is found by: its title's and its published text's, folded (<see cref="SearchText"/>).</summary>
    public static IReadOnlyList<string> TermsOf(string title, string publishedMarkdown) =>
        SearchText.Terms(title + "\n" + MarkdownRenderer.ToPlainText(publishedMarkdown));

    public static string ExcerptOf(string publishedMarkdown)
    {
        var plain = string.Join(' ', MarkdownRenderer.ToPlainText(publishedMarkdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= ExcerptMaxLength)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', ExcerptMaxLength - 1);
        return plain[..(cut > ExcerptMaxLength / 2 ? cut : ExcerptMaxLength - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    // Luật Tố cáo 2018, Điều 47–48: nothing of a denunciation is published; other answers only with consent (DOMAIN.md).
    private static void Refuse(CaseKind kind, bool consents, string? publishedMarkdown)
    {
        if (kind == CaseKind.Denunciation || !consents || string.IsNullOrWhiteSpace(publishedMarkdown))
        {
            throw new InvalidOperationException("Only an answer published with the filer's consent, never a denunciation's, is listed on the Portal.");
        }
    }

    private void Update(string title, string topicCode, string agencyCode, string? localityCode, string publishedMarkdown)
    {
        Title = title;
        TopicCode = topicCode;
        AgencyCode = agencyCode;
        LocalityCode = localityCode;
        Excerpt = ExcerptOf(publishedMarkdown);
        var terms = TermsOf(title, publishedMarkdown).ToHashSet(StringComparer.Ordinal);
        _terms.RemoveAll(t => !terms.Contains(t.Term));
        terms.ExceptWith(_terms.Select(t => t.Term));
        _terms.AddRange(terms.Select(t => new PublishedAnswerTerm(t)));
    }
}

/// <summary>One folded word of a published answer: the search reads these by word, newest answer first.</summary>
public sealed class PublishedAnswerTerm
{
    public PublishedAnswerTerm(string term) => Term = term;

    public string Term { get; private set; }

    public long AnswerId { get; private set; }
}
