using DanVan.Feedback.Core.Agencies;
using DanVan.Feedback.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Feedback.Core.Data.Configurations;

internal sealed class FeedbackCaseConfiguration : IEntityTypeConfiguration<FeedbackCase>
{
    public void Configure(EntityTypeBuilder<FeedbackCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TrackingCode).HasMaxLength(TrackingCode.Length).IsUnicode(false);
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.Property(c => c.TopicCode).HasMaxLength(Topic.CodeMaxLength);
        builder.Property(c => c.LocalityCode).HasMaxLength(Locality.CodeLength);
        builder.Property(c => c.Title).HasMaxLength(FeedbackCase.TitleMaxLength);
        builder.Property(c => c.Description).HasMaxLength(FeedbackCase.DescriptionMaxLength);
        builder.Property(c => c.LeadAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(c => c.OverseerAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(c => c.ReceivingAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(c => c.RoutingRuleCode).HasMaxLength(Routing.RoutingRule.CodeMaxLength);
        builder.Property(c => c.RoutingTask).HasMaxLength(16);
        builder.Ignore(c => c.Code);
        builder.Ignore(c => c.InReviewQueue);
        builder.Ignore(c => c.IsFinished);
        builder.Property(c => c.AssignedOfficerId).HasMaxLength(450);
        builder.Property(c => c.AssignedOfficerName).HasMaxLength(Staff.StaffUser.FullNameMaxLength);
        builder.Property(c => c.AnswerDraft).HasMaxLength(FeedbackCase.AnswerMaxLength);
        builder.Property(c => c.AnswerText).HasMaxLength(FeedbackCase.AnswerMaxLength);
        builder.Property(c => c.PublishedAnswer).HasMaxLength(FeedbackCase.AnswerMaxLength);
        builder.Property(c => c.PublishedTitle).HasMaxLength(FeedbackCase.TitleMaxLength);
        builder.Property(c => c.SealedIdentity).HasMaxLength(4000).IsUnicode(false);
        builder.Property(c => c.PlaceAddress).HasMaxLength(CasePlace.AddressMaxLength);

        // Flags: several reasons in one number, so the queue can test a bit in SQL.
        builder.Property(c => c.ReviewReasons).HasConversion<int>();
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne<Topic>().WithMany().HasForeignKey(c => c.TopicCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Locality>().WithMany().HasForeignKey(c => c.LocalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.LeadAgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.OverseerAgencyCode).OnDelete(DeleteBehavior.Restrict);

        // The inbox lists an agency's cases, newest or most urgent first.
        builder.HasIndex(c => new { c.LeadAgencyCode, c.ReceivedAt });
        // Inbox order within due dates, and stopped clocks (DueOn IS NULL) newest first, read straight from the index;
        // ClockPaused rides along so that "quá hạn" and "sắp đến hạn" are counted without reading a single case.
        builder.HasIndex(c => new { c.LeadAgencyCode, c.DueOn, c.ReceivedAt, c.ClockPaused });

        // The inbox filters by status and by the officer a case is assigned to; Thanh tra's queue by flag.
        builder.HasIndex(c => new { c.LeadAgencyCode, c.Status, c.DueOn });
        // "Giao cho tôi" is counted from this index alone, however many cases an officer has had over the years.
        builder.HasIndex(c => new { c.AssignedOfficerId, c.LeadAgencyCode, c.DueOn });
        builder.HasIndex(c => new { c.FlaggedForReviewAt, c.ReviewClosedAt });

        // Intake looks for the same filer on the same topic (a prolonged matter) and for many filings on one matter.
        builder.HasIndex(c => new { c.TopicCode, c.LocalityCode, c.ReceivedAt });

        // The hourly invitation to rate an answer looks at the answers of the last week.
        builder.HasIndex(c => c.AnsweredAt);

        // The metrics count what each agency received in a period, by kind, channel and topic, from this index alone.
        builder.HasIndex(c => new { c.ReceivedAt, c.ReceivingAgencyCode, c.Kind, c.Channel, c.TopicCode });

        // The overdue sweep selects running clocks past their due date.
        builder.HasIndex(c => new { c.ClockPaused, c.DueOn });

        builder.OwnsOne(c => c.Filer, filer =>
        {
            filer.Property(f => f.Type).HasColumnName("FilerType");
            filer.Property(f => f.FullName).HasColumnName("FilerName").HasMaxLength(Filer.NameMaxLength);
            filer.Property(f => f.OrganisationName).HasColumnName("FilerOrganisation").HasMaxLength(Filer.OrganisationMaxLength);
            filer.Property(f => f.Phone).HasColumnName("FilerPhone").HasMaxLength(Filer.PhoneMaxLength).IsUnicode(false);
            filer.Property(f => f.Email).HasColumnName("FilerEmail").HasMaxLength(Filer.EmailMaxLength);
            filer.Property(f => f.IsWithheld).HasColumnName("FilerWithheld");

            // No index of its own on the phone or the e-mail: ContactIndexes' (contact, topic, received) indexes lead with
            // them and serve a look-up by contact alone as well; a third and fourth index on random keys would cost every
            // filing two more page writes for nothing (issue 17).
        });
        builder.Navigation(c => c.Filer).IsRequired();

        // The jobs' own stamps, apart from the case's state but in the Cases table's columns as before.
        builder.OwnsOne(c => c.JobMarks, marks =>
        {
            marks.Property(m => m.RemindedForDueOn).HasColumnName("RemindedForDueOn");
            marks.Property(m => m.OverdueEscalatedAt).HasColumnName("OverdueEscalatedAt");
            marks.Property(m => m.RatingInvitedAt).HasColumnName("RatingInvitedAt");
        });
        builder.Navigation(c => c.JobMarks).IsRequired();

        // Only business cases have one (task 4.10); TaxCode is required within it, so its presence marks one.
        // The park code has no foreign key: on SQLite adding one rebuilds the whole Cases table; the Portal checks it.
        builder.OwnsOne(c => c.Enterprise, enterprise =>
        {
            enterprise.Property(e => e.TaxCode).HasColumnName("EnterpriseTaxCode").HasMaxLength(Businesses.TaxCode.BranchLength).IsUnicode(false);
            enterprise.Property(e => e.IndustrialParkCode).HasColumnName("EnterpriseParkCode").HasMaxLength(Businesses.IndustrialPark.CodeMaxLength).IsUnicode(false);
            enterprise.Property(e => e.ContactPosition).HasColumnName("EnterpriseContactPosition").HasMaxLength(Businesses.Enterprise.PositionMaxLength);
            enterprise.HasIndex(e => e.TaxCode);
        });

        // One case per submitted form (ADR 0015): a second post of the same form finds the first case here.
        builder.Property(c => c.SubmissionKey).HasMaxLength(SubmissionKey.Length).IsUnicode(false);
        builder.Property(c => c.FilerLanguage).HasMaxLength(FilerLanguage.MaxLength).IsUnicode(false).HasDefaultValue(FilerLanguage.Vietnamese);
        builder.HasIndex(c => c.SubmissionKey).IsUnique();

        // Optional: present only on complaints and denunciations filed with their details.
        builder.OwnsOne(c => c.Complaint, complaint =>
        {
            complaint.Property(d => d.DecisionNumber).HasColumnName("ComplaintDecisionNumber").HasMaxLength(ComplaintDetails.DecisionNumberMaxLength);
            complaint.Property(d => d.DecisionDate).HasColumnName("ComplaintDecisionDate");
            complaint.Property(d => d.ActDescription).HasColumnName("ComplaintAct").HasMaxLength(ComplaintDetails.ActMaxLength);
            complaint.Property(d => d.IssuedBy).HasColumnName("ComplaintIssuedBy").HasMaxLength(ComplaintDetails.IssuedByMaxLength);
            complaint.Property(d => d.LearnedOn).HasColumnName("ComplaintLearnedOn");
            complaint.Property(d => d.Request).HasColumnName("ComplaintRequest").HasMaxLength(ComplaintDetails.RequestMaxLength);
            complaint.Property(d => d.FilerAddress).HasColumnName("ComplaintFilerAddress").HasMaxLength(ComplaintDetails.AddressMaxLength);
            complaint.Property(d => d.DelayReason).HasColumnName("ComplaintDelayReason").HasMaxLength(ComplaintDetails.DelayReasonMaxLength);
            complaint.Property(d => d.Representation).HasColumnName("ComplaintRepresentation");
            complaint.Property(d => d.RepresentedName).HasColumnName("ComplaintRepresentedName").HasMaxLength(ComplaintDetails.RepresentedNameMaxLength);
        });
        builder.OwnsOne(c => c.Denunciation, denunciation =>
        {
            denunciation.Property(d => d.AccusedName).HasColumnName("AccusedName").HasMaxLength(DenunciationDetails.AccusedNameMaxLength);
            denunciation.Property(d => d.AccusedPosition).HasColumnName("AccusedPosition").HasMaxLength(DenunciationDetails.AccusedPositionMaxLength);
            denunciation.Property(d => d.AccusedAgency).HasColumnName("AccusedAgency").HasMaxLength(DenunciationDetails.AccusedAgencyMaxLength);
            denunciation.Property(d => d.AccusedAgencyCode).HasColumnName("AccusedAgencyCode").HasMaxLength(Agency.CodeMaxLength);
            denunciation.Property(d => d.Evidence).HasColumnName("DenunciationEvidence").HasMaxLength(DenunciationDetails.EvidenceMaxLength);
        });

        builder.OwnsMany(c => c.Coordinators, coordinator =>
        {
            coordinator.ToTable("CaseCoordinators");
            coordinator.WithOwner().HasForeignKey("CaseId");
            coordinator.Property<int>("Id");
            coordinator.HasKey("Id");
            coordinator.Property(c => c.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
            coordinator.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyCode).OnDelete(DeleteBehavior.Restrict);
            // The inbox reaches a coordinating agency's cases from here: one index, no lookup back to the table.
            coordinator.HasIndex("AgencyCode", "CaseId");
        });

        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Coordinators).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(Staff.StaffUser.FullNameMaxLength);
        builder.Property(e => e.AgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(e => e.LeadAgencyCode).HasMaxLength(Agency.CodeMaxLength);
        builder.Property(e => e.Note).HasMaxLength(CaseEvent.NoteMaxLength);
        builder.HasIndex(e => new { e.CaseId, e.OccurredAt });

        // The metrics count each kind of step per agency in a period (accepted, answered on time and in how many
        // working days, transferred, reopened, escalated) from this index alone.
        builder.HasIndex(e => new { e.Type, e.OccurredAt, e.LeadAgencyCode, e.Days, e.DueOn });
    }
}
