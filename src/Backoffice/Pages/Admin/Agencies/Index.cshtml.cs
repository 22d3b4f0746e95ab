using DanVan.Feedback.Backoffice.Staff;
using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Agencies;

/// <summary>
/// Cơ quan: the directory of agencies. A code is an identifier that routing rules, topics, cases and
/// accounts refer to, so it is chosen once, when the agency is added, and never changed.
/// </summary>
public sealed class IndexModel(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time) : PageModel
{
    /// <summary>The kinds an administrator may add; the city office, Thanh tra and the commune committees come with the system.</summary>
    public static readonly IReadOnlyList<AgencyKind> AddableKinds = [AgencyKind.Department, AgencyKind.Board, AgencyKind.Other];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var code = Input.Code?.Trim() ?? "";
        var name = Input.Name?.Trim() ?? "";
        if (ModelState.IsValid)
        {
            if (await db.Agencies.AnyAsync(a => a.Code == code, cancellationToken))
            {
                ModelState.AddModelError<IndexModel>(m => m.Input.Code, $"Mã {code} đã được dùng; vui lòng chọn mã khác.");
            }

            if (await db.Agencies.AnyAsync(a => a.Name == name, cancellationToken))
            {
                ModelState.AddModelError<IndexModel>(m => m.Input.Name, $"Đã có cơ quan tên “{name}” trong danh mục.");
            }

            if (!AddableKinds.Contains(Input.Kind!.Value))
            {
                ModelState.AddModelError<IndexModel>(m => m.Input.Kind, "Chỉ thêm được sở, ban hoặc cơ quan, tổ chức khác.");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.Invalid();
        }

        var agency = new Agency { Code = code, Name = name, Kind = Input.Kind!.Value };
        db.Agencies.Add(agency);
        db.AuditLog.Record(HttpContext, AuditAction.RuleChanged, time.GetUtcNow(), code,
            $"Thêm cơ quan {code}: {name} ({AdminLabels.AgencyKind(agency.Kind)})");
        await db.SaveChangesAsync(cancellationToken);
        referenceData.Invalidate();
        return Redirect($"/quan-tri/co-quan/{code}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking()
            .GroupBy(u => u.AgencyCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        Rows = (await db.Agencies.AsNoTracking()
                .Select(a => new { a.Code, a.Name, a.Kind })
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.Kind == AgencyKind.CommuneCommittee).ThenBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Create(ReferenceDirectory.VietnameseCulture, false))
            .Select(a => new Row(a.Code, a.Name, a.Kind, staff.GetValueOrDefault(a.Code)))
            .ToList();
    }

    public sealed record Row(string Code, string Name, AgencyKind Kind, int StaffCount);

    public sealed class InputModel
    {
        // Like the shipped codes (SNV, SKHCN, BQLKKT): the initials of the name, capitals without diacritics.
        [Required(ErrorMessage = "Vui lòng nhập mã cơ quan.")]
        [RegularExpression("^[A-Z][A-Z0-9]{1,15}$", ErrorMessage = "Mã cơ quan gồm 2 đến 16 chữ in hoa không dấu hoặc chữ số, viết liền, bắt đầu bằng chữ, ví dụ SNGV.")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập tên cơ quan.")]
        [StringLength(Agency.NameMaxLength, ErrorMessage = "Tên cơ quan không quá {1} ký tự.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn loại cơ quan.")]
        public AgencyKind? Kind { get; set; }
    }
}
