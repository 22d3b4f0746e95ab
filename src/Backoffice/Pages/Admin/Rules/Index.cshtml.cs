using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Rules;

/// <summary>
/// Quy tắc phân loại: the routing rules in the order they are tried, in words, and a sample filing
/// routed on them, so an administrator sees where a case would go.
/// </summary>
public sealed class IndexModel(ReferenceDataCache referenceData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SampleFiling Sample { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    /// <summary>Active rules first, each group by priority, as the router tries them.</summary>
    public IReadOnlyList<RoutingRule> Rules { get; private set; } = [];

    public SampleFiling.Outcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Rules = [.. Directory.Rules.OrderBy(r => !r.IsActive).ThenBy(r => r.Priority).ThenBy(r => r.Code, StringComparer.Ordinal)];

        // The sample is routed once the administrator has described one; a bare visit shows the rules only.
        if (Request.Query.ContainsKey("Sample.TopicCode"))
        {
            if (!Sample.Check(Directory, ModelState))
            {
                return this.Invalid();
            }

            Outcome = Sample.Route(Directory.Rules, Directory);
        }

        return Page();
    }
}
