namespace DanVan.Feedback.Core.Attachments;

/// <summary>
/// A file a filer attached to a case. The file itself lives in the attachment folder under <see cref="StoredName"/>,
/// a random name that says nothing of the case or the filer; the filer's own name for it is display text only.
/// </summary>
public sealed class CaseAttachment
{
    public const int StoredNameLength = 32;
    public const int ContentTypeMaxLength = 100;
    public const int Sha256Length = 64;

    private CaseAttachment()
    {
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    /// <summary>32 lower-case hex digits from a cryptographic generator: the file's name on disk.</summary>
    public string StoredName { get; private set; } = "";

    /// <summary>The filer's name for the file, cleaned (<see cref="AttachmentInspector.DisplayName"/>); shown, never used as a path.</summary>
    public string DisplayName { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    /// <summary>What the content was recognised as, sent back with every download.</summary>
    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    /// <summary>The stored bytes' SHA-256, so staff can show that evidence has not changed since it was received.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset AddedAt { get; private set; }

    public static CaseAttachment Create(StoredAttachment stored, DateTimeOffset addedAt)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new CaseAttachment
        {
            StoredName = stored.StoredName,
            DisplayName = stored.DisplayName,
            Kind = stored.Kind,
            ContentType = AttachmentRules.ContentType(stored.Kind),
            Length = stored.Length,
            Sha256 = stored.Sha256,
            AddedAt = addedAt,
        };
    }
}
