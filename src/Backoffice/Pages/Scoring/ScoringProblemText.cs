namespace DanVan.Feedback.Backoffice.Pages.Scoring;

/// <summary>Marks what stops a rubric, a manual score or a run, one text per Core's <c>ScoringRule</c> (Resources/Pages/Scoring/ScoringProblemText.resx; .en.resx for English).</summary>
public sealed class ScoringProblemText;
