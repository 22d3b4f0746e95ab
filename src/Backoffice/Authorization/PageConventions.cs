using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace DanVan.Feedback.Backoffice.Authorization;

/// <summary>
/// Which folder needs which policy, in one place. The fallback policy already denies anonymous users
/// everything; this list names the pages open to them and the folders that need more than sign-in.
/// </summary>
public static class PageConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/", Policies.Staff);

        // A case page is for whoever the per-case handler lets in (lead agency, coordinators, Thanh tra);
        // recording a case from another channel is for case workers.
        conventions.AuthorizePage("/Cases/New", Policies.CaseWorker);
        conventions.AuthorizeFolder("/Review", Policies.Inspector);
        conventions.AuthorizeFolder("/Audit", Policies.AuditReader);
        conventions.AuthorizeFolder("/Dashboard", Policies.CaseWorker);

        // Sở Nội vụ's pages, except the cases behind a figure: an agency's staff open their own agency's, Thanh tra
        // its escalations, each request checked by AgencyFiguresHandler. Any new page here is for assessors.
        conventions.AddFolderApplicationModelConvention("/Overview", page => page.EndpointMetadata.Add(new AuthorizeAttribute(
            page.ViewEnginePath == "/Overview/Cases" ? Policies.FiguresReader : Policies.Assessor)));
        conventions.AuthorizeFolder("/Scoring", Policies.Assessor);
        conventions.AuthorizeFolder("/Admin", Policies.Administrator);
        conventions.AllowAnonymousToPage("/Account/SignIn");
        conventions.AllowAnonymousToPage("/Account/TwoFactorSignIn");
        conventions.AllowAnonymousToPage("/Error");

        // Before an inspector or administrator has set up the second factor, only these open (TwoFactorRequirement).
        AllowWithoutTwoFactor(conventions, "/Account/TwoFactorSetup");
        AllowWithoutTwoFactor(conventions, "/Account/SignOut");
    }

    private static void AllowWithoutTwoFactor(PageConventionCollection conventions, string pageName) =>
        conventions.AddPageApplicationModelConvention(pageName, page => page.EndpointMetadata.Add(new AllowWithoutTwoFactorAttribute()));
}
