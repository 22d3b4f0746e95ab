using DanVan.Feedback.Core.Cases;

namespace DanVan.Feedback.Backoffice.Pages.Cases;

/// <summary>The skeleton of an answer, by kind, so every agency's answers read alike: who answers, the matter, the answer, the basis.</summary>
public static class AnswerTemplates
{
    public static string For(CaseKind kind, string agencyName) => kind switch
    {
        CaseKind.Complaint => $"""
            {agencyName} đã thụ lý và giải quyết khiếu nại của quý vị như sau:

            **1. Nội dung khiếu nại:** …

            **2. Kết quả xác minh:** …

            **3. Kết luận và quyết định giải quyết:** …

            **Căn cứ pháp lý:** Luật Khiếu nại 2011 (sửa đổi, bổ sung năm 2025), …

            Nếu không đồng ý với quyết định giải quyết khiếu nại lần đầu, quý vị có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính theo quy định của pháp luật.
            """,
        CaseKind.Denunciation => $"""
            {agencyName} thông báo kết quả giải quyết tố cáo như sau:

            **1. Nội dung tố cáo:** …

            **2. Kết quả xác minh:** …

            **3. Kết luận:** …

            **Căn cứ pháp lý:** Luật Tố cáo 2018 (sửa đổi, bổ sung năm 2025), …
            """,
        _ => $"""
            {agencyName} trả lời phản ánh, kiến nghị của quý vị như sau:

            **Nội dung phản ánh, kiến nghị:** …

            **Kết quả xem xét, xử lý:** …

            **Căn cứ:** …

            Cảm ơn quý vị đã quan tâm, góp ý để chính quyền thành phố phục vụ Nhân dân tốt hơn.
            """,
    };
}
