using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages.Account;

/// <summary>Sign-out is a POST with a token, so a link in an e-mail cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<StaffUser> signInManager, SignInAuditService audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(AuditAction.SignedOut, User, HttpContext.Connection.RemoteIpAddress);
        await signInManager.SignOutAsync();
        return LocalRedirect("/dang-nhap");
    }
}
