namespace DanVan.Feedback.Core.Scoring;

/// <summary>The checks a rubric must pass before it scores anyone: a wrong rubric is refused, never run to a silent zero.</summary>
internal static class RubricCheck
{
    public static IReadOnlyList<ScoringProblem> Problems(Rubric rubric)
    {
        var problems = new List<ScoringProblem>();
        if (rubric.Criteria.Count == 0)
        {
            problems.Add(new(ScoringRule.NoCriteria, []));
        }

        var sum = rubric.Criteria.Sum(c => c.MaxPoints);
        if (rubric.Criteria.Count > 0 && sum != rubric.TotalPoints)
        {
            problems.Add(new(ScoringRule.TotalMismatch, [sum, rubric.TotalPoints]));
        }

        foreach (var duplicate in rubric.Criteria.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(ScoringRule.DuplicateCriterionCode, [duplicate.Key]));
        }

        foreach (var criterion in rubric.Criteria)
        {
            problems.AddRange(CriterionProblems(criterion).Select(p => new ScoringProblem(p.Rule, [criterion.Code, criterion.Name, .. p.Arguments])));
        }

        problems.AddRange(ClassProblems(rubric));
        return problems;
    }

    // A criterion's problems without the criterion: Problems puts its code and name first.
    private static IEnumerable<ScoringProblem> CriterionProblems(RubricCriterion criterion)
    {
        if (criterion.MaxPoints <= 0)
        {
            yield return new(ScoringRule.MaxPointsNotPositive, []);
        }

        if (criterion.Method == ScoringMethod.Manual)
        {
            yield break;
        }

        if (criterion.Metric is not { } metric)
        {
            yield return new(ScoringRule.NoMetric, []);
            yield break;
        }

        if (criterion.Method == ScoringMethod.Linear)
        {
            if (criterion.ZeroPointsAt is not { } zero || criterion.FullPointsAt is not { } full)
            {
                yield return new(ScoringRule.LinearNeedsBothLevels, []);
            }
            else if (zero == full)
            {
                yield return new(ScoringRule.LinearLevelsEqual, []);
            }

            yield break;
        }

        foreach (var problem in BandProblems(criterion, metric))
        {
            yield return problem;
        }
    }

    // The bands must cover the metric's whole range exactly once: sorted by their start, each begins where the one
    // before ends, the first at the metric's minimum and the last open-ended, so every value earns exactly one band.
    private static IEnumerable<ScoringProblem> BandProblems(RubricCriterion criterion, AgencyMetric metric)
    {
        var bands = criterion.Bands.OrderBy(b => b.From).ToList();
        if (bands.Count == 0)
        {
            yield return new(ScoringRule.NoBands, []);
            yield break;
        }

        var minimum = AgencyMetricInfo.For(metric).Minimum;
        if (bands[0].From != minimum)
        {
            yield return new(ScoringRule.FirstBandAboveMinimum, [minimum, metric, bands[0].From]);
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.To is { } to && to <= band.From)
            {
                yield return new(ScoringRule.BandEndNotAboveStart, [band.From, to]);
            }

            if (band.Points < 0 || band.Points > criterion.MaxPoints)
            {
                yield return new(ScoringRule.BandPointsOutOfRange, [band.From, band.Points, criterion.MaxPoints]);
            }

            if (i + 1 < bands.Count)
            {
                var next = bands[i + 1];
                if (band.To is null || band.To > next.From)
                {
                    yield return new(ScoringRule.BandsOverlap, [band.From, next.From]);
                }
                else if (band.To < next.From)
                {
                    yield return new(ScoringRule.BandsLeaveAGap, [band.To.Value, next.From]);
                }
            }
        }

        if (bands[^1].To is { } last)
        {
            yield return new(ScoringRule.LastBandClosed, [last, metric]);
        }
    }

    private static IEnumerable<ScoringProblem> ClassProblems(Rubric rubric)
    {
        foreach (var duplicate in rubric.ClassThresholds.GroupBy(t => t.Class).Where(g => g.Count() > 1))
        {
            yield return new(ScoringRule.ClassDeclaredTwice, [duplicate.Key]);
        }

        // Better classes need strictly higher totals, so no total falls in two classes.
        var ordered = rubric.ClassThresholds.OrderBy(t => t.Class).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (ordered[i].MinimumTotal <= ordered[i + 1].MinimumTotal)
            {
                yield return new(ScoringRule.ClassThresholdsOutOfOrder, [ordered[i].Class, ordered[i].MinimumTotal, ordered[i + 1].Class, ordered[i + 1].MinimumTotal]);
            }
        }

        foreach (var threshold in rubric.ClassThresholds.Where(t => t.MinimumTotal < 0 || t.MinimumTotal > rubric.TotalPoints))
        {
            yield return new(ScoringRule.ClassThresholdOutOfRange, [threshold.Class, threshold.MinimumTotal, rubric.TotalPoints]);
        }
    }
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
