namespace DanVan.Feedback.Bench.CaseData;

/// <summary>Vietnamese text of realistic length for generated cases: titles, descriptions, names, answers.</summary>
public static class SampleText
{
    public static readonly string[] Titles =
    [
        "Lấn chiếm vỉa hè trước số nhà 112 phố Lạch Tray",
        "Rác thải không được thu gom ba ngày nay ở ngõ 45",
        "Đèn đường ngõ 17 Đình Đông không sáng từ đầu tháng",
        "Cống thoát nước tắc gây ngập khi mưa ở tổ dân phố 6",
        "Hồ sơ chứng thực chậm trả kết quả tại bộ phận một cửa",
        "Tiếng ồn từ quán karaoke sau 23 giờ ở khu dân cư",
        "Chậm cấp giấy chứng nhận quyền sử dụng đất sau ba tháng",
        "Khói bụi từ xưởng sản xuất gạch ảnh hưởng khu dân cư",
        "Đề nghị bố trí thêm tuyến xe buýt qua khu công nghiệp",
        "Khiếu nại quyết định bồi thường khi thu hồi đất",
    ];

    public static readonly string[] Descriptions =
    [
        "Từ đầu tháng đến nay, đoạn vỉa hè trước các số nhà 108 đến 116 bị các hộ kinh doanh để xe máy, bàn ghế và biển quảng cáo lấn chiếm hoàn toàn, người đi bộ phải đi xuống lòng đường rất nguy hiểm, nhất là học sinh tan trường buổi chiều. Đề nghị phường kiểm tra, xử lý dứt điểm và có biện pháp duy trì.",
        "Điểm tập kết rác đầu ngõ 45 đã ba ngày không có xe đến thu gom, rác tràn ra lòng đường, bốc mùi hôi thối, ruồi nhặng nhiều. Người dân đã gọi điện cho tổ trưởng nhưng chưa được giải quyết. Đề nghị cơ quan chức năng yêu cầu đơn vị vệ sinh môi trường thu gom ngay và bố trí lịch thu gom cố định.",
        "Cả ngõ 17 tối om từ đầu tháng, người già và trẻ em đi lại rất khó khăn vào buổi tối, đã xảy ra hai vụ ngã xe. Người dân đã phản ánh với tổ dân phố nhưng chưa thấy ai đến sửa. Đề nghị phường cho kiểm tra hệ thống chiếu sáng và thay bóng đèn hỏng.",
        "Gia đình tôi nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất từ tháng Ba, đã bổ sung đủ giấy tờ theo hướng dẫn nhưng đến nay vẫn chưa nhận được kết quả, cũng không có văn bản nào giải thích lý do chậm. Đề nghị cơ quan có thẩm quyền xem xét, trả lời bằng văn bản.",
    ];

    public static readonly string[] FilerNames =
    [
        "Trần Văn Bình", "Nguyễn Thị Lan", "Phạm Minh Tuấn", "Lê Thị Hồng", "Vũ Đức Anh",
        "Hoàng Thị Mai", "Đỗ Quang Huy", "Bùi Thị Thu", "Ngô Văn Nam", "Đặng Thị Hà",
    ];

    public static readonly string[] Organisations =
    [
        "Công ty TNHH Cơ khí Hải Phòng", "Công ty Cổ phần Vận tải Duyên Hải", "Hợp tác xã Dịch vụ Nông nghiệp An Lư",
    ];

    public static readonly string[] Answers =
    [
        "UBND đã giao lực lượng chức năng kiểm tra thực tế ngày làm việc kế tiếp, lập biên bản và yêu cầu các hộ kinh doanh tháo dỡ vật dụng lấn chiếm; tổ công tác sẽ kiểm tra định kỳ hằng tuần.\n\nNếu tình trạng tái diễn, đề nghị ông/bà phản ánh lại qua Cổng để được xử lý.",
        "Cơ quan đã làm việc với đơn vị thu gom, yêu cầu thu gom dứt điểm và bố trí lịch thu gom cố định vào 17 giờ hằng ngày. Kết quả kiểm tra cho thấy điểm tập kết đã được vệ sinh.",
        "Sau khi xem xét hồ sơ, cơ quan xác định nội dung phản ánh là có cơ sở. Hồ sơ của ông/bà đã được giải quyết và trả kết quả; cơ quan đã nhắc nhở cán bộ liên quan về thời hạn giải quyết.",
    ];
}
