using System.Globalization;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Audit;

/// <summary>Nhật ký: who signed in, saw personal data, acted or changed a rule — searched by administrators and Thanh tra.</summary>
public sealed class IndexModel(FeedbackDbContext db) : PageModel
{
    public const int PageSize = 100;

    /// <summary>A case code, a user name or a rule code.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim();

            // A tracking code is stored without its dash; a person or rule is matched as typed.
            var subject = TrackingCode.TryParse(text, out var code) ? code.Value : text;
            entries = entries.Where(a => a.Subject == subject || a.ActorName.Contains(text));
        }

        if (!string.IsNullOrEmpty(Action))
        {
            if (!Enum.TryParse<AuditAction>(Action, out var action) || !Enum.IsDefined(action))
            {
                ModelState.AddModelError("loai", "Loại hoạt động không hợp lệ.");
            }
            else
            {
                entries = entries.Where(a => a.Action == action);
            }
        }

        if (ParseDay(From, "tu") is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (ParseDay(To, "den") is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
            entries = entries.Where(a => a.OccurredAt < end);
        }

        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        PageNumber = Math.Max(1, PageNumber);

        // Newest first; one row more than a page tells whether there is a next page without counting the log.
        var page = await entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
        return Page();
    }

    private DateOnly? ParseDay(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(field, "Ngày chưa đúng; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.");
        return null;
    }

    public static string Label(AuditAction action) => action switch
    {
        AuditAction.SignedIn => "Đăng nhập",
        AuditAction.SignInFailed => "Đăng nhập không thành công",
        AuditAction.LockedOut => "Khóa tài khoản tạm thời",
        AuditAction.SignedOut => "Đăng xuất",
        AuditAction.TwoFactorEnabled => "Bật xác thực hai bước",
        AuditAction.CaseViewed => "Xem hồ sơ",
        AuditAction.IdentityRevealed => "Xem danh tính người tố cáo",
        AuditAction.CaseAction => "Xử lý hồ sơ",
        AuditAction.CaseRecorded => "Nhập hồ sơ",
        AuditAction.AttachmentDownloaded => "Tải tệp đính kèm",
        AuditAction.RuleChanged => "Thay đổi quy tắc, danh mục",
        AuditAction.UserChanged => "Thay đổi tài khoản",
        _ => action.ToString(),
    };
}
