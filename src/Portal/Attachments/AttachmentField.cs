using DanVan.Feedback.Core.Attachments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DanVan.Feedback.Portal.Attachments;

/// <summary>
/// The attachments of an intake form: <c>&lt;partial name="_Attachments" /&gt;</c> inside a
/// <c>multipart/form-data</c> form, the request limits of <see cref="AttachmentRules"/> on the page model, and
/// <see cref="ReadAsync"/> in its handler. Every file is checked by its content; each refused file gets a
/// message under <see cref="Name"/> naming it. A browser cannot be given files back, so a re-shown form asks
/// for them again (<c>_Attachments</c>).
/// </summary>
public static class AttachmentField
{
    /// <summary>The input's name and id, and the key of its errors.</summary>
    public const string Name = "Attachments";

    private const int Megabyte = 1024 * 1024;

    /// <summary>How many files the request carried, so a re-shown form can ask for them again.</summary>
    public static int CountPosted(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType ? request.Form.Files.GetFiles(Name).Count : 0;
    }

    /// <summary>The files ready to store, or none with errors in <paramref name="modelState"/>.</summary>
    public static async Task<IReadOnlyList<PreparedAttachment>> ReadAsync(
        HttpRequest request, ModelStateDictionary modelState, IStringLocalizer<AttachmentText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        if (!request.HasFormContentType)
        {
            return [];
        }

        var files = request.Form.Files.GetFiles(Name);
        if (files.Count > AttachmentRules.MaxFiles)
        {
            modelState.AddModelError(Name, text["Attachments.TooMany", AttachmentRules.MaxFiles]);
            return [];
        }

        var prepared = new List<PreparedAttachment>(files.Count);
        foreach (var file in files)
        {
            // The size is known before a byte is read: a file over the limit is never loaded.
            var problem = AttachmentInspector.CheckLength(file.Length);
            if (problem == AttachmentProblem.None)
            {
                var content = new byte[file.Length];
                await using (var stream = file.OpenReadStream())
                {
                    await stream.ReadExactlyAsync(content, cancellationToken);
                }

                var inspection = AttachmentInspector.Inspect(file.FileName, content);
                problem = inspection.Problem;
                if (inspection.Attachment is { } accepted)
                {
                    prepared.Add(accepted);
                    continue;
                }
            }

            var shownName = AttachmentInspector.CleanName(file.FileName);
            modelState.AddModelError(Name, problem switch
            {
                AttachmentProblem.Empty => text["Attachments.Empty", shownName],
                AttachmentProblem.TooLarge => text["Attachments.TooLarge", shownName, AttachmentRules.MaxFileBytes / Megabyte],
                _ => text["Attachments.NotAccepted", shownName],
            });
        }

        return modelState.ContainsKey(Name) && modelState[Name]!.Errors.Count > 0 ? [] : prepared;
    }

    /// <summary>The <c>accept</c> list that helps a browser's file picker; the server never trusts it.</summary>
    public const string Accept = ".jpg,.jpeg,.png,.pdf,.docx,.xlsx,image/jpeg,image/png,application/pdf,"
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static long MaxFileMegabytes => AttachmentRules.MaxFileBytes / Megabyte;
}
