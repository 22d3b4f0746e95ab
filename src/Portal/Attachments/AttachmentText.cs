namespace DanVan.Feedback.Portal.Attachments;

/// <summary>Marks the text of the attachments field every intake form shares (Resources/Attachments/AttachmentText.resx).</summary>
public sealed class AttachmentText;
