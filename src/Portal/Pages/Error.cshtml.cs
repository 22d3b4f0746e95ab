using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Portal.Pages;

/// <summary>
/// The page shown for an error status, in words a filer can act on. It answers any method, since it
/// is re-executed for the request that failed, and must not demand a token of its own.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? statusCode) => Describe(statusCode);

    public void OnPost(int? statusCode) => Describe(statusCode);

    private void Describe(int? statusCode)
    {
        (Heading, Explanation) = statusCode switch
        {
            400 => ("Biểu mẫu không hợp lệ hoặc đã hết hạn",
                "Hệ thống không nhận được biểu mẫu quý vị gửi, có thể do trang đã mở quá lâu. Quý vị vui lòng quay lại, tải lại trang và gửi lại."),
            404 => ("Không tìm thấy trang",
                "Địa chỉ quý vị truy cập không có trên hệ thống. Quý vị vui lòng kiểm tra lại địa chỉ."),
            413 => ("Nội dung gửi lên quá lớn",
                "Quý vị vui lòng rút gọn nội dung hoặc giảm dung lượng tệp đính kèm rồi gửi lại."),
            _ => ("Hệ thống đang gặp sự cố",
                "Xin lỗi quý vị, hệ thống chưa xử lý được yêu cầu. Quý vị vui lòng thử lại sau ít phút hoặc gọi đường dây nóng."),
        };
    }
}
