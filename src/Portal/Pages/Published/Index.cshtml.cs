using System.Globalization;
using DanVan.Feedback.Core.Answers;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Pages.Published;

/// <summary>
/// Câu trả lời đã công khai: answers staff published with the filer's consent, newest first, found by words
/// (any case, with or without marks) and narrowed by topic, agency and commune. A plain GET form, so a search is
/// a link that can be shared and paged without JavaScript. A filter that is not in the list, an over-long query
/// or a page past the last gives 400/404 with a message, never a 500.
/// </summary>
public sealed class IndexModel(PublishedAnswerSearch search, ReferenceDataCache referenceData, IStringLocalizer<AnswersText> text) : PageModel
{
    public const string QueryParameter = "q";
    public const string TopicParameter = "linh-vuc";
    public const string AgencyParameter = "co-quan";
    public const string LocalityParameter = "xa";
    public const string PageParameter = "trang";

    [BindProperty(SupportsGet = true, Name = QueryParameter)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = TopicParameter)]
    public string? TopicCode { get; set; }

    [BindProperty(SupportsGet = true, Name = AgencyParameter)]
    public string? AgencyCode { get; set; }

    [BindProperty(SupportsGet = true, Name = LocalityParameter)]
    public string? LocalityCode { get; set; }

    [BindProperty(SupportsGet = true, Name = PageParameter)]
    public string? PageText { get; set; }

    public ReferenceDirectory Directory { get; private set; } = null!;

    public AnswerPage? Results { get; private set; }

    /// <summary>The page asked for is past the last one of this search.</summary>
    public bool PastTheEnd { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || TopicCode is not null || AgencyCode is not null || LocalityCode is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        TopicCode = Blank(TopicCode);
        AgencyCode = Blank(AgencyCode);
        LocalityCode = Blank(LocalityCode);
        if (Query is { Length: > AnswerQuery.TextMaxLength })
        {
            ModelState.AddModelError(QueryParameter, text["Answers.Query.TooLong", AnswerQuery.TextMaxLength]);
        }

        if (TopicCode is not null && Directory.FindTopic(TopicCode) is null)
        {
            ModelState.AddModelError(TopicParameter, text["Answers.Topic.Unknown"]);
        }

        if (AgencyCode is not null && Directory.FindAgency(AgencyCode) is null)
        {
            ModelState.AddModelError(AgencyParameter, text["Answers.Agency.Unknown"]);
        }

        if (LocalityCode is not null && Directory.FindLocality(LocalityCode) is null)
        {
            ModelState.AddModelError(LocalityParameter, text["Answers.Locality.Unknown"]);
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(PageText)
            && (!int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            ModelState.AddModelError(string.Empty, text["Answers.Page.Invalid"]);
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        Results = await search.SearchAsync(new AnswerQuery(Query, TopicCode, AgencyCode, LocalityCode), page, cancellationToken);
        if (Results is null)
        {
            PastTheEnd = true;
            return this.PageWithStatus(StatusCodes.Status404NotFound);
        }

        return Page();
    }

    /// <summary>This search's address on another page: the words and filters kept, empty ones left out.</summary>
    public string PageUrl(int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add(new(name, value));
            }
        }

        Add(QueryParameter, Query?.Trim());
        Add(TopicParameter, TopicCode);
        Add(AgencyParameter, AgencyCode);
        Add(LocalityParameter, LocalityCode);
        if (page > 1)
        {
            Add(PageParameter, page.ToString(CultureInfo.InvariantCulture));
        }

        return "/tra-loi" + new QueryBuilder(parameters!).ToQueryString();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
