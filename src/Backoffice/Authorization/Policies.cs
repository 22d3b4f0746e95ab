using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>The Backoffice's policies. Everything is denied to anyone not signed in (the fallback policy).</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string CaseWorker = nameof(CaseWorker);
    public const string Inspector = nameof(Inspector);
    public const string Assessor = nameof(Assessor);
    public const string FiguresReader = nameof(FiguresReader);
    public const string AuditReader = nameof(AuditReader);
    public const string Administrator = nameof(Administrator);

    /// <summary>
    /// Signed in and belonging to an agency, and for inspectors and administrators with the second factor:
    /// the least any page asks.
    /// </summary>
    public static AuthorizationPolicy StaffOnly { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(StaffClaims.AgencyCode)
        .AddRequirements(TwoFactorRequirement.Instance)
        .Build();

    /// <summary>Officers and leads: their agency's inbox and manual intake.</summary>
    public static AuthorizationPolicy CaseWorkersOnly { get; } = Roles(StaffRoles.Officer, StaffRoles.AgencyLead);

    public static AuthorizationPolicy InspectorsOnly { get; } = Roles(StaffRoles.Inspector);

    /// <summary>Sở Nội vụ's assessors see aggregates; leads see their own agency's figures.</summary>
    public static AuthorizationPolicy AssessorsOnly { get; } = Roles(StaffRoles.Assessor);

    /// <summary>
    /// The cases behind a figure: assessors for every agency, an agency's own staff for theirs, Thanh tra for what
    /// went onto its queue. Which agency and figure is checked per request by <see cref="AgencyFiguresHandler"/>.
    /// </summary>
    public static AuthorizationPolicy FiguresReadersOnly { get; } = Roles(StaffRoles.Assessor, StaffRoles.Officer, StaffRoles.AgencyLead, StaffRoles.Inspector);

    /// <summary>The audit log is searched by administrators and by Thanh tra (issue 4).</summary>
    public static AuthorizationPolicy AuditReadersOnly { get; } = Roles(StaffRoles.Administrator, StaffRoles.Inspector);

    public static AuthorizationPolicy AdministratorsOnly { get; } = Roles(StaffRoles.Administrator);

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .SetFallbackPolicy(StaffOnly)
            .AddPolicy(Staff, StaffOnly)
            .AddPolicy(CaseWorker, CaseWorkersOnly)
            .AddPolicy(Inspector, InspectorsOnly)
            .AddPolicy(Assessor, AssessorsOnly)
            .AddPolicy(FiguresReader, FiguresReadersOnly)
            .AddPolicy(AuditReader, AuditReadersOnly)
            .AddPolicy(Administrator, AdministratorsOnly);
    }

    private static AuthorizationPolicy Roles(params string[] roles) => new AuthorizationPolicyBuilder()
        .Combine(StaffOnly)
        .RequireRole(roles)
        .Build();
}

public static class StaffClaims
{
    public const string AgencyCode = "danvan:agency";
}
