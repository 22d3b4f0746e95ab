using System.Security.Cryptography;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Feedback.Backoffice.Staff;

/// <summary>
/// In Development only, on a database with no staff yet: one administrator and one officer per
/// agency, so a newcomer can sign in at once. The password comes from configuration
/// (<c>Seed:StaffPassword</c>) or is made at random; either way it is printed once, here.
/// </summary>
public static class DevelopmentStaffSeeder
{
    public const string AdministratorUserName = "admin";

    public const string InspectorUserName = "thanhtra";

    public const string AssessorUserName = "danhgia";

    public static string OfficerUserName(string agencyCode) => $"canbo.{agencyCode.ToLowerInvariant()}";

    public static string LeadUserName(string agencyCode) => $"lanhdao.{agencyCode.ToLowerInvariant()}";

    public static async Task SeedDevelopmentStaffAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<FeedbackDbContext>();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = provider.GetRequiredService<IOptions<StaffSeedOptions>>().Value.StaffPassword;
        var password = string.IsNullOrWhiteSpace(configured) ? RandomPassword() : configured;
        var users = provider.GetRequiredService<UserManager<StaffUser>>();
        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();

        foreach (var role in StaffRoles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        // One hash for all: hashing is deliberately slow, and every development account shares the one password.
        var passwordHash = users.PasswordHasher.HashPassword(null!, password);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);

        await CreateAsync(users, AdministratorUserName, "Quản trị hệ thống", Core.Agencies.Agency.TriageDeskCode, passwordHash, StaffRoles.Administrator);
        await CreateAsync(users, InspectorUserName, "Thanh tra viên Thanh tra thành phố", Core.Agencies.Agency.InspectorateCode, passwordHash, StaffRoles.Inspector);
        await CreateAsync(users, AssessorUserName, "Chuyên viên đánh giá Sở Nội vụ", "SNV", passwordHash, StaffRoles.Assessor);
        foreach (var agency in agencies)
        {
            await CreateAsync(users, OfficerUserName(agency.Code), $"Cán bộ {agency.Name}", agency.Code, passwordHash, StaffRoles.Officer);
            await CreateAsync(users, LeadUserName(agency.Code), $"Lãnh đạo {agency.Name}", agency.Code, passwordHash, StaffRoles.AgencyLead);
        }

        Console.WriteLine();
        Console.WriteLine("== Tài khoản phát triển (Development) đã được tạo ==");
        Console.WriteLine($"   Quản trị:  {AdministratorUserName}");
        Console.WriteLine($"   Thanh tra: {InspectorUserName}   Đánh giá (Sở Nội vụ): {AssessorUserName}");
        Console.WriteLine($"   Lãnh đạo:  lanhdao.<mã cơ quan>, ví dụ {LeadUserName("UBND-11311")}");
        Console.WriteLine($"   Cán bộ:    canbo.<mã cơ quan>, ví dụ {OfficerUserName("UBND-11311")}, {OfficerUserName("SNNMT")}, {OfficerUserName("VPUBND")} ({agencies.Count} tài khoản)");
        Console.WriteLine(string.IsNullOrWhiteSpace(configured)
            ? $"   Mật khẩu:  {password}   (chỉ in một lần)"
            : "   Mật khẩu:  giá trị cấu hình Seed:StaffPassword");
        Console.WriteLine();
    }

    private static async Task CreateAsync(
        UserManager<StaffUser> users, string userName, string fullName, string agencyCode, string passwordHash, string role)
    {
        var user = new StaffUser
        {
            UserName = userName,

            // A local address, so reminders and escalations show up in the development mail pickup folder.
            Email = $"{userName}@danvan.local",
            EmailConfirmed = true,
            FullName = fullName,
            AgencyCode = agencyCode,
            PasswordHash = passwordHash,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
    }

    private static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
}
