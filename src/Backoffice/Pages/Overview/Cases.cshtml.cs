using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Overview;

/// <summary>The cases behind one figure of one agency in one period: codes, kinds, topics and dates, no personal data.</summary>
/// Assessors open any agency's; an agency's staff their own, Thanh tra the escalated (<see cref="AgencyFiguresHandler"/>).
public sealed class CasesModel(MetricCaseList list, ReferenceDataCache referenceData, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public MetricsPeriod? Period { get; private set; }

    public MetricFigure Figure { get; private set; }

    public string AgencyName { get; private set; } = "";

    public ReferenceDirectory Directory { get; private set; } = null!;

    public IReadOnlyList<MetricCaseRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "co-quan")] string? agency, [FromQuery(Name = "chi-so")] string? figure, [FromQuery(Name = "trang")] int? page, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Directory = await referenceData.GetAsync(cancellationToken);
        (Period, Problem) = PeriodQuery.From(Request.Query, today).Resolve(today);
        if (MetricFigureNames.FromSlug(figure) is { } known)
        {
            Figure = known;
        }
        else
        {
            Problem ??= "Chỉ số không có trong danh sách.";
        }

        if (agency is null || Directory.FindAgency(agency) is null)
        {
            Problem ??= "Cơ quan không có trong danh mục.";
        }

        PageNumber = page ?? 1;
        if (PageNumber < 1)
        {
            Problem ??= "Số trang phải từ 1 trở lên.";
        }

        if (Problem is not null || Period is null)
        {
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        if (!(await authorization.AuthorizeAsync(User, new AgencyFigure(agency!, Figure), AgencyFiguresRequirement.Instance)).Succeeded)
        {
            return Forbid();
        }

        AgencyName = Directory.AgencyName(agency!);
        (Rows, Total) = await list.ListAsync(Period, agency!, Figure, PageNumber, cancellationToken);
        return Page();
    }

    /// <summary>The page the figure came from, for the reader's role.</summary>
    public string BackLink => User.IsInRole(StaffRoles.Assessor) ? "/tong-hop"
        : User.IsInRole(StaffRoles.Inspector) ? "/thanh-tra/chuyen-thanh-tra"
        : "/tong-hop/co-quan";

    public string BackLabel => User.IsInRole(StaffRoles.Assessor) ? "Số liệu các cơ quan"
        : User.IsInRole(StaffRoles.Inspector) ? "Hồ sơ chuyển Thanh tra"
        : "Số liệu của cơ quan";

    public int PageCount => Math.Max(1, (Total + MetricCaseList.PageSize - 1) / MetricCaseList.PageSize);

    public string PageLink(int number) =>
        $"/tong-hop/ho-so?co-quan={Uri.EscapeDataString(Request.Query["co-quan"].ToString())}&chi-so={MetricFigureNames.Slug(Figure)}&{PeriodQuery.ToQuery(Period!)}&trang={number}";
}
