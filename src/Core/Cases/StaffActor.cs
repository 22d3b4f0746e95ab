namespace DanVan.Feedback.Core.Cases;

/// <summary>The member of staff who acts on a case, as the history records them.</summary>
public sealed record StaffActor(string UserId, string FullName, string AgencyCode);
