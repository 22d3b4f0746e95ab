namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Where a case stands. The workflow issue adds the states after receipt; each one is reached
/// only through a guarded method on <see cref="FeedbackCase"/>.
/// </summary>
public enum CaseStatus
{
    /// <summary>Đã tiếp nhận: filed and routed, waiting for the lead agency to act.</summary>
    Received,
}
