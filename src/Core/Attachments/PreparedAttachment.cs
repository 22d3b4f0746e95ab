namespace DanVan.Feedback.Core.Attachments;

/// <summary>
/// A file that passed inspection: its kind as its content says, its content as it will be stored (an image
/// without its location metadata), and the filer's name for it, cleaned to be shown as text.
/// </summary>
public sealed record PreparedAttachment(string DisplayName, AttachmentKind Kind, ReadOnlyMemory<byte> Content)
{
    public long Length => Content.Length;
}
