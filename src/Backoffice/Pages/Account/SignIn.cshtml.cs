using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Account;

public sealed class SignInModel(SignInManager<StaffUser> signInManager) : PageModel
{
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
            return Status(StatusCodes.Status400BadRequest);
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // Whether the name exists is not said: that would help someone guessing accounts.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.");
        return Status(StatusCodes.Status400BadRequest);
    }

    private PageResult Status(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
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
