using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;

namespace DanVan.Feedback.Bench.CaseData;

/// <summary>
/// Published answers as agencies write them, redacted of personal data: an opening naming the topic, the
/// agency and a place (a street of Hải Phòng, the commune), what was found, what was done and a closing,
/// each drawn from a pool. So the search meets words of every frequency: "trả lời" in nearly every answer,
/// a topic's words in its share, a street or a commune's name in a few hundred.
/// </summary>
public sealed class PublishedAnswerText(ReferenceDirectory directory, int seed)
{
    public static readonly string[] Streets =
    [
        "Lạch Tray", "Đà Nẵng", "Lê Lợi", "Trần Phú", "Điện Biên Phủ", "Tô Hiệu", "Nguyễn Văn Linh", "Văn Cao",
        "Lê Hồng Phong", "Hoàng Văn Thụ", "Cầu Đất", "Lê Thánh Tông", "Hai Bà Trưng", "Minh Khai", "Quang Trung",
        "Trần Hưng Đạo", "Ngô Quyền", "Phạm Văn Đồng", "Nguyễn Trãi", "Bạch Đằng", "Hùng Vương", "Chùa Vẽ",
        "Đình Đông", "Thiên Lôi", "Hàng Kênh", "Tôn Đức Thắng", "Nguyễn Lương Bằng", "Lý Thường Kiệt",
        "Trần Nguyên Hãn", "Đông Khê", "Máy Tơ", "Cát Bi", "Lê Chân", "Mê Linh", "Phan Bội Châu", "Kỳ Đồng",
    ];

    private static readonly string[] Openings =
    [
        "Về nội dung phản ánh liên quan đến lĩnh vực {topic} tại đường {street}, {agency} trả lời như sau.",
        "{agency} đã nhận được ý kiến của ông/bà về {topic} trên địa bàn {commune} và xin trả lời như sau.",
        "Tiếp nhận phản ánh về {topic} ở khu vực đường {street}, {agency} đã giao bộ phận chuyên môn xem xét.",
        "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, {agency} đã kiểm tra nội dung kiến nghị về {topic} tại {commune}.",
        "Cảm ơn ông/bà đã quan tâm, phản ánh về {topic}; sau khi kiểm tra tại đường {street}, {agency} thông tin như sau.",
    ];

    private static readonly string[] Findings =
    [
        "Qua kiểm tra thực tế, nội dung phản ánh là đúng: vỉa hè và một phần lòng đường bị lấn chiếm để kinh doanh.",
        "Kết quả kiểm tra cho thấy hệ thống thoát nước bị tắc do rác thải và bùn đất tích tụ lâu ngày.",
        "Đoàn kiểm tra xác định đèn chiếu sáng công cộng hỏng do chập điện sau đợt mưa bão.",
        "Hồ sơ của ông/bà đã đủ thành phần nhưng bị chậm do phải xác minh nguồn gốc sử dụng đất.",
        "Cơ sở sản xuất đã được cấp phép nhưng chưa thực hiện đúng các biện pháp bảo vệ môi trường đã cam kết.",
        "Nội dung kiến nghị về tuyến xe buýt đã được tổng hợp, báo cáo cơ quan quản lý giao thông công cộng.",
        "Việc thu gom rác bị gián đoạn do phương tiện của đơn vị vệ sinh môi trường gặp sự cố kỹ thuật.",
        "Tiếng ồn phát ra từ cơ sở kinh doanh dịch vụ karaoke vượt quy chuẩn cho phép sau 22 giờ.",
        "Công trình xây dựng có giấy phép, tuy nhiên nhà thầu chưa che chắn bụi theo quy định.",
        "Trường học đã bố trí đủ giáo viên; việc điều chỉnh lịch học được thông báo tới phụ huynh học sinh.",
    ];

    private static readonly string[] Actions =
    [
        "Ủy ban nhân dân đã lập biên bản, yêu cầu các hộ kinh doanh tháo dỡ và cam kết không tái phạm.",
        "Đơn vị quản lý đã nạo vét cống, khơi thông dòng chảy và sẽ kiểm tra định kỳ trước mùa mưa.",
        "Công ty chiếu sáng đô thị đã thay thế bóng đèn và sửa chữa đường dây trong vòng ba ngày.",
        "Cơ quan đã hoàn thành việc cấp giấy chứng nhận và thông báo để ông/bà nhận kết quả tại bộ phận một cửa.",
        "Cơ sở đã bị xử phạt vi phạm hành chính và buộc khắc phục trong thời hạn ba mươi ngày.",
        "Sở Xây dựng sẽ nghiên cứu điều chỉnh lộ trình, bổ sung điểm dừng đón trả khách phù hợp.",
        "Lịch thu gom cố định vào 17 giờ hằng ngày đã được niêm yết công khai tại tổ dân phố.",
        "Lực lượng công an phường tăng cường tuần tra, kiểm soát và xử lý nghiêm các trường hợp vi phạm.",
        "Cán bộ liên quan đã được nhắc nhở, rút kinh nghiệm về thời hạn giải quyết thủ tục hành chính.",
    ];

    private static readonly string[] Closings =
    [
        "Nếu tình trạng tái diễn, đề nghị ông/bà tiếp tục phản ánh qua Cổng để được xử lý kịp thời.",
        "Mọi vướng mắc xin liên hệ bộ phận tiếp công dân trong giờ hành chính.",
        "Cơ quan trân trọng cảm ơn sự đồng hành của người dân trong công tác quản lý đô thị.",
        "Kết quả giải quyết đã được thông báo tới tổ dân phố và các hộ gia đình liên quan.",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The redacted answer of a case, in Markdown: two short paragraphs.</summary>
    public string For(FeedbackCase feedbackCase)
    {
        ArgumentNullException.ThrowIfNull(feedbackCase);
        var opening = Pick(Openings)
            .Replace("{topic}", directory.FindTopic(feedbackCase.TopicCode)?.Name.ToLowerInvariant() ?? "đô thị", StringComparison.Ordinal)
            .Replace("{agency}", directory.AgencyName(feedbackCase.LeadAgencyCode), StringComparison.Ordinal)
            .Replace("{street}", Pick(Streets), StringComparison.Ordinal)
            .Replace("{commune}", feedbackCase.LocalityCode is { } code ? directory.FindLocality(code)?.Name ?? "thành phố" : "thành phố", StringComparison.Ordinal);
        return $"{opening} {Pick(Findings)}\n\n{Pick(Actions)} {Pick(Actions)} {Pick(Closings)}";
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];
}
