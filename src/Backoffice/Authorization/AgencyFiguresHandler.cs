using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>One agency's figure, opened to the cases behind it: the resource of <see cref="AgencyFiguresRequirement"/>.</summary>
public sealed record AgencyFigure(string AgencyCode, MetricFigure Figure);

public sealed class AgencyFiguresRequirement : IAuthorizationRequirement
{
    public static AgencyFiguresRequirement Instance { get; } = new();

    private AgencyFiguresRequirement()
    {
    }
}

/// <summary>
/// Who may open which agency's case lists: Sở Nội vụ's assessors every agency's, an officer or lead only their own
/// agency's, Thanh tra the cases put on its review queue (the escalated figure) of any agency. The lists carry codes,
/// kinds, topics and dates, never people.
/// </summary>
public sealed class AgencyFiguresHandler : AuthorizationHandler<AgencyFiguresRequirement, AgencyFigure>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgencyFiguresRequirement requirement, AgencyFigure resource)
    {
        var user = context.User;
        var allowed = user.IsInRole(StaffRoles.Assessor)
            || ((user.IsInRole(StaffRoles.Officer) || user.IsInRole(StaffRoles.AgencyLead)) && string.Equals(user.AgencyCode(), resource.AgencyCode, StringComparison.Ordinal))
            || (user.IsInRole(StaffRoles.Inspector) && resource.Figure == MetricFigure.Escalated);
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
