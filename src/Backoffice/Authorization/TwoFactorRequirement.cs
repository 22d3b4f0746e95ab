using System.Security.Claims;
using DanVan.Feedback.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>
/// Inspectors and administrators see every agency's cases and may unseal a denouncer's identity, so a
/// password alone does not let them in (issue 4): their sign-in must have passed an authenticator code.
/// Part of <see cref="Policies.StaffOnly"/>, so every policy asks it.
/// </summary>
public sealed class TwoFactorRequirement : AuthorizationHandler<TwoFactorRequirement>, IAuthorizationRequirement
{
    public const string SetupPath = "/tai-khoan/xac-thuc-hai-buoc";

    // What SignInManager writes into the cookie after a second factor (RFC 8176 "amr" values).
    private const string MethodClaimType = "amr";
    private const string MultiFactor = "mfa";

    private static readonly string[] RolesThatNeedIt = [StaffRoles.Inspector, StaffRoles.Administrator];

    private TwoFactorRequirement()
    {
    }

    public static TwoFactorRequirement Instance { get; } = new();

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RolesThatNeedIt.Contains);

    public static bool IsRequiredFor(ClaimsPrincipal user) => RolesThatNeedIt.Any(user.IsInRole);

    /// <summary>Whether this sign-in passed a second factor, whatever the account's role.</summary>
    public static bool WasPassedBy(ClaimsPrincipal user) => user.HasClaim(MethodClaimType, MultiFactor);

    /// <summary>The claim a sign-in completed with an authenticator code carries.</summary>
    public static Claim PassedClaim() => new(MethodClaimType, MultiFactor);

    /// <summary>
    /// The security stamp check rebuilds the cookie from the database every 30 minutes and would drop the
    /// claim, sending a signed-in inspector back to setup; it is carried over, as RefreshSignInAsync does.
    /// </summary>
    public static Task KeepSecondFactorAsync(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(MethodClaimType) is { } method
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == MethodClaimType))
        {
            identity.AddClaim(new Claim(method.Type, method.Value));
        }

        return Task.CompletedTask;
    }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (!IsRequiredFor(context.User) || WasPassedBy(context.User) || IsOpenBeforeSetup(context.Resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsOpenBeforeSetup(object? resource) =>
        resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null;
}

/// <summary>A page an inspector or administrator may open before setting up the second factor: the setup page itself, sign-out.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>Sends a sign-in that lacks the second factor to set it up, where a bare 403 would leave the user stuck.</summary>
public sealed class TwoFactorSetupRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.Contains(TwoFactorRequirement.Instance) == true)
        {
            var request = context.Request;
            var setup = request.PathBase + TwoFactorRequirement.SetupPath;
            context.Response.Redirect(HttpMethods.IsGet(request.Method)
                ? QueryHelpers.AddQueryString(setup, "ReturnUrl", request.PathBase + request.Path + request.QueryString)
                : setup);
            return Task.CompletedTask;
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
