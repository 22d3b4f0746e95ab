namespace DanVan.Feedback.Core.Cases;

/// <summary>The member of staff who acts on a case, as the history records them.</summary>
public sealed record StaffActor(string UserId, string FullName, string AgencyCode);

/// <summary>
/// An action the law or the workflow does not allow in the case's present state, or without what it
/// needs (a reason, a legal ground). The message is written for the officer and shown as it is.
/// </summary>
public sealed class CaseRuleException(string message) : Exception(message);
