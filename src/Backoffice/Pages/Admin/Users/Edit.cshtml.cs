using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Users;

/// <summary>
/// Changes a staff account's name, e-mail, agency and roles. An administrator cannot take the
/// Administrator role from themselves, so the system always keeps someone who can manage it.
/// </summary>
public sealed class EditModel(
    FeedbackDbContext db,
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole> roleManager,
    SignInManager<StaffUser> signInManager,
    ReferenceDataCache referenceData,
    TimeProvider time)
    : PageModel
{
    [BindProperty]
    public StaffAccountInput Input { get; set; } = new();

    public StaffUser Account { get; private set; } = null!;

    public ReferenceDirectory Directory { get; private set; } = null!;

    public bool IsSelf { get; private set; }

    public bool IsLocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken))
        {
            return NotFound();
        }

        Input = new StaffAccountInput
        {
            FullName = Account.FullName,
            Email = Account.Email,
            AgencyCode = Account.AgencyCode,
            Roles = [.. await userManager.GetRolesAsync(Account)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken))
        {
            return NotFound();
        }

        Input.Check(Directory, ModelState);
        var roles = await userManager.GetRolesAsync(Account);
        if (IsSelf && roles.Contains(StaffRoles.Administrator) && !Input.Roles.Contains(StaffRoles.Administrator))
        {
            ModelState.AddModelError<EditModel>(m => m.Input.Roles,
                "Quý vị không thể tự bỏ vai trò Quản trị hệ thống của chính mình. Nếu cần, vui lòng đề nghị một quản trị viên khác thực hiện.");
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var before = StaffAccountInput.Describe(Account, roles).ToList();
        var added = Input.Roles.Except(roles, StringComparer.Ordinal).ToList();
        var removed = roles.Except(Input.Roles, StringComparer.Ordinal).ToList();
        var accessChanged = added.Count > 0 || removed.Count > 0 || Account.AgencyCode != Input.AgencyCode;
        Account.FullName = Input.FullName!.Trim();
        Account.Email = Input.Email!.Trim();
        Account.AgencyCode = Input.AgencyCode!;
        var changes = AdminAudit.Changes(before, StaffAccountInput.Describe(Account, Input.Roles));
        if (changes.Length == 0)
        {
            return Redirect("/quan-tri/nguoi-dung");
        }

        await StaffAccountInput.EnsureRolesExistAsync(roleManager, added);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            StaffAccountInput.Succeeded(await userManager.UpdateAsync(Account));
            StaffAccountInput.Succeeded(await userManager.RemoveFromRolesAsync(Account, removed));
            StaffAccountInput.Succeeded(await userManager.AddToRolesAsync(Account, added));
            if (accessChanged)
            {
                // A new stamp ends the account's other sessions at their next check, so lost rights do not linger in a cookie.
                StaffAccountInput.Succeeded(await userManager.UpdateSecurityStampAsync(Account));
            }

            db.AuditLog.Record(HttpContext, AuditAction.UserChanged, time.GetUtcNow(), Account.UserName!, changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (IsSelf)
        {
            await signInManager.RefreshSignInAsync(Account);
        }

        return Redirect("/quan-tri/nguoi-dung");
    }

    private async Task<bool> LoadAsync(string userName, CancellationToken cancellationToken)
    {
        if (await userManager.FindByNameAsync(userName) is not { } account)
        {
            return false;
        }

        Account = account;
        Directory = await referenceData.GetAsync(cancellationToken);
        IsSelf = account.Id == userManager.GetUserId(User);
        IsLocked = account.LockoutEnd > time.GetUtcNow();
        return true;
    }
}
