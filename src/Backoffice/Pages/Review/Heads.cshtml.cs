using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Review;

/// <summary>
/// Task 4.6: for each agency and its heads, the cases received and answered in a year, the answers sent late and the
/// cases escalated to Thanh tra, and what was overdue at the year's end (today, for this year) — the basis for holding
/// heads to account. The figures are the metrics' (issue 6), counted as every other page counts them.
/// </summary>
public sealed class HeadsModel(FeedbackDbContext db, AgencyMetricsService metrics, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Year ??= today.Year;
        if (Year is < 2020 || Year > today.Year)
        {
            ModelState.AddModelError("nam", $"Năm cần từ 2020 đến {today.Year}.");
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var figures = (await metrics.ReadAsync(MetricsPeriod.Year(Year.Value), cancellationToken)).Agencies.Where(a => a.HasData).ToList();
        var directory = await referenceData.GetAsync(cancellationToken);
        var leadRole = await db.Roles.AsNoTracking().Where(r => r.Name == StaffRoles.AgencyLead).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var heads = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == leadRole))
            .Select(u => new { u.AgencyCode, u.FullName })
            .ToListAsync(cancellationToken);
        var headsByAgency = heads.ToLookup(h => h.AgencyCode, h => h.FullName);

        Rows = figures
            .Select(f => new Row(directory.AgencyName(f.AgencyCode), string.Join("; ", headsByAgency[f.AgencyCode]), f))
            .OrderByDescending(r => r.AnsweredLate + (r.Figures.OverdueAtEnd ?? 0))
            .ThenBy(r => r.AgencyName, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))
            .ToList();
        return Page();
    }

    public sealed record Row(string AgencyName, string Heads, AgencyPeriodMetrics Figures)
    {
        public int AnsweredLate => Figures.AnsweredWithDueDate - Figures.AnsweredOnTime;
    }
}
