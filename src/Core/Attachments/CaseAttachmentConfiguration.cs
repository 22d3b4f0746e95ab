using DanVan.Feedback.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Attachments;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ToTable("CaseAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.StoredName).HasMaxLength(CaseAttachment.StoredNameLength).IsFixedLength().IsUnicode(false);
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(AttachmentRules.DisplayNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(CaseAttachment.ContentTypeMaxLength).IsUnicode(false);
        builder.Property(a => a.Sha256).HasMaxLength(CaseAttachment.Sha256Length).IsFixedLength().IsUnicode(false);
        builder.HasOne<FeedbackCase>().WithMany(c => c.Attachments).HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
