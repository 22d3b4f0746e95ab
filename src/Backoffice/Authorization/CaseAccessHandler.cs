using System.Security.Claims;
using DanVan.Feedback.Core.Cases;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>A step on a case, checked against <see cref="CaseActionRules"/> with the case's <see cref="CaseAccess"/> as the resource.</summary>
public sealed class CaseActionRequirement(CaseAction action) : IAuthorizationRequirement
{
    private static readonly Dictionary<CaseAction, CaseActionRequirement> ByAction =
        Enum.GetValues<CaseAction>().ToDictionary(a => a, a => new CaseActionRequirement(a));

    public CaseAction Action { get; } = action;

    public static CaseActionRequirement View => ByAction[CaseAction.View];

    public static CaseActionRequirement For(CaseAction action) => ByAction[action];
}

/// <summary>The per-case rule: who may see a case and take which step on it (issue 4; the table is <see cref="CaseActionRules"/>).</summary>
public sealed class CaseAccessHandler : AuthorizationHandler<CaseActionRequirement, CaseAccess>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CaseActionRequirement requirement, CaseAccess resource)
    {
        var user = context.User;
        if (user.AgencyCode() is { } agency && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            if (CaseActionRules.Allows(requirement.Action, userId, agency, roles, resource))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}

public static class StaffPrincipalExtensions
{
    public static string? AgencyCode(this ClaimsPrincipal user) => user.FindFirstValue(StaffClaims.AgencyCode);

    /// <summary>The signed-in member of staff as the case history records them.</summary>
    public static StaffActor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No user id in the sign-in cookie."),
        user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity?.Name ?? "",
        user.AgencyCode() ?? throw new InvalidOperationException("No agency in the sign-in cookie."));
}
