using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Topics;

/// <summary>Lĩnh vực: the subject areas a filer chooses from, with the agency that owns each.</summary>
public sealed class IndexModel(ReferenceDataCache referenceData) : PageModel
{
    public ReferenceDirectory Directory { get; private set; } = null!;

    public IReadOnlyList<Topic> Topics => Directory.Topics;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Directory = await referenceData.GetAsync(cancellationToken);
}
