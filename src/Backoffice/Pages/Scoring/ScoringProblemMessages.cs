using System.Globalization;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Scoring;
using DanVan.Feedback.Web.Localization;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>
/// Says Core's scoring problems (<see cref="ScoringProblem"/>) to the assessor, in the Backoffice's language (ADR 24):
/// points as the scoring pages write them (12,5), a metric by its unit, a class by its name.
/// </summary>
public sealed class ScoringProblemMessages(IStringLocalizer<ScoringProblemText> text)
{
    public IReadOnlyList<string> For(IEnumerable<ScoringProblem> problems) => [.. problems.Select(For)];

    public string For(ScoringProblem problem) => text.Say(problem, Say);

    private object Say(object argument) => argument switch
    {
        decimal number => number.ToString("0.##", CultureInfo.CurrentCulture),
        AgencyMetric metric => text.Word("ScoringRule.Unit.", metric),
        ScoreClass scoreClass => text.Word("ScoringRule.Class.", scoreClass),
        MetricsPeriod period => period.Label,
        _ => argument,
    };
}
