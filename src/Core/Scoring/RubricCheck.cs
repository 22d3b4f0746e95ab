using System.Globalization;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>The checks a rubric must pass before it scores anyone: a wrong rubric is refused, never run to a silent zero.</summary>
internal static class RubricCheck
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<string> Problems(Rubric rubric)
    {
        var problems = new List<string>();
        if (rubric.Criteria.Count == 0)
        {
            problems.Add("Bộ tiêu chí chưa có tiêu chí nào.");
        }

        var sum = rubric.Criteria.Sum(c => c.MaxPoints);
        if (rubric.Criteria.Count > 0 && sum != rubric.TotalPoints)
        {
            problems.Add($"Tổng điểm tối đa của các tiêu chí là {Format(sum)}, khác tổng điểm của bộ tiêu chí ({Format(rubric.TotalPoints)}).");
        }

        foreach (var duplicate in rubric.Criteria.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Mã tiêu chí \"{duplicate.Key}\" bị trùng.");
        }

        foreach (var criterion in rubric.Criteria)
        {
            problems.AddRange(CriterionProblems(criterion).Select(p => $"Tiêu chí {criterion.Code} ({criterion.Name}): {p}"));
        }

        problems.AddRange(ClassProblems(rubric));
        return problems;
    }

    private static IEnumerable<string> CriterionProblems(RubricCriterion criterion)
    {
        if (criterion.MaxPoints <= 0)
        {
            yield return "điểm tối đa phải lớn hơn 0.";
        }

        if (criterion.Method == ScoringMethod.Manual)
        {
            yield break;
        }

        if (criterion.Metric is not { } metric)
        {
            yield return "chưa chọn chỉ số để tính điểm.";
            yield break;
        }

        var info = AgencyMetricInfo.For(metric);
        if (criterion.Method == ScoringMethod.Linear)
        {
            if (criterion.ZeroPointsAt is not { } zero || criterion.FullPointsAt is not { } full)
            {
                yield return "cần cả mức 0 điểm và mức đạt điểm tối đa.";
            }
            else if (zero == full)
            {
                yield return "mức 0 điểm và mức đạt điểm tối đa phải khác nhau.";
            }

            yield break;
        }

        foreach (var problem in BandProblems(criterion, info))
        {
            yield return problem;
        }
    }

    // The bands must cover the metric's whole range exactly once: sorted by their start, each begins where the one
    // before ends, the first at the metric's minimum and the last open-ended, so every value earns exactly one band.
    private static IEnumerable<string> BandProblems(RubricCriterion criterion, AgencyMetricInfo info)
    {
        var bands = criterion.Bands.OrderBy(b => b.From).ToList();
        if (bands.Count == 0)
        {
            yield return "chưa có khung điểm nào.";
            yield break;
        }

        if (bands[0].From != info.Minimum)
        {
            yield return $"khung điểm đầu tiên phải bắt đầu từ {Format(info.Minimum)} {info.Unit}; các giá trị dưới {Format(bands[0].From)} chưa có điểm.";
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.To is { } to && to <= band.From)
            {
                yield return $"khung từ {Format(band.From)} đến {Format(to)} không hợp lệ (mức trên phải lớn hơn mức dưới).";
            }

            if (band.Points < 0 || band.Points > criterion.MaxPoints)
            {
                yield return $"khung từ {Format(band.From)} cho {Format(band.Points)} điểm, ngoài khoảng 0–{Format(criterion.MaxPoints)}.";
            }

            if (i + 1 < bands.Count)
            {
                var next = bands[i + 1];
                if (band.To is null || band.To > next.From)
                {
                    yield return $"khung từ {Format(band.From)} chồng lên khung từ {Format(next.From)}.";
                }
                else if (band.To < next.From)
                {
                    yield return $"các giá trị từ {Format(band.To.Value)} đến dưới {Format(next.From)} không thuộc khung nào.";
                }
            }
        }

        if (bands[^1].To is { } last)
        {
            yield return $"các giá trị từ {Format(last)} {info.Unit} trở lên không thuộc khung nào; hãy để trống mức trên của khung cuối.";
        }
    }

    private static IEnumerable<string> ClassProblems(Rubric rubric)
    {
        foreach (var duplicate in rubric.ClassThresholds.GroupBy(t => t.Class).Where(g => g.Count() > 1))
        {
            yield return $"Xếp loại {ScoreClassNames.Vietnamese(duplicate.Key)} được khai báo nhiều lần.";
        }

        // Better classes need strictly higher totals, so no total falls in two classes.
        var ordered = rubric.ClassThresholds.OrderBy(t => t.Class).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (ordered[i].MinimumTotal <= ordered[i + 1].MinimumTotal)
            {
                yield return $"Ngưỡng xếp loại {ScoreClassNames.Vietnamese(ordered[i].Class)} ({Format(ordered[i].MinimumTotal)}) phải cao hơn ngưỡng {ScoreClassNames.Vietnamese(ordered[i + 1].Class)} ({Format(ordered[i + 1].MinimumTotal)}).";
            }
        }

        foreach (var threshold in rubric.ClassThresholds.Where(t => t.MinimumTotal < 0 || t.MinimumTotal > rubric.TotalPoints))
        {
            yield return $"Ngưỡng xếp loại {ScoreClassNames.Vietnamese(threshold.Class)} ({Format(threshold.MinimumTotal)}) nằm ngoài khoảng 0–{Format(rubric.TotalPoints)} điểm.";
        }
    }

    private static string Format(decimal value) => value.ToString("0.##", Vietnamese);
}

public static class ScoreClassNames
{
    public static string Vietnamese(ScoreClass scoreClass) => scoreClass switch
    {
        ScoreClass.Excellent => "Xuất sắc",
        ScoreClass.Good => "Tốt",
        ScoreClass.Fair => "Khá",
        ScoreClass.Average => "Trung bình",
        ScoreClass.Weak => "Yếu",
        _ => scoreClass.ToString(),
    };
}
