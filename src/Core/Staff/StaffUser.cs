using Microsoft.AspNetCore.Identity;

namespace DanVan.Feedback.Core.Staff;

/// <summary>A member of staff who signs in to the Backoffice. Every one belongs to exactly one agency.</summary>
public sealed class StaffUser : IdentityUser
{
    public const int FullNameMaxLength = 100;

    public required string FullName { get; set; }

    public required string AgencyCode { get; set; }
}

/// <summary>The Backoffice roles (ARCHITECTURE.md).</summary>
public static class StaffRoles
{
    public const string Officer = "Officer";
    public const string AgencyLead = "AgencyLead";
    public const string Inspector = "Inspector";
    public const string Assessor = "Assessor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Officer, AgencyLead, Inspector, Assessor, Administrator];
}
