namespace DanVan.Feedback.Core.Cases;

/// <summary>The legal regime a case falls under; each kind has its own law and deadlines (DOMAIN.md).</summary>
public enum CaseKind
{
    /// <summary>Phản ánh: a report of a problem or of officials' conduct (NĐ 20/2008).</summary>
    Feedback,

    /// <summary>Kiến nghị: a proposal about a policy, rule or procedure (NĐ 20/2008).</summary>
    Recommendation,

    /// <summary>Khiếu nại: a request to review a decision or act (Luật Khiếu nại 2011).</summary>
    Complaint,

    /// <summary>Tố cáo: a report of a violation by an official (Luật Tố cáo 2018).</summary>
    Denunciation,
}
