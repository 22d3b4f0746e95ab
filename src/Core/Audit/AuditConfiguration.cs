using DanVan.Feedback.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.ActorName).HasMaxLength(256);
        builder.Property(a => a.ActorAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(a => a.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
        builder.Property(a => a.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.Property(a => a.IpAddress).HasMaxLength(64).IsUnicode(false);

        // The log is read newest first, by subject (a case's code) or by person.
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.Subject, a.OccurredAt });
        builder.HasIndex(a => new { a.ActorUserId, a.OccurredAt });
    }
}
