namespace DanVan.Feedback.TestCommon;

/// <summary>Form fields for a valid phản ánh, changed by the test where it matters.</summary>
public static class TestData
{
    public const string HongBang = "11311";
    public const string HongBangCommittee = "Ủy ban nhân dân phường Hồng Bàng";

    public static Dictionary<string, string> FeedbackForm(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Feedback",
            ["Input.FilerType"] = "Person",
            ["Input.FilerName"] = "Nguyễn Thị Lan",
            ["Input.Phone"] = "0912 345 678",
            ["Input.Email"] = "",
            ["Input.TopicCode"] = "trat-tu-do-thi",
            ["Input.LocalityCode"] = HongBang,
            ["Input.InIndustrialZone"] = "false",
            ["Input.Title"] = "Quán ăn lấn chiếm vỉa hè phố Hoàng Văn Thụ",
            ["Input.Description"] = "Từ 17 giờ hằng ngày, quán ăn số 12 bày bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường rất nguy hiểm.",
            ["Input.PrivacyAccepted"] = "true",
        };
        change?.Invoke(fields);
        return fields;
    }

    /// <summary>A valid khiếu nại for /khieu-nai/gui, learned of 23 days before the test clock's 12/02/2026.</summary>
    public static Dictionary<string, string> ComplaintForm(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.DecisionNumber"] = "125/QĐ-UBND",
            ["Input.DecisionDate"] = "2026-01-15",
            ["Input.ActDescription"] = "",
            ["Input.IssuedBy"] = "Chủ tịch UBND phường Hồng Bàng",
            ["Input.LearnedOn"] = "2026-01-20",
            ["Input.DelayReason"] = "",
            ["Input.TopicCode"] = "trat-tu-do-thi",
            ["Input.LocalityCode"] = HongBang,
            ["Input.Description"] = "Quyết định xử phạt tôi vì lấn chiếm vỉa hè, nhưng quầy hàng của tôi nằm hoàn toàn trong ranh giới nhà số 12.",
            ["Input.Request"] = "Đề nghị hủy Quyết định số 125/QĐ-UBND và trả lại số tiền phạt đã nộp.",
            ["Input.FilerName"] = "Trần Văn Bình",
            ["Input.Address"] = "Số 12 phố Hoàng Văn Thụ, phường Hồng Bàng",
            ["Input.Phone"] = "0912 345 678",
            ["Input.Email"] = "",
            ["Input.Representation"] = "Self",
            ["Input.RepresentedName"] = "",
            ["Input.ConcernsOwnRights"] = "true",
            ["Input.PrivacyAccepted"] = "true",
        };
        change?.Invoke(fields);
        return fields;
    }

    /// <summary>A valid tố cáo for /to-cao/gui, with the denouncer's identity.</summary>
    public static Dictionary<string, string> DenunciationForm(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.AccusedName"] = "Lê Văn Cường",
            ["Input.AccusedPosition"] = "Cán bộ địa chính phường",
            ["Input.AccusedAgency"] = "UBND phường Hồng Bàng",
            ["Input.AccusedAgencyCode"] = "",
            ["Input.TopicCode"] = "thu-tuc-cap-xa",
            ["Input.LocalityCode"] = HongBang,
            ["Input.Description"] = "Ngày 05/02/2026 cán bộ địa chính yêu cầu tôi nộp thêm 2 triệu đồng ngoài lệ phí mới nhận hồ sơ cấp giấy chứng nhận.",
            ["Input.Evidence"] = "Tin nhắn yêu cầu chuyển tiền, lưu trên điện thoại của tôi.",
            ["Input.GivesIdentity"] = "true",
            ["Input.FullName"] = "Phạm Thị Hoa",
            ["Input.Address"] = "Số 8 ngõ 12 phố Điện Biên Phủ, phường Hồng Bàng",
            ["Input.Phone"] = "0987 654 321",
            ["Input.Email"] = "",
            ["Input.PrivacyAccepted"] = "true",
        };
        change?.Invoke(fields);
        return fields;
    }
}
