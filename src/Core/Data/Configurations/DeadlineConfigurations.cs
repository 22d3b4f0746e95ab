using DanVan.Feedback.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

internal sealed class DeadlinePolicyConfiguration : IEntityTypeConfiguration<DeadlinePolicy>
{
    public void Configure(EntityTypeBuilder<DeadlinePolicy> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(DeadlinePolicy.CodeMaxLength).IsUnicode(false);
        builder.Property(p => p.LegalSource).HasMaxLength(500);
        builder.HasIndex(p => new { p.Kind, p.Stage }).IsUnique();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Reason).HasMaxLength(300);
    }
}
