using System.ComponentModel.DataAnnotations;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Admin.Users;

/// <summary>What an administrator sets on a staff account, on the new-account page and the edit page alike.</summary>
public class StaffAccountInput
{
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(StaffUser.FullNameMaxLength, ErrorMessage = "Họ và tên không quá {1} ký tự.")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư điện tử công vụ.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử chưa đúng, ví dụ: nguyenvanan@haiphong.gov.vn.")]
    [StringLength(256, ErrorMessage = "Địa chỉ thư điện tử không quá {1} ký tự.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cơ quan.")]
    public string? AgencyCode { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>Adds a field error for an agency that does not exist and for roles that are missing or unknown.</summary>
    public void Check(ReferenceDirectory directory, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(modelState);
        Roles.RemoveAll(string.IsNullOrWhiteSpace);
        if (AgencyCode is not null && directory.FindAgency(AgencyCode) is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(AgencyCode)), "Cơ quan đã chọn không có trong danh mục; vui lòng chọn lại.");
        }

        if (Roles.Count == 0)
        {
            modelState.AddModelError(FormField.OfInput(nameof(Roles)), "Vui lòng chọn ít nhất một vai trò.");
        }
        else if (Roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            modelState.AddModelError(FormField.OfInput(nameof(Roles)), "Vai trò đã chọn không có trong danh sách; vui lòng chọn lại.");
        }
    }

    /// <summary>The account as the audit log describes it: never a password.</summary>
    public static IEnumerable<(string Label, string Value)> Describe(StaffUser user, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        yield return ("Họ tên", user.FullName);
        yield return ("Thư điện tử", user.Email ?? "");
        yield return ("Cơ quan", user.AgencyCode);
        yield return ("Vai trò", AdminLabels.Roles(roles));
    }

    /// <summary>Roles are created on first use, so a fresh production database needs no separate set-up step.</summary>
    public static async Task EnsureRolesExistAsync(RoleManager<IdentityRole> roleManager, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roleManager);
        foreach (var role in roles)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>The Identity password rules, in Vietnamese, as one message naming everything still missing.</summary>
    public static string? PasswordProblem(IEnumerable<IdentityError> errors, PasswordOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var missing = errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => $"ít nhất {rules.RequiredLength} ký tự",
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "ít nhất một chữ hoa (A–Z)",
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => "ít nhất một chữ thường (a–z)",
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "ít nhất một chữ số",
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "ít nhất một ký tự đặc biệt (ví dụ - ! @ #)",
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => $"ít nhất {rules.RequiredUniqueChars} ký tự khác nhau",
            _ => "đáp ứng quy định an toàn mật khẩu",
        }).Distinct(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : $"Mật khẩu chưa đạt yêu cầu: cần {string.Join("; ", missing)}.";
    }

    /// <summary>Identity reports failures as a result; past validation, a failure here is a fault, not a user's mistake.</summary>
    public static void Succeeded(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be saved: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
