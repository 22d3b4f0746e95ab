using DanVan.Feedback.Portal.Attachments;
using DanVan.Feedback.Portal.Safety;
using DanVan.Feedback.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
/// step and verified only on <see cref="FormStep.Send"/>: nothing is stored before it. Written once, in
/// <see cref="CheckAnswersPageModel{TInput}"/> (ADR 23).
/// </summary>
public interface ICheckAnswersPage
{
    FormStep Step { get; }
}

/// <summary>One answer as the filer sees it on the check step; <paramref name="Property"/> names its property of the form's input.</summary>
public sealed record AnswerRow(string Label, string? Value, string Property)
{
    public FormField Field => FormField.OfInput(Property);
}

public sealed record AnswerSection(string Heading, IReadOnlyList<AnswerRow> Rows);

/// <summary>
/// What <c>_CheckAnswers</c> shows: the answers by section and any warning the filer should read before sending.
/// With <see cref="Attachments"/> the files are chosen here, beside the CAPTCHA, and travel only with "Gửi": nothing
/// is written for a post that fails the CAPTCHA, and no file has to be kept between steps (a browser cannot be
/// given files back).
/// </summary>
public sealed record CheckAnswersView(IReadOnlyList<AnswerSection> Sections, IReadOnlyList<string> Warnings)
{
    public AttachmentsView? Attachments { get; init; }
}

public static class CheckAnswers
{
    /// <summary>The form fields carried from the form to the check step, and back to the form by "Sửa".</summary>
    public const string FieldPrefix = FormField.InputProperty + ".";

    /// <summary>
    /// True when every answer is fine and any error belongs to the check step itself (its CAPTCHA, its files): show the
    /// check step again, not the form. Also true when nothing failed.
    /// </summary>
    public static bool OnlyCheckStepFailed(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .All(e => e.Key is RequireCaptchaAttribute.FieldKey or AttachmentField.Name);
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
