namespace DanVan.Feedback.Backoffice.Staff;

/// <summary>The <c>Seed</c> section: the password for the development accounts. Never a default in code.</summary>
public sealed class StaffSeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>When empty, a random password is made and printed once.</summary>
    public string? StaffPassword { get; set; }
}
