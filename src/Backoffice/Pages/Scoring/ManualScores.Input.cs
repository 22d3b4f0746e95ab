using DanVan.Feedback.Core.Scoring;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Feedback.Backoffice.Pages.Scoring;

public sealed partial class ManualScoresModel
{
    /// <summary>The posted scores, each a score to set or, when its points and evidence are empty, null to remove it; a row that cannot be read gets an error instead.</summary>
    private List<(string Criterion, ManualScore? Score)> ReadScores()
    {
        var parsed = new List<(string Criterion, ManualScore? Score)>();
        for (var i = 0; i < Scores.Count; i++)
        {
            var input = Scores[i];
            if (ManualCriteria.All(c => c.Code != input.Criterion))
            {
                ModelState.AddModelError<ManualScoresModel>(m => m.Scores[i].Points, "Tiêu chí không phải tiêu chí chấm tay của bộ tiêu chí này.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.Points) && string.IsNullOrWhiteSpace(input.Evidence))
            {
                parsed.Add((input.Criterion!, null));
            }
            else if (ScoringText.Number(input.Points) is { } points)
            {
                parsed.Add((input.Criterion!, new ManualScore(points, input.Evidence ?? "", input.Note)));
            }
            else
            {
                ModelState.AddModelError<ManualScoresModel>(m => m.Scores[i].Points, $"Tiêu chí {input.Criterion}: số điểm phải là một số, ví dụ 2 hoặc 1,5.");
            }
        }

        return parsed;
    }

    public sealed class ScoreInput
    {
        public string? Criterion { get; set; }

        public string? Points { get; set; }

        public string? Evidence { get; set; }

        public string? Note { get; set; }
    }
}
