using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// The rubric form, bound as text so a badly typed number gets a message in Vietnamese rather than a binder's error.
/// Empty band rows are spare rows and ignored; a criterion ticked "Xóa" is dropped.
/// </summary>
public sealed class RubricInput
{
    public const int BandRows = 6;
    public const int MaxBands = 20;

    public static IReadOnlyList<ScoreClass> ThresholdClasses { get; } = [ScoreClass.Excellent, ScoreClass.Good, ScoreClass.Fair, ScoreClass.Average];

    /// <summary>Said when saving a rubric with too many criteria, and when adding one more to a full rubric.</summary>
    public static string TooManyCriteria { get; } = $"Một bộ tiêu chí có tối đa {RubricLimits.MaxCriteria} tiêu chí.";

    public string? Name { get; set; }

    public string? TotalPoints { get; set; }

    public bool IsExample { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    /// <summary>The lowest total for Xuất sắc, Tốt, Khá and Trung bình, in that order; below them all is Yếu.</summary>
    public List<string?> Thresholds { get; set; } = [];

    public static RubricInput From(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        return new RubricInput
        {
            Name = rubric.Name,
            TotalPoints = ScoringText.Format(rubric.TotalPoints),
            IsExample = rubric.IsExample,
            Criteria = [.. rubric.Criteria.Select(CriterionInput.From)],
            Thresholds = [.. ThresholdClasses.Select(c => ScoringText.Format(rubric.ClassThresholds.FirstOrDefault(t => t.Class == c)?.MinimumTotal))],
        };
    }

    /// <summary>The rubric the form describes, or null with the reasons in <paramref name="modelState"/>.</summary>
    public Rubric? ToRubric(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > StoredRubric.NameMaxLength)
        {
            modelState.AddModelError(FormField.OfInput(nameof(Name)), $"Vui lòng nhập tên bộ tiêu chí (tối đa {StoredRubric.NameMaxLength} ký tự).");
        }

        var total = ScoringText.Number(TotalPoints);
        if (total is null)
        {
            modelState.AddModelError(FormField.OfInput(nameof(TotalPoints)), "Tổng điểm phải là một số, ví dụ 100.");
        }

        var kept = Criteria.Select((c, i) => (Input: c, Index: i)).Where(c => !c.Input.Remove).ToList();
        if (kept.Count > RubricLimits.MaxCriteria)
        {
            modelState.AddModelError(FormField.OfInput(nameof(Criteria)), TooManyCriteria);
        }

        var criteria = kept.Select(c => c.Input.ToCriterion($"{FormField.OfInput(nameof(Criteria))}[{c.Index}]", c.Index + 1, modelState)).ToList();
        var thresholds = new List<ClassThreshold>();
        for (var i = 0; i < ThresholdClasses.Count; i++)
        {
            var text = i < Thresholds.Count ? Thresholds[i] : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ScoringText.Number(text) is { } minimum)
            {
                thresholds.Add(new ClassThreshold(ThresholdClasses[i], minimum));
            }
            else
            {
                modelState.AddModelError($"{FormField.OfInput(nameof(Thresholds))}[{i}]", $"Ngưỡng xếp loại {ScoringText.Class(ThresholdClasses[i])} phải là một số, ví dụ 90.");
            }
        }

        return modelState.IsValid
            ? new Rubric { Name = name!, TotalPoints = total!.Value, IsExample = IsExample, Criteria = [.. criteria.OfType<RubricCriterion>()], ClassThresholds = thresholds }
            : null;
    }
}

