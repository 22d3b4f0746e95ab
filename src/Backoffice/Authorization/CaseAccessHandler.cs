using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>What the per-case rule needs to know of a case: who leads it and who is asked to help.</summary>
public sealed record CaseAccessResource(string LeadAgencyCode, IReadOnlyCollection<string> CoordinatingAgencyCodes);

/// <summary>Officers see the cases their agency leads or coordinates, and nothing of another agency's.</summary>
public sealed class CaseAccessRequirement : IAuthorizationRequirement
{
    public static CaseAccessRequirement View { get; } = new();
}

public sealed class CaseAccessHandler : AuthorizationHandler<CaseAccessRequirement, CaseAccessResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, CaseAccessRequirement requirement, CaseAccessResource resource)
    {
        var agency = context.User.AgencyCode();
        if (agency is not null && (agency == resource.LeadAgencyCode || resource.CoordinatingAgencyCodes.Contains(agency)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class StaffPrincipalExtensions
{
    public static string? AgencyCode(this ClaimsPrincipal user) => user.FindFirstValue(StaffClaims.AgencyCode);
}
