using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Ratings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

public sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(r => r.ServiceName).HasMaxLength(ServiceRating.ServiceNameMaxLength);
        builder.Property(r => r.DeskName).HasMaxLength(ServiceRating.DeskNameMaxLength);
        builder.Property(r => r.Comment).HasMaxLength(ServiceRating.CommentMaxLength);

        // The indicators as their points (0, 1, 2), not as text like other enums (and without their length): metrics add them up in SQL.
        foreach (var criterion in RatingCriterion.All)
        {
            builder.Property<SatisfactionLevel>($"Criterion{criterion.Number}").HasConversion<byte>().Metadata.SetMaxLength(null);
        }

        builder.Ignore(r => r.Scores);
        builder.Ignore(r => r.HasDissatisfaction);

        // One rating per visit, whatever a double click or a replayed form posts (ServiceRatingVisit).
        builder.HasIndex(r => r.VisitKey).IsUnique();

        // Metrics: an agency's satisfaction over a period.
        builder.HasIndex(r => new { r.AgencyCode, r.RatedAt });
    }
}
