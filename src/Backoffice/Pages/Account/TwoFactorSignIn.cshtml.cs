using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Account;

/// <summary>
/// The second step of signing in, after the password, for an account with an authenticator app. Who is
/// signing in is known from the short-lived cookie the password step left, never from the form.
/// </summary>
public sealed class TwoFactorSignInModel(SignInManager<StaffUser> signInManager, SignInAuditService audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The password step is valid for five minutes; after that, start again.
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return this.PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var from = HttpContext.Connection.RemoteIpAddress;
        var wasLockedOut = await signInManager.UserManager.IsLockedOutAsync(user);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(TwoFactorSetupModel.Digits(Input.Code!), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, user, from, "Bằng mật khẩu và mã xác thực.");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await audit.RecordFailureAsync(user, from, "Sai mã xác thực.", wasLockedOut, result.IsLockedOut);
        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), result.IsLockedOut
            ? SignInModel.LockedOutMessage
            : "Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã đang hiển thị trên ứng dụng xác thực.");
        return this.PageWithStatus(StatusCodes.Status400BadRequest);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
        [RegularExpression(TwoFactorSetupModel.CodePattern, ErrorMessage = "Mã xác thực gồm 6 chữ số, ví dụ 123456.")]
        public string? Code { get; set; }
    }
}
