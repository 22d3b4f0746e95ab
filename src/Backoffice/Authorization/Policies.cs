using Microsoft.AspNetCore.Authorization;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>The Backoffice's policies. Everything is denied to anyone not signed in (the fallback policy).</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Administrator = nameof(Administrator);

    /// <summary>Signed in and belonging to an agency: the least any page asks.</summary>
    public static AuthorizationPolicy StaffOnly { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(StaffClaims.AgencyCode)
        .Build();

    public static AuthorizationPolicy AdministratorsOnly { get; } = new AuthorizationPolicyBuilder()
        .Combine(StaffOnly)
        .RequireRole(Core.Staff.StaffRoles.Administrator)
        .Build();
}

public static class StaffClaims
{
    public const string AgencyCode = "danvan:agency";
}
