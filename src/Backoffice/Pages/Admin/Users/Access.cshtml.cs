using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Users;

/// <summary>
/// Whether an account may sign in: lock and unlock it (Identity lockout), and reset its two-factor
/// authentication so someone who lost their phone can set it up again. No one can lock themselves out.
/// </summary>
public sealed class AccessModel(FeedbackDbContext db, UserManager<StaffUser> userManager, TimeProvider time) : PageModel
{
    public StaffUser Account { get; private set; } = null!;

    public bool IsSelf { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userName) =>
        await LoadAsync(userName) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLockAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty,
                "Quý vị không thể tự khóa tài khoản của chính mình. Nếu cần, vui lòng đề nghị một quản trị viên khác thực hiện.");
            return this.Invalid();
        }

        return await ChangeAsync("Khóa tài khoản: không đăng nhập được cho đến khi được mở khóa", cancellationToken, async () =>
        {
            StaffAccountInput.Succeeded(await userManager.SetLockoutEnabledAsync(Account, true));
            StaffAccountInput.Succeeded(await userManager.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue));

            // A new stamp ends the sessions the account already has, at their next check.
            StaffAccountInput.Succeeded(await userManager.UpdateSecurityStampAsync(Account));
        });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userName, CancellationToken cancellationToken) =>
        !await LoadAsync(userName)
            ? NotFound()
            : await ChangeAsync("Mở khóa tài khoản", cancellationToken, async () =>
            {
                StaffAccountInput.Succeeded(await userManager.SetLockoutEndDateAsync(Account, null));
                StaffAccountInput.Succeeded(await userManager.ResetAccessFailedCountAsync(Account));
            });

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string userName, CancellationToken cancellationToken) =>
        !await LoadAsync(userName)
            ? NotFound()
            : await ChangeAsync("Đặt lại xác thực hai bước: khóa ứng dụng xác thực cũ hết hiệu lực, người dùng thiết lập lại khi đăng nhập", cancellationToken, async () =>
            {
                StaffAccountInput.Succeeded(await userManager.ResetAuthenticatorKeyAsync(Account));
                StaffAccountInput.Succeeded(await userManager.SetTwoFactorEnabledAsync(Account, false));
            });

    /// <summary>The Identity calls and the audit line, in one transaction.</summary>
    private async Task<IActionResult> ChangeAsync(string detail, CancellationToken cancellationToken, Func<Task> change)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await change();
            db.AuditLog.Record(HttpContext, AuditAction.UserChanged, time.GetUtcNow(), Account.UserName!, detail);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Redirect($"/quan-tri/nguoi-dung/{Uri.EscapeDataString(Account.UserName!)}/dang-nhap");
    }

    private async Task<bool> LoadAsync(string userName)
    {
        if (await userManager.FindByNameAsync(userName) is not { } account)
        {
            return false;
        }

        Account = account;
        IsSelf = account.Id == userManager.GetUserId(User);
        LockedUntil = account.LockoutEnd > time.GetUtcNow() ? account.LockoutEnd : null;
        return true;
    }
}
