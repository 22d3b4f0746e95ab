using Microsoft.AspNetCore.Mvc.ModelBinding;
using DanVan.Feedback.Portal.Safety;

namespace DanVan.Feedback.Portal;

/// <summary>
/// Where a form with a "check your answers" step is: filling it in, checking the answers read-only, or sending.
/// The step comes from the button pressed (<c>name="Step"</c>); a post without one checks, so Enter in a field
/// never files a case.
/// </summary>
public enum FormStep
{
    Check,
    Send,
    Edit,
}

/// <summary>
/// A page whose form posts first to a read-only check of the answers (the fields travel on as hidden inputs)
/// and is stored only when the filer presses "Gửi" there. Works without JavaScript. The CAPTCHA is on the check
/// step and verified only on <see cref="FormStep.Send"/>: nothing is stored before it.
/// </summary>
public interface ICheckAnswersPage
{
    FormStep Step { get; }
}

/// <summary>One answer as the filer sees it on the check step; <paramref name="Field"/> is the id of its control on the form.</summary>
public sealed record AnswerRow(string Label, string? Value, string Field);

public sealed record AnswerSection(string Heading, IReadOnlyList<AnswerRow> Rows);

/// <summary>What <c>_CheckAnswers</c> shows: the answers by section and any warning the filer should read before sending.</summary>
public sealed record CheckAnswersView(IReadOnlyList<AnswerSection> Sections, IReadOnlyList<string> Warnings);

public static class CheckAnswers
{
    /// <summary>The form fields carried from the form to the check step, and back to the form by "Sửa".</summary>
    public const string FieldPrefix = "Input.";

    /// <summary>True when the answers are fine and only the CAPTCHA of the check step failed: show the check step again, not the form.</summary>
    public static bool OnlyCaptchaFailed(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var failed = modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        return failed is [RequireCaptchaAttribute.FieldKey];
    }

    /// <summary>The posted answers to carry as hidden inputs, in the order they were posted.</summary>
    public static IEnumerable<KeyValuePair<string, string>> CarriedFields(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith(FieldPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var value in values)
            {
                yield return new(key, value ?? "");
            }
        }
    }
}
