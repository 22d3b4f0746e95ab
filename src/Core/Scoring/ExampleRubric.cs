namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// The rubric shipped to start from, built from DOMAIN.md's list (on-time resolution, satisfaction, published
/// answers, backlog, escalations, and manual criteria for task 4.3). An EXAMPLE to adapt: Hải Phòng's own rubric
/// (Sở Nội vụ, 01/2023) was not retrievable, so every figure here is the assessors' to change.
/// </summary>
public static class ExampleRubric
{
    public static Rubric Create() => new()
    {
        Name = "Bộ tiêu chí mẫu chấm điểm công tác dân vận (để điều chỉnh)",
        TotalPoints = 100,
        IsExample = true,
        Criteria =
        [
            new()
            {
                Code = "DUNG-HAN", Name = "Giải quyết phản ánh, kiến nghị, khiếu nại, tố cáo đúng hạn", MaxPoints = 30,
                Method = ScoringMethod.Bands, Metric = AgencyMetric.OnTimeRate,
                Bands = [new(0, 70, 0), new(70, 80, 10), new(80, 90, 18), new(90, 95, 25), new(95, null, 30)],
            },
            new()
            {
                Code = "THOI-GIAN", Name = "Thời gian trả lời (trung vị, ngày làm việc)", MaxPoints = 10,
                Method = ScoringMethod.Linear, Metric = AgencyMetric.MedianWorkingDaysToAnswer, ZeroPointsAt = 30, FullPointsAt = 5,
            },
            new()
            {
                Code = "HAI-LONG-TRA-LOI", Name = "Người gửi hài lòng với câu trả lời", MaxPoints = 15,
                Method = ScoringMethod.Linear, Metric = AgencyMetric.AnswerSatisfactionRate, ZeroPointsAt = 50, FullPointsAt = 95,
            },
            new()
            {
                Code = "HAI-LONG-DICH-VU", Name = "Sự hài lòng với dịch vụ công (nhiệm vụ 4.11)", MaxPoints = 15,
                Method = ScoringMethod.Bands, Metric = AgencyMetric.ServiceSatisfactionRate,
                Bands = [new(0, 70, 0), new(70, 80, 4), new(80, 90, 8), new(90, 95, 12), new(95, null, 15)],
            },
            new()
            {
                Code = "CONG-KHAI", Name = "Công khai câu trả lời trên Cổng", MaxPoints = 10,
                Method = ScoringMethod.Linear, Metric = AgencyMetric.PublishedShare, ZeroPointsAt = 0, FullPointsAt = 80,
            },
            new()
            {
                Code = "TON-DONG", Name = "Hồ sơ tồn đọng quá hạn cuối kỳ", MaxPoints = 10,
                Method = ScoringMethod.Bands, Metric = AgencyMetric.OverdueShareAtPeriodEnd,
                Bands = [new(0, 5, 10), new(5, 10, 7), new(10, 20, 4), new(20, null, 0)],
            },
            new()
            {
                Code = "THANH-TRA", Name = "Hồ sơ phải chuyển Thanh tra thành phố rà soát", MaxPoints = 5,
                Method = ScoringMethod.Bands, Metric = AgencyMetric.EscalatedShare,
                Bands = [new(0, 2, 5), new(2, 5, 3), new(5, null, 0)],
            },
            new()
            {
                Code = "DAN-VAN-KHEO", Name = "Mô hình \"Dân vận khéo\" được công nhận", MaxPoints = 3,
                Method = ScoringMethod.Manual, EvidenceHint = "Quyết định hoặc văn bản công nhận mô hình",
            },
            new()
            {
                Code = "DOI-THOAI", Name = "Người đứng đầu tiếp dân, đối thoại với Nhân dân (nhiệm vụ 4.3)", MaxPoints = 2,
                Method = ScoringMethod.Manual, EvidenceHint = "Biên bản, thông báo kết quả các buổi đối thoại",
            },
        ],
        ClassThresholds =
        [
            new(ScoreClass.Excellent, 90),
            new(ScoreClass.Good, 75),
            new(ScoreClass.Fair, 60),
            new(ScoreClass.Average, 50),
        ],
    };
}
