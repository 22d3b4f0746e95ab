using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
        builder.Property(a => a.LocalityCode).HasMaxLength(Locality.CodeLength);
        builder.HasOne<Locality>().WithMany().HasForeignKey(a => a.LocalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LocalityConfiguration : IEntityTypeConfiguration<Locality>
{
    public void Configure(EntityTypeBuilder<Locality> builder)
    {
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(Locality.CodeLength).IsUnicode(false);
        builder.Property(l => l.Name).HasMaxLength(100);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(Topic.CodeMaxLength).IsUnicode(false);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.Property(t => t.Hint).HasMaxLength(500);
        builder.Property(t => t.OwnerAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.OwnerAgencyCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(RoutingRule.CodeMaxLength).IsUnicode(false);
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.Task).HasMaxLength(16);
        builder.Property(r => r.TopicCode).HasMaxLength(Topic.CodeMaxLength);
        builder.Property(r => r.LeadAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(r => r.CoordinatingAgencyCodes).HasMaxLength(200);
        builder.Property(r => r.OverseerAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Ignore(r => r.CoordinatingAgencies);
    }
}

internal sealed class IndustrialParkConfiguration : IEntityTypeConfiguration<Businesses.IndustrialPark>
{
    public void Configure(EntityTypeBuilder<Businesses.IndustrialPark> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(Businesses.IndustrialPark.CodeMaxLength).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(Businesses.IndustrialPark.NameMaxLength);
        builder.Property(p => p.LocalityCode).HasMaxLength(Locality.CodeLength);
        builder.HasOne<Locality>().WithMany().HasForeignKey(p => p.LocalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(StaffUser.FullNameMaxLength);
        builder.Property(u => u.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyCode).OnDelete(DeleteBehavior.Restrict);
    }
}