public sealed class CriterionInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? MaxPoints { get; set; }

    public string? Method { get; set; }

    public string? Metric { get; set; }

    public string? ZeroPointsAt { get; set; }

    public string? FullPointsAt { get; set; }

    public string? EvidenceHint { get; set; }

    public bool Remove { get; set; }

    public List<BandInput> Bands { get; set; } = [];

    public static CriterionInput From(RubricCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return new CriterionInput
        {
            Code = criterion.Code,
            Name = criterion.Name,
            MaxPoints = ScoringText.Format(criterion.MaxPoints),
            Method = criterion.Method.ToString(),
            Metric = criterion.Metric?.ToString(),
            ZeroPointsAt = ScoringText.Format(criterion.ZeroPointsAt),
            FullPointsAt = ScoringText.Format(criterion.FullPointsAt),
            EvidenceHint = criterion.EvidenceHint,
            Bands = [.. criterion.Bands.OrderBy(b => b.From).Select(b => new BandInput { From = ScoringText.Format(b.From), To = ScoringText.Format(b.To), Points = ScoringText.Format(b.Points) })],
        };
    }

    /// <summary>A blank criterion for "Thêm tiêu chí".</summary>
    public static CriterionInput Blank() => new() { Method = nameof(ScoringMethod.Bands) };

    public RubricCriterion? ToCriterion(string key, int number, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var label = $"Tiêu chí thứ {number}";
        var code = Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length is 0 or > RubricLimits.CodeMaxLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            modelState.AddModelError($"{key}.{nameof(Code)}", $"{label}: mã chỉ gồm chữ không dấu, chữ số và dấu gạch ngang, tối đa {RubricLimits.CodeMaxLength} ký tự (ví dụ DUNG-HAN).");
        }

        var name = Name?.Trim() ?? "";
        if (name.Length is 0 or > RubricLimits.NameMaxLength)
        {
            modelState.AddModelError($"{key}.{nameof(Name)}", $"{label}: vui lòng nhập tên tiêu chí (tối đa {RubricLimits.NameMaxLength} ký tự).");
        }

        var max = Required(MaxPoints, $"{key}.{nameof(MaxPoints)}", $"{label}: điểm tối đa phải là một số, ví dụ 10 hoặc 2,5.", modelState);
        if (!Enum.TryParse<ScoringMethod>(Method, ignoreCase: false, out var method) || !Enum.IsDefined(method))
        {
            modelState.AddModelError($"{key}.{nameof(Method)}", $"{label}: cách tính điểm không có trong danh sách.");
        }

        AgencyMetric? metric = null;
        if (!string.IsNullOrEmpty(Metric) && method != ScoringMethod.Manual)
        {
            if (Enum.TryParse<AgencyMetric>(Metric, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                metric = parsed;
            }
            else
            {
                modelState.AddModelError($"{key}.{nameof(Metric)}", $"{label}: chỉ số không có trong danh sách.");
            }
        }

        var hint = string.IsNullOrWhiteSpace(EvidenceHint) ? null : EvidenceHint.Trim();
        if (hint?.Length > RubricLimits.EvidenceHintMaxLength)
        {
            modelState.AddModelError($"{key}.{nameof(EvidenceHint)}", $"{label}: gợi ý minh chứng dài tối đa {RubricLimits.EvidenceHintMaxLength} ký tự.");
        }

        decimal? zero = null, full = null;
        var bands = new List<ScoreBand>();
        if (method == ScoringMethod.Linear)
        {
            zero = Optional(ZeroPointsAt, $"{key}.{nameof(ZeroPointsAt)}", $"{label}: mức 0 điểm phải là một số.", modelState);
            full = Optional(FullPointsAt, $"{key}.{nameof(FullPointsAt)}", $"{label}: mức đạt điểm tối đa phải là một số.", modelState);
        }
        else if (method == ScoringMethod.Bands)
        {
            bands = Bands.Select((b, i) => b.ToBand($"{key}.{nameof(Bands)}[{i}]", $"{label}, khung {i + 1}", modelState)).OfType<ScoreBand>().ToList();
            if (bands.Count > RubricInput.MaxBands)
            {
                modelState.AddModelError($"{key}.{nameof(Bands)}", $"{label}: tối đa {RubricInput.MaxBands} khung điểm.");
            }
        }

        return modelState.IsValid
            ? new RubricCriterion
            {
                Code = code, Name = name, MaxPoints = max!.Value, Method = method, Metric = metric,
                Bands = bands, ZeroPointsAt = zero, FullPointsAt = full, EvidenceHint = hint,
            }
            : null;
    }

    internal static decimal? Required(string? text, string key, string message, ModelStateDictionary modelState)
    {
        var value = ScoringText.Number(text);
        if (value is null)
        {
            modelState.AddModelError(key, message);
        }

        return value;
    }

    internal static decimal? Optional(string? text, string key, string message, ModelStateDictionary modelState) =>
        string.IsNullOrWhiteSpace(text) ? null : Required(text, key, message, modelState);
}

public sealed class BandInput
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Points { get; set; }

    /// <summary>The band, or null for a spare row left empty or a row with errors (added to <paramref name="modelState"/>).</summary>
    public ScoreBand? ToBand(string key, string label, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Points))
        {
            return null;
        }

        var from = CriterionInput.Required(From, $"{key}.{nameof(From)}", $"{label}: mức dưới phải là một số.", modelState);
        var to = CriterionInput.Optional(To, $"{key}.{nameof(To)}", $"{label}: mức trên phải là một số, hoặc để trống nếu không có mức trên.", modelState);
        var points = CriterionInput.Required(Points, $"{key}.{nameof(Points)}", $"{label}: số điểm phải là một số.", modelState);
        return from is { } f && points is { } p && (to is not null || string.IsNullOrWhiteSpace(To)) ? new ScoreBand(f, to, p) : null;
    }
}
