using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Users;

/// <summary>Tài khoản cán bộ: every staff account, found by name or user name and by agency.</summary>
public sealed class IndexModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "co-quan")]
    public string? AgencyCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public ReferenceDirectory Directory { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // LIKE, so "lan" finds "Nguyễn Thị Lan"; the user name is matched on its upper-case form.
            var pattern = $"%{Escape(Search.Trim())}%";
            users = users.Where(u => EF.Functions.Like(u.FullName, pattern, "\\") || EF.Functions.Like(u.NormalizedUserName!, pattern.ToUpperInvariant(), "\\"));
        }

        if (!string.IsNullOrWhiteSpace(AgencyCode))
        {
            users = users.Where(u => u.AgencyCode == AgencyCode);
        }

        TotalCount = await users.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await users
            .OrderBy(u => u.AgencyCode).ThenBy(u => u.UserName)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.AgencyCode, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = (await (from link in db.UserRoles
                            join role in db.Roles on link.RoleId equals role.Id
                            where ids.Contains(link.UserId)
                            select new { link.UserId, role.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        Rows = page
            .Select(u => new Row(u.UserName!, u.FullName, u.AgencyCode, roles[u.Id].ToList(), u.LockoutEnd > now, u.TwoFactorEnabled))
            .ToList();
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int pageNumber) =>
        "/quan-tri/nguoi-dung" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Search,
            ["co-quan"] = AgencyCode,
            ["trang"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public sealed record Row(string UserName, string FullName, string AgencyCode, IReadOnlyList<string> Roles, bool Locked, bool TwoFactorEnabled);
}
