using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

// Points carry two decimals, as the calculator rounds them; the rubric, inputs and results are JSON text (ADR 0018).
internal sealed class StoredRubricConfiguration : IEntityTypeConfiguration<StoredRubric>
{
    public void Configure(EntityTypeBuilder<StoredRubric> builder)
    {
        builder.ToTable("ScoringRubrics");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(StoredRubric.NameMaxLength);
        builder.Property(r => r.TotalPoints).HasPrecision(9, 2);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class StoredManualScoreConfiguration : IEntityTypeConfiguration<StoredManualScore>
{
    public void Configure(EntityTypeBuilder<StoredManualScore> builder)
    {
        builder.ToTable("ScoringManualScores");
        builder.HasKey(s => s.Id);
        builder.HasOne<StoredRubric>().WithMany().HasForeignKey(s => s.RubricId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(s => s.CriterionCode).HasMaxLength(RubricLimits.CodeMaxLength);
        builder.Property(s => s.Points).HasPrecision(9, 2);
        builder.Property(s => s.Evidence).HasMaxLength(StoredManualScore.EvidenceMaxLength);
        builder.Property(s => s.Note).HasMaxLength(StoredManualScore.NoteMaxLength);
        builder.Property(s => s.EnteredBy).HasMaxLength(256);

        // One score per rubric, period, agency and criterion; a run reads a rubric's period whole.
        builder.HasIndex(s => new { s.RubricId, s.PeriodFirst, s.PeriodLast, s.AgencyCode, s.CriterionCode }).IsUnique();
    }
}

internal sealed class ScoringRunConfiguration : IEntityTypeConfiguration<ScoringRun>
{
    public void Configure(EntityTypeBuilder<ScoringRun> builder)
    {
        builder.ToTable("ScoringRuns");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.Period);
        builder.Property(r => r.Name).HasMaxLength(ScoringRun.NameMaxLength);
        builder.Property(r => r.Note).HasMaxLength(ScoringRun.NoteMaxLength);
        builder.Property(r => r.RubricName).HasMaxLength(StoredRubric.NameMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);

        // No foreign key to the rubric: the run keeps its own copy, whatever becomes of the rubric.
        builder.HasIndex(r => r.CreatedAt);
    }
}
