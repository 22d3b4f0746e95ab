namespace DanVan.Feedback.Core.Attachments;

/// <summary>The kinds of file a filer may attach, told apart by their content (<see cref="AttachmentInspector"/>).</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    Pdf,
    Docx,
    Xlsx,
}

/// <summary>What each kind is served as, and the limits every intake form shares (issue 3, Safety).</summary>
public static class AttachmentRules
{
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The original name is kept only as text to show; longer names are cut, keeping the extension.</summary>
    public const int DisplayNameMaxLength = 120;

    /// <summary>The most a form with attachments may send: every file at its limit and room for the rest of the form.</summary>
    public const long MaxRequestBytes = (MaxFiles * MaxFileBytes) + (1024 * 1024);

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Png => ".png",
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Docx => ".docx",
        AttachmentKind.Xlsx => ".xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The name a download is saved under: the filer's name, with the extension of what the file really is added
    /// when the name claims something else ("anh.exe" holding a PDF is saved as "anh.exe.pdf").
    /// </summary>
    public static string DownloadName(string displayName, AttachmentKind kind)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var extension = Extension(kind);
        var matches = displayName.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
            || (kind == AttachmentKind.Jpeg && displayName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase));
        return matches ? displayName : displayName + extension;
    }
}
