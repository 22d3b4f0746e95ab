namespace DanVan.Feedback.Core.Cases;

/// <summary>A legal ground for not accepting (không thụ lý) a case, shown to the officer and quoted to the filer.</summary>
public sealed record RefusalGround(string Code, CaseKind Kind, string Text, string LegalSource)
{
    private const string ComplaintLaw = "Luật Khiếu nại 2011, Điều 11";
    private const string DenunciationLaw = "Luật Tố cáo 2018, Điều 25 và Điều 29";
    private const string FeedbackLaw = "Nghị định 20/2008/NĐ-CP (cần đối chiếu văn bản)";

    /// <summary>Every ground, by kind. The complaint grounds are the eleven of Art. 11 (vietnam-domain.md §2.2).</summary>
    public static IReadOnlyList<RefusalGround> All { get; } =
    [
        new("KN-11-1", CaseKind.Complaint, "Khiếu nại về quyết định hành chính, hành vi hành chính trong nội bộ cơ quan nhà nước để chỉ đạo, điều hành công vụ", ComplaintLaw),
        new("KN-11-2", CaseKind.Complaint, "Khiếu nại về quyết định hành chính có chứa nội dung văn bản quy phạm pháp luật", ComplaintLaw),
        new("KN-11-3", CaseKind.Complaint, "Khiếu nại về quyết định, hành vi thuộc lĩnh vực bí mật nhà nước đã được xác định", ComplaintLaw),
        new("KN-11-4", CaseKind.Complaint, "Quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại", ComplaintLaw),
        new("KN-11-5", CaseKind.Complaint, "Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp", ComplaintLaw),
        new("KN-11-6", CaseKind.Complaint, "Người đại diện không hợp pháp thực hiện khiếu nại", ComplaintLaw),
        new("KN-11-7", CaseKind.Complaint, "Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại", ComplaintLaw),
        new("KN-11-8", CaseKind.Complaint, "Thời hiệu khiếu nại đã hết mà không có lý do chính đáng", ComplaintLaw),
        new("KN-11-9", CaseKind.Complaint, "Khiếu nại đã có quyết định giải quyết khiếu nại lần hai", ComplaintLaw),
        new("KN-11-10", CaseKind.Complaint, "Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại", ComplaintLaw),
        new("KN-11-11", CaseKind.Complaint, "Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án", ComplaintLaw),
        new("TC-25", CaseKind.Denunciation, "Không rõ họ tên, địa chỉ người tố cáo hoặc không xác định được người tố cáo: không xử lý như tố cáo", DenunciationLaw),
        new("TC-29-1", CaseKind.Denunciation, "Nội dung tố cáo không thuộc thẩm quyền giải quyết của cơ quan", DenunciationLaw),
        new("TC-29-2", CaseKind.Denunciation, "Không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật", DenunciationLaw),
        new("TC-29-3", CaseKind.Denunciation, "Tố cáo về vụ việc đã được giải quyết mà người tố cáo không cung cấp thông tin, tình tiết mới", DenunciationLaw),
        new("PA-9-1", CaseKind.Feedback, "Nội dung không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính", FeedbackLaw),
        new("PA-9-2", CaseKind.Feedback, "Phản ánh không rõ nội dung, không có thông tin để liên hệ xác minh", FeedbackLaw),
        new("PA-9-3", CaseKind.Feedback, "Nội dung đã được cơ quan có thẩm quyền trả lời, không có thông tin mới", FeedbackLaw),
        new("KNG-9-1", CaseKind.Recommendation, "Nội dung không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính", FeedbackLaw),
        new("KNG-9-2", CaseKind.Recommendation, "Kiến nghị không rõ nội dung, không có thông tin để liên hệ xác minh", FeedbackLaw),
        new("KNG-9-3", CaseKind.Recommendation, "Nội dung đã được cơ quan có thẩm quyền trả lời, không có thông tin mới", FeedbackLaw),
    ];

    public static IEnumerable<RefusalGround> For(CaseKind kind) => All.Where(g => g.Kind == kind);

    public static RefusalGround? Find(string? code) => All.FirstOrDefault(g => g.Code == code);

    /// <summary>How a refusal reads in the case history: "ground (legal source). message".</summary>
    public string NoteFor(string messageToFiler) => $"{Text} ({LegalSource}). {messageToFiler.Trim()}";

    /// <summary>The ground and the message back out of a <see cref="NoteFor"/> note, for the mail to the filer.</summary>
    public static (RefusalGround? Ground, string Message) FromNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        foreach (var ground in All)
        {
            var prefix = ground.NoteFor("");
            if (note.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (ground, note[prefix.Length..].Trim());
            }
        }

        return (null, note);
    }
}
