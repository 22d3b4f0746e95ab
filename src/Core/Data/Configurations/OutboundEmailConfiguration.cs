using DanVan.Feedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MessageId).HasMaxLength(200).IsUnicode(false);
        builder.HasIndex(e => e.MessageId).IsUnique();
        builder.Property(e => e.Template).HasMaxLength(64);
        builder.Property(e => e.To).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.LastError).HasMaxLength(1000);
        builder.Ignore(e => e.NeedsAttention);
        builder.HasOne(e => e.Case).WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);

        // The sweep reads unsent mail in the order it was written.
        builder.HasIndex(e => new { e.SentAt, e.NextAttemptAt });
    }
}
