using DanVan.Feedback.Web.Localization;

namespace DanVan.Feedback.Web;

public static class SharedWebExtensions
{
    /// <summary>
    /// What both sites take from src/Web (ADR 22): its partials (_ErrorSummary), its resources and the case
    /// vocabulary. Named here because the build finds a class library's Razor pages only when its public
    /// surface uses MVC, and ours hides its compiled views.
    /// </summary>
    public static IMvcBuilder AddSharedWeb(this IMvcBuilder mvc)
    {
        ArgumentNullException.ThrowIfNull(mvc);
        mvc.AddApplicationPart(typeof(SharedWebExtensions).Assembly);
        mvc.Services.AddSharedText();
        return mvc;
    }
}
