using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>The page shown for an error status; re-executed for the failed request, whatever its method.</summary>
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
            400 => ("Biểu mẫu không hợp lệ hoặc đã hết hạn", "Vui lòng tải lại trang rồi thực hiện lại thao tác."),
            403 => ("Không có quyền truy cập", "Tài khoản của đồng chí không được phép xem nội dung này."),
            404 => ("Không tìm thấy", "Hồ sơ hoặc trang này không có, hoặc không thuộc phạm vi của cơ quan đồng chí."),
            _ => ("Hệ thống đang gặp sự cố", "Vui lòng thử lại sau ít phút; nếu vẫn lỗi, xin báo quản trị hệ thống."),
        };
    }
}
