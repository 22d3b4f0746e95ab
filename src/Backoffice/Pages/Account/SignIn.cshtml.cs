using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Account;

public sealed class SignInModel(SignInManager<StaffUser> signInManager, SignInAuditService audit) : PageModel
{
    public const string LockedOutMessage = "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var users = signInManager.UserManager;
        var from = HttpContext.Connection.RemoteIpAddress;
        var user = await users.FindByNameAsync(Input.UserName!);
        if (user is null)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, Input.UserName!, from, "Không có tài khoản với tên này.");
            return Refused(lockedOut: false);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signInManager.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        if (result.RequiresTwoFactor)
        {
            // Not signed in yet: the line is written once the code is right.
            return RedirectToPage("/Account/TwoFactorSignIn", new { ReturnUrl = returnUrl });
        }

        if (result.Succeeded)
        {
            if (!user.TwoFactorEnabled && TwoFactorRequirement.IsRequiredFor(await users.GetRolesAsync(user)))
            {
                await audit.RecordAsync(AuditAction.SignedIn, user, from, "Bằng mật khẩu; chưa thiết lập xác thực hai bước.");
                return RedirectToPage("/Account/TwoFactorSetup", new { ReturnUrl = returnUrl });
            }

            await audit.RecordAsync(AuditAction.SignedIn, user, from, "Bằng mật khẩu.");
            return LocalRedirect(returnUrl ?? "/");
        }

        await audit.RecordFailureAsync(user, from, "Sai mật khẩu.", wasLockedOut, result.IsLockedOut);
        return Refused(result.IsLockedOut);
    }

    private PageResult Refused(bool lockedOut)
    {
        // Whether the name exists is not said: that would help someone guessing accounts.
        ModelState.AddModelError(string.Empty, lockedOut ? LockedOutMessage : "Tên đăng nhập hoặc mật khẩu không đúng.");
        return this.PageWithStatus(StatusCodes.Status400BadRequest);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [StringLength(256, ErrorMessage = "Tên đăng nhập không quá {1} ký tự.")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [StringLength(256, ErrorMessage = "Mật khẩu không quá {1} ký tự.")]
        public string? Password { get; set; }
    }
}
