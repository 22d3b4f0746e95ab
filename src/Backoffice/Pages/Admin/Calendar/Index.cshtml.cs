using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Calendar;

/// <summary>
/// Lịch làm việc: the government's announced schedule for a year — days off and swapped working
/// Saturdays — entered by an administrator. A year with entries is official; without, computed and provisional.
/// </summary>
public sealed partial class IndexModel(FeedbackDbContext db, DeadlineRulesCache deadlineRules, IJobScheduler jobs, TimeProvider time, CaseVocabulary words, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")]
    public int Year { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsOfficial { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var entries = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            CheckEntry(entries);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.Invalid();
        }

        var date = Input.Date!.Value;
        var added = new List<CalendarDay>();

        // The first entry of a year turns the whole year official: start from its computed holidays,
        // or the year would silently lose them.
        if (!entries.Any(e => e.Date.Year == date.Year))
        {
            added.AddRange(PublicHolidays.Computed(date.Year).Where(d => d.Date != date));
        }

        added.Add(new CalendarDay(date, Input.Kind!.Value, Input.Reason!.Trim()));
        try
        {
            _ = new WorkingCalendar([.. entries, .. added]);
        }
        catch (ArgumentException ex)
        {
            // The checks above catch what an administrator can fix; the calendar's own refusal is in English, for the log.
            logger.LogWarning(ex, "The calendar refused {Date} after the page's checks", date);
            ModelState.AddModelError<IndexModel>(m => m.Input.Date, $"Lịch không hợp lệ nên chưa thêm được ngày {date:dd/MM/yyyy}; vui lòng kiểm tra lại ngày, loại ngày và lý do.");
            await LoadAsync(cancellationToken);
            return this.Invalid();
        }

        db.CalendarDays.AddRange(added);
        var copied = added.Count > 1 ? $"; năm {date.Year} chuyển sang lịch chính thức, chép {added.Count - 1} ngày nghỉ của lịch dự kiến" : "";
        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), CalendarSubject(date.Year),
            $"Thêm {Describe(added[^1])}{copied}");
        await db.SaveChangesAsync(cancellationToken);
        deadlineRules.Invalidate();
        jobs.EnqueueDeadlineRefresh(logger);
        return RedirectToPage(new { nam = date.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var entry = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        db.CalendarDays.Remove(entry);
        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), CalendarSubject(date.Year), $"Xóa {Describe(entry)}");
        await db.SaveChangesAsync(cancellationToken);
        deadlineRules.Invalidate();
        jobs.EnqueueDeadlineRefresh(logger);
        return RedirectToPage(new { nam = date.Year });
    }

    private void CheckEntry(IReadOnlyList<CalendarDay> entries)
    {
        var date = Input.Date!.Value;
        if (date.Year < WorkingCalendar.MinYear || date.Year > WorkingCalendar.MaxYear)
        {
            ModelState.AddModelError<IndexModel>(m => m.Input.Date, $"Chỉ nhập ngày từ năm {WorkingCalendar.MinYear} đến {WorkingCalendar.MaxYear}.");
        }
        else if (entries.Any(e => e.Date == date))
        {
            ModelState.AddModelError<IndexModel>(m => m.Input.Date, $"Ngày {date:dd/MM/yyyy} đã có trong lịch; muốn đổi thì xóa dòng cũ trước.");
        }
        else if (Input.Kind == CalendarDayKind.WorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            ModelState.AddModelError<IndexModel>(m => m.Input.Kind, $"Ngày {date:dd/MM/yyyy} là ngày thường, vốn đã là ngày làm việc; chỉ nhập ngày làm bù vào thứ Bảy hoặc Chủ nhật.");
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Year < WorkingCalendar.MinYear || Year > WorkingCalendar.MaxYear)
        {
            Year = VietnamTime.Today(time).Year;
        }

        var announced = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(Year, 1, 1) && d.Date <= new DateOnly(Year, 12, 31))
            .ToListAsync(cancellationToken);
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken));
        IsOfficial = calendar.IsOfficial(Year);
        Rows = calendar.Schedule(Year)
            .OrderBy(d => d.Date)
            .Select(d => new Row(d.Date, d.Kind, d.Reason, announced.Any(a => a.Date == d.Date)))
            .ToList();
        Input.Date ??= null;
    }

    /// <summary>The audit subject of a calendar change: the year whose schedule it moves.</summary>
    private static string CalendarSubject(int year) => $"Lịch năm {year}";

    private string Describe(CalendarDay day) =>
        $"{(day.Kind == CalendarDayKind.DayOff ? "ngày nghỉ" : "ngày làm bù")} {words.Date(day.Date)}: {day.Reason}";
}
