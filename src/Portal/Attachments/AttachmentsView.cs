namespace DanVan.Feedback.Portal.Attachments;

/// <summary>
/// The file field drawn by <c>_Attachments</c>: how many files the last post carried (a re-shown form asks for them
/// again), and the form's own label and note when the shared ones do not say enough.
/// </summary>
public sealed record AttachmentsView(int PostedFileCount)
{
    /// <summary>The label instead of the shared "Tệp đính kèm (nếu có)".</summary>
    public string? Label { get; init; }

    /// <summary>A paragraph read after the shared hint (accepted types and limits), e.g. who will see the files.</summary>
    public string? Note { get; init; }
}
