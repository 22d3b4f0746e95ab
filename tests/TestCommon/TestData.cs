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
}
