using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Backoffice.Authorization;
using DanVan.Feedback.Backoffice.Staff;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DanVan.Feedback.Backoffice.Pages.Account;

/// <summary>
/// Xác thực hai bước: the shared key for an authenticator app, then one code from the app to prove it
/// is set up. Inspectors and administrators are sent here until they have done it (TwoFactorRequirement);
/// anyone else may come here of their own accord.
/// </summary>
public sealed class TwoFactorSetupModel(
    UserManager<StaffUser> userManager, SignInManager<StaffUser> signInManager, SignInAuditService audit) : PageModel
{
    /// <summary>Six digits, as the app shows them, with a space or hyphen in the middle allowed.</summary>
    public const string CodePattern = @"^\s*\d{3}[\s-]?\d{3}\s*$";

    /// <summary>The name the authenticator app shows above the code.</summary>
    public const string Issuer = "PAKN Hải Phòng";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsEnabled { get; private set; }

    public bool IsRequired { get; private set; }

    /// <summary>The Base32 key in groups of four, to be typed by hand.</summary>
    public string GroupedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public string QrCodeSvg { get; private set; } = "";

    public static string Digits(string code) => string.Concat(code.Where(char.IsAsciiDigit));

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return await ShowEnabledAsync();
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return await ShowEnabledAsync();
        }

        if (ModelState.IsValid)
        {
            var codeIsRight = await userManager.VerifyTwoFactorTokenAsync(
                user, userManager.Options.Tokens.AuthenticatorTokenProvider, Digits(Input.Code!));
            if (codeIsRight)
            {
                var enabled = await userManager.SetTwoFactorEnabledAsync(user, true);
                if (!enabled.Succeeded)
                {
                    throw new InvalidOperationException($"Could not turn on two-factor sign-in for {user.UserName}: {string.Join("; ", enabled.Errors.Select(e => e.Description))}");
                }

                await audit.RecordAsync(AuditAction.TwoFactorEnabled, user, HttpContext.Connection.RemoteIpAddress);

                // The code just entered is the second factor of this sign-in.
                await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [TwoFactorRequirement.PassedClaim()]);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }

            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code),
                "Mã xác thực không đúng. Vui lòng kiểm tra giờ trên điện thoại đã đúng chưa, rồi nhập mã mới nhất mà ứng dụng hiển thị.");
        }

        await ShowKeyAsync(user);
        return this.PageWithStatus(StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> ShowEnabledAsync()
    {
        // A session that got in with the password alone must not see or replace the key of an account that
        // already has one: it signs in again and is asked for the code.
        if (!TwoFactorRequirement.WasPassedBy(User))
        {
            await signInManager.SignOutAsync();
            return RedirectToPage("/Account/SignIn");
        }

        IsEnabled = true;
        return Page();
    }

    private async Task ShowKeyAsync(StaffUser user)
    {
        IsRequired = TwoFactorRequirement.IsRequiredFor(User);
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user)
                ?? throw new InvalidOperationException($"No authenticator key was made for {user.UserName}.");

            // A new key changes the security stamp; the cookie is renewed so this session stays valid.
            await signInManager.RefreshSignInAsync(user);
        }

        GroupedKey = string.Join(' ', key.Chunk(4).Select(group => new string(group)));

        // The key URI format the authenticator apps read (Google's "Key Uri Format").
        var issuer = Uri.EscapeDataString(Issuer);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={issuer}&digits=6";

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        QrCodeSvg = svg.GetGraphic(4);
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
        [RegularExpression(CodePattern, ErrorMessage = "Mã xác thực gồm 6 chữ số, ví dụ 123456.")]
        public string? Code { get; set; }
    }
}
