using DanVan.Feedback.Backoffice.Staff;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Users;

/// <summary>
/// Creates a staff account. The administrator types an initial password or leaves it blank; a
/// blank one is generated and shown once, on this response only, and never stored in clear or logged.
/// </summary>
public sealed class NewModel(
    FeedbackDbContext db,
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole> roleManager,
    ReferenceDataCache referenceData,
    IOptions<IdentityOptions> identityOptions,
    TimeProvider time)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ReferenceDirectory Directory { get; private set; } = null!;

    public PasswordOptions PasswordRules => identityOptions.Value.Password;

    /// <summary>Set only in the response that created the account with a generated password.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Input.Roles = [StaffRoles.Officer];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Directory = await referenceData.GetAsync(cancellationToken);
        Input.Check(Directory, ModelState);
        var user = new StaffUser
        {
            UserName = Input.UserName?.Trim(),
            FullName = Input.FullName?.Trim() ?? "",
            Email = Input.Email?.Trim(),
            EmailConfirmed = true,
            AgencyCode = Input.AgencyCode ?? "",
        };
        if (user.UserName == "them")
        {
            // "/quan-tri/nguoi-dung/them" is this page: an account of that name could never be opened.
            ModelState.AddModelError<NewModel>(m => m.Input.UserName, "Tên đăng nhập này trùng với địa chỉ trang quản trị; vui lòng chọn tên khác.");
        }
        else if (ModelState.GetFieldValidationState(FormField.Of<NewModel>(m => m.Input.UserName).Name) == ModelValidationState.Valid
            && await userManager.FindByNameAsync(user.UserName!) is not null)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.UserName, $"Tên đăng nhập {user.UserName} đã có người sử dụng; vui lòng chọn tên khác.");
        }

        var password = string.IsNullOrEmpty(Input.Password) ? NewPassword() : Input.Password;
        var problems = new List<IdentityError>();
        foreach (var validator in userManager.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(userManager, user, password)).Errors);
        }

        if (StaffAccountInput.PasswordProblem(problems, PasswordRules) is { } problem)
        {
            ModelState.AddModelError<NewModel>(m => m.Input.Password, problem);
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await StaffAccountInput.EnsureRolesExistAsync(roleManager, Input.Roles);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            StaffAccountInput.Succeeded(await userManager.CreateAsync(user, password));
            StaffAccountInput.Succeeded(await userManager.AddToRolesAsync(user, Input.Roles));
            db.AuditLog.Record(HttpContext, AuditAction.UserChanged, time.GetUtcNow(), user.UserName!,
                $"Tạo tài khoản. {AdminAudit.Fields(StaffAccountInput.Describe(user, Input.Roles))}; mật khẩu ban đầu "
                + (string.IsNullOrEmpty(Input.Password) ? "do hệ thống tạo" : "do quản trị viên đặt"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (!string.IsNullOrEmpty(Input.Password))
        {
            return Redirect($"/quan-tri/nguoi-dung/{Uri.EscapeDataString(user.UserName!)}");
        }

        // The one time the password is shown: nothing between here and the browser may keep it.
        Response.Headers.CacheControl = "no-store";
        GeneratedPassword = password;
        return Page();
    }

    /// <summary>Four groups like "Kx7m": upper, lower, lower, digit, joined by "-", so every Identity rule holds (about 67 bits).</summary>
    private static string NewPassword()
    {
        // No I, l, O, 0 or 1: the password is read off a screen and typed again.
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        return string.Join("-", Enumerable.Range(0, 4).Select(_ =>
            RandomNumberGenerator.GetString(upper, 1) + RandomNumberGenerator.GetString(lower, 2) + RandomNumberGenerator.GetString(digits, 1)));
    }

    public sealed class InputModel : StaffAccountInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [RegularExpression("^[a-z0-9]+([._-][a-z0-9]+)*$", ErrorMessage = "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, ví dụ nguyen.van.an.")]
        [StringLength(50, MinimumLength = 3, ErrorMessage = "Tên đăng nhập từ {2} đến {1} ký tự.")]
        public string? UserName { get; set; }

        [StringLength(128, ErrorMessage = "Mật khẩu không quá {1} ký tự.")]
        public string? Password { get; set; }
    }
}
