namespace DanVan.Feedback.Core.Ratings;

/// <summary>
/// The three answers to each indicator of the one-stop evaluation form, with the points they score
/// (DOMAIN.md, task 4.11). Stored as the number, so a rating's points add up in SQL.
/// </summary>
public enum SatisfactionLevel
{
    /// <summary>Không hài lòng: 0 points.</summary>
    NotSatisfied = 0,

    /// <summary>Hài lòng: 1 point.</summary>
    Satisfied = 1,

    /// <summary>Rất hài lòng: 2 points.</summary>
    VerySatisfied = 2,
}
