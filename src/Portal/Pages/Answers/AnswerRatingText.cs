namespace DanVan.Feedback.Portal.Pages.Answers;

/// <summary>Marks the answer-rating page's text (Resources/Pages/Answers/AnswerRatingText.resx).</summary>
public sealed class AnswerRatingText;
