namespace DanVan.Feedback.Core.Cases;

/// <summary>
/// Where a case stands. Each state is reached only through a guarded method on <see cref="FeedbackCase"/>;
/// the history of <see cref="CaseEvent"/>s says how it got there.
/// </summary>
public enum CaseStatus
{
    /// <summary>Đã tiếp nhận: filed and routed, waiting for the lead agency to accept (thụ lý) or refuse it.</summary>
    Received,

    /// <summary>Đang giải quyết: accepted; the resolution clock runs.</summary>
    Accepted,

    /// <summary>Chờ bổ sung thông tin: the agency asked the filer for information; the clock stops.</summary>
    WaitingForFiler,

    /// <summary>Tạm đình chỉ (Luật 136/2025, from 1/7/2026): the clock stops until resumption.</summary>
    Suspended,

    /// <summary>Chờ lãnh đạo duyệt: an officer drafted the answer; the agency lead approves or returns it.</summary>
    AwaitingApproval,

    /// <summary>Đã trả lời: the approved answer was sent to the filer.</summary>
    Answered,

    /// <summary>Không thụ lý: refused on a legal ground, with a message to the filer.</summary>
    Refused,

    /// <summary>Đã kết thúc: closed after the answer (or the refusal).</summary>
    Closed,
}
