using System.Globalization;
using DanVan.Feedback.Core.Attachments;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Portal.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal;

/// <summary>
/// An intake form with a "check your answers" step (ADR 23), written once: "Sửa" goes back to the form with nothing
/// lost; a post with errors in the answers shows the form again, one with errors only in the check step's own fields
/// (CAPTCHA, files) shows the check step again; a post that passes shows the check step; only "Gửi" reads the files and
/// files the case. A journey supplies its checks across fields, its case, its confirmation and its answers as read back.
/// </summary>
[RequestSizeLimit(AttachmentRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxRequestBytes)]
public abstract class CheckAnswersPageModel<TInput>(
    CaseService cases,
    ReferenceDataCache referenceData,
    IStringLocalizer text,
    string textArea,
    IStringLocalizer<AttachmentText> attachmentText)
    : IntakePageModel<TInput>(cases, referenceData, text, textArea), ICheckAnswersPage
    where TInput : class, IIntakeInput, new()
{
    [BindProperty]
    public FormStep Step { get; set; }

    /// <summary>True when the answers are shown read-only for the filer to check before sending.</summary>
    public bool Checking { get; private set; }

    /// <summary>How many files the last "Gửi" carried: a re-shown check step asks for them again.</summary>
    public int PostedFileCount { get; private set; }

    /// <summary>The confirmation's kind (<see cref="Pages.Feedback.SentModel"/>), which titles it.</summary>
    protected abstract string SentKind { get; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Step == FormStep.Edit)
        {
            // "Sửa" on the check step: back to the form with everything typed, no errors shown yet.
            ModelState.Clear();
            return Page();
        }

        CheckSharedAnswers();
        CheckAcrossFields();
        var attachments = await ReadFilesAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        if (Step != FormStep.Send)
        {
            Checking = true;
            return Page();
        }

        return await FileAsync(ToIntake() with { Attachments = attachments }, SentKind, cancellationToken);
    }

    /// <summary>The answers read back on the check step, by section, with any warning and the note on files.</summary>
    public abstract CheckAnswersView CheckView();

    /// <summary>The journey's own rules across fields, run with <see cref="IntakePageModel{TInput}.CheckSharedAnswers"/> on every post.</summary>
    protected abstract void CheckAcrossFields();

    /// <summary>The case the answers describe; the flow adds the files and the form's key.</summary>
    protected abstract CaseIntake ToIntake();

    protected override PageResult Invalid()
    {
        Checking = CheckAnswers.OnlyCheckStepFailed(ModelState);
        return base.Invalid();
    }

    /// <summary>The chosen topic as the check step reads it back, in the reader's language.</summary>
    protected string? TopicName() =>
        Input.TopicCode is null || Directory.FindTopic(Input.TopicCode) is not { } topic ? null
        : PortalLocalization.IsEnglish(CultureInfo.CurrentUICulture) ? topic.NameEn : topic.Name;

    /// <summary>The chosen commune as the check step reads it back: its Vietnamese name in either language.</summary>
    protected string? LocalityName() => Input.LocalityCode is null ? null : Directory.FindLocality(Input.LocalityCode)?.Name;

    /// <summary>
    /// The files chosen on the check step (<see cref="CheckAnswersView.Attachments"/>), read only with "Gửi" and once the
    /// answers stand, so a refused file (an error under <see cref="AttachmentField.Name"/>) re-shows the check step, where
    /// the file field is. None on any other post.
    /// </summary>
    private async Task<IReadOnlyList<PreparedAttachment>> ReadFilesAsync(CancellationToken cancellationToken)
    {
        if (Step != FormStep.Send || !CheckAnswers.OnlyCheckStepFailed(ModelState))
        {
            return [];
        }

        PostedFileCount = AttachmentField.CountPosted(Request);
        return await AttachmentField.ReadAsync(Request, ModelState, attachmentText, cancellationToken);
    }
}
