using System.Globalization;
using System.Text;

namespace DanVan.Feedback.Bench.IntakeLoad;

/// <summary>
/// The intake form bodies a virtual user sends: realistic Vietnamese text, topics and wards that
/// exist in the seed data, and a phone number that changes from one submission to the next.
/// Built once before the clock starts, so the load generator spends its CPU on HTTP only.
/// </summary>
internal static class Payloads
{
    /// <summary>Distinct bodies each virtual user cycles through.</summary>
    public const int VariantsPerUser = 48;

    private static readonly string[] Topics = ["trat-tu-do-thi", "ve-sinh-moi-truong", "dat-dai", "giao-thong", "y-te", "khac"];

    private static readonly string[] Localities = ["11311", "11329", "11383", "11560"];

    private static readonly string[] Names =
    [
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Minh", "Phạm Thu Hương", "Hoàng Đức Thắng",
        "Vũ Thị Lan Anh", "Đặng Quốc Huy", "Bùi Thị Hồng Nhung", "Đỗ Mạnh Cường", "Ngô Thị Thanh Thủy",
    ];

    private static readonly string[] Titles =
    [
        "Đèn chiếu sáng ngõ 25 bị hỏng nhiều ngày",
        "Rác thải tồn đọng tại đầu ngõ chợ",
        "Lấn chiếm vỉa hè để kinh doanh, người đi bộ phải xuống lòng đường",
        "Tranh chấp ranh giới đất với hộ liền kề chưa được giải quyết",
        "Xe tải chở vật liệu rơi vãi trên đường",
        "Cơ sở kinh doanh thực phẩm không bảo đảm vệ sinh",
    ];

    private static readonly string[] Descriptions =
    [
        "Từ đầu tháng đến nay, hệ thống đèn chiếu sáng trong ngõ nhà tôi bị hỏng, buổi tối rất tối và " +
        "mất an toàn cho người đi lại, nhất là người già và trẻ em. Người dân đã báo với tổ dân phố " +
        "nhưng chưa thấy sửa chữa. Đề nghị cơ quan chức năng kiểm tra, thay thế bóng đèn và có kế hoạch " +
        "bảo trì định kỳ để bảo đảm an ninh trật tự trong khu dân cư.",
        "Khu vực đầu ngõ cạnh chợ dân sinh thường xuyên có rác thải sinh hoạt tồn đọng hai, ba ngày mới " +
        "được thu gom, bốc mùi hôi thối, ruồi muỗi nhiều, ảnh hưởng đến sức khỏe của các hộ gia đình xung " +
        "quanh. Đề nghị đơn vị vệ sinh môi trường tăng tần suất thu gom và bố trí thêm thùng rác có nắp " +
        "đậy, đồng thời nhắc nhở các hộ kinh doanh không vứt rác bừa bãi.",
        "Nhiều hộ kinh doanh trên tuyến phố bày hàng hóa, để xe máy kín vỉa hè từ sáng đến tối, người đi " +
        "bộ buộc phải đi xuống lòng đường rất nguy hiểm, đặc biệt là học sinh giờ tan trường. Tình trạng " +
        "này kéo dài nhiều tháng, đã có lực lượng nhắc nhở nhưng sau đó tái diễn. Đề nghị xử lý dứt điểm " +
        "và có biện pháp duy trì trật tự đô thị lâu dài.",
    ];

    /// <summary>The URL-encoded bodies for one virtual user; the antiforgery token, when given, is appended to each.</summary>
    public static byte[][] ForUser(int user, string? antiforgeryToken)
    {
        var bodies = new byte[VariantsPerUser][];
        for (var v = 0; v < VariantsPerUser; v++)
        {
            var n = (user * VariantsPerUser) + v;
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Input.Kind", "Feedback"),
                new("Input.FilerType", "Person"),
                new("Input.FilerName", Names[n % Names.Length]),
                new("Input.Phone", "09" + (12_345_678 + (n * 7_919 % 87_654_321)).ToString("D8", CultureInfo.InvariantCulture)),
                new("Input.Email", ""),
                new("Input.TopicCode", Topics[n % Topics.Length]),
                new("Input.LocalityCode", Localities[n % Localities.Length]),
                new("Input.InIndustrialZone", "false"),
                new("Input.Title", Titles[n % Titles.Length]),
                new("Input.Description", Descriptions[n % Descriptions.Length]),
                new("Input.PrivacyAccepted", "true"),
            };
            if (antiforgeryToken is not null)
            {
                fields.Add(new("__RequestVerificationToken", antiforgeryToken));
            }

            bodies[v] = Encoding.ASCII.GetBytes(Encode(fields));
        }

        return bodies;
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var builder = new StringBuilder(1024);
        foreach (var (key, value) in fields)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }
}
