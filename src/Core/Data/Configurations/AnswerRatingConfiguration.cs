using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Ratings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

public sealed class AnswerRatingConfiguration : IEntityTypeConfiguration<AnswerRating>
{
    public void Configure(EntityTypeBuilder<AnswerRating> builder)
    {
        builder.HasOne<FeedbackCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(FeedbackCase.RatingReasonMaxLength);

        // One rating per answer, whatever two browser tabs post at once.
        builder.HasIndex(r => new { r.CaseId, r.AnsweredAt }).IsUnique();

        // Metrics: an agency's answer satisfaction over a period.
        builder.HasIndex(r => new { r.AgencyCode, r.RatedAt });
    }
}
