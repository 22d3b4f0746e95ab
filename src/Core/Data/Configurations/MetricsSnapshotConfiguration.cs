using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

public sealed class MetricsSnapshotConfiguration : IEntityTypeConfiguration<MetricsSnapshot>
{
    public void Configure(EntityTypeBuilder<MetricsSnapshot> builder)
    {
        builder.Property(s => s.AgencyCode).HasMaxLength(Agency.CodeMaxLength);

        // One row per agency and period; a period is read whole.
        builder.HasIndex(s => new { s.PeriodFirst, s.PeriodLast, s.AgencyCode }).IsUnique();
    }
}
