using Microsoft.AspNetCore.Builder;

namespace DanVan.Feedback.Web.Security;

public static class SecurityHeadersExtensions
{
    /// <summary>The shared security headers; <paramref name="configure"/> names what this site adds (ADR 22).</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, Action<SecurityHeadersOptions>? configure = null)
    {
        var options = services.AddOptions<SecurityHeadersOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>Early in the pipeline, so error pages, static files and the status-code pages carry the headers too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();
}
