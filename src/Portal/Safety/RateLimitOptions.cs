using System.ComponentModel.DataAnnotations;

namespace DanVan.Feedback.Portal.Safety;

/// <summary>How many posts one client address may make in a window, per kind of form (section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Intake forms. CAPTCHA stops bots; this stops one address flooding the agencies' inboxes.</summary>
    [Required]
    public WindowLimit Intake { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Tracking look-ups: few enough that codes and contacts cannot be guessed by trying them.</summary>
    [Required]
    public WindowLimit Lookup { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) };

    public sealed class WindowLimit
    {
        [Range(1, int.MaxValue)]
        public int PermitLimit { get; set; }

        [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
        public TimeSpan Window { get; set; }
    }
}

/// <summary>The rate-limiting policies pages name with <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>POSTs of intake forms (phản ánh, kiến nghị and, later, khiếu nại, tố cáo, ratings).</summary>
    public const string Intake = "intake";

    /// <summary>POSTs that look a case up by its tracking code.</summary>
    public const string Lookup = "lookup";
}
