using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Answers;
using DanVan.Feedback.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

internal sealed class PublishedAnswerConfiguration : IEntityTypeConfiguration<PublishedAnswer>
{
    public void Configure(EntityTypeBuilder<PublishedAnswer> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<FeedbackCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CaseId).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(FeedbackCase.TitleMaxLength);
        builder.Property(a => a.TopicCode).HasMaxLength(Topic.CodeMaxLength);
        builder.Property(a => a.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(a => a.LocalityCode).HasMaxLength(Locality.CodeLength);
        builder.Property(a => a.Excerpt).HasMaxLength(PublishedAnswer.ExcerptMaxLength + 1);
        builder.HasMany(a => a.Terms).WithOne().HasForeignKey(t => t.AnswerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Terms).HasField("_terms");

        // Each filter alone lists newest first straight from its index (ADR 0016).
        builder.HasIndex(a => new { a.TopicCode, a.Id });
        builder.HasIndex(a => new { a.AgencyCode, a.Id });
        builder.HasIndex(a => new { a.LocalityCode, a.Id });
    }
}

internal sealed class PublishedAnswerTermConfiguration : IEntityTypeConfiguration<PublishedAnswerTerm>
{
    public void Configure(EntityTypeBuilder<PublishedAnswerTerm> builder)
    {
        // A word's answers, newest first, are one range of the key; the other words are checked by seeks into it.
        builder.HasKey(t => new { t.Term, t.AnswerId });
        builder.Property(t => t.Term).HasMaxLength(SearchText.MaxTermLength);
    }
}
