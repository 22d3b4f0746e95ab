using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>
/// Assessors' writes to rubrics and manual scores (issue 6, item 3), each with its line in the audit log. A rubric is
/// saved even with problems, as a draft; a manual score that cannot stand is refused with the reasons.
/// </summary>
public sealed class RubricService(FeedbackDbContext db, ReferenceDataCache referenceData, TimeProvider time)
{
    public static string AuditSubject(int rubricId) => $"bo-tieu-chi:{rubricId}";

    /// <summary>A copy of <see cref="ExampleRubric"/>, marked as an example, for assessors to adapt.</summary>
    public async Task<StoredRubric> CreateFromExampleAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = StoredRubric.Create(ExampleRubric.Create(), time.GetUtcNow(), actor.FullName);

        // The audit line names the rubric by its id, known only once it is saved: both in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.StoredRubrics.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        Audit(actor, AuditAction.ScoringChanged, AuditSubject(stored.Id), $"Tạo bộ tiêu chí \"{stored.Name}\" từ bộ tiêu chí mẫu.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>Saves the rubric and returns its problems (empty when it can be run); null when there is no such rubric.</summary>
    public async Task<IReadOnlyList<ScoringProblem>?> SaveAsync(int rubricId, Rubric rubric, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(actor);
        var stored = await db.StoredRubrics.SingleOrDefaultAsync(r => r.Id == rubricId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var problems = rubric.Problems();
        stored.Update(rubric, time.GetUtcNow(), actor.FullName);
        Audit(actor, AuditAction.ScoringChanged, AuditSubject(rubricId), problems.Count == 0
            ? $"Lưu bộ tiêu chí \"{stored.Name}\" ({rubric.Criteria.Count} tiêu chí, {rubric.TotalPoints:0.##} điểm)."
            : $"Lưu bản nháp bộ tiêu chí \"{stored.Name}\", còn {problems.Count} lỗi.");
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    /// <summary>
    /// Enters, replaces or (with no score) removes an agency's manual score on one criterion for a period. Refused,
    /// with the reasons, when the points fall outside 0 and the criterion's maximum, the evidence is missing, the
    /// criterion is not scored by hand, or the agency is unknown.
    /// </summary>
    public async Task<IReadOnlyList<ScoringProblem>> SetManualScoreAsync(
        int rubricId, MetricsPeriod period, string agencyCode, string criterionCode, ManualScore? score, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        var stored = await db.StoredRubrics.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rubricId, cancellationToken);
        if (stored is null)
        {
            return [new(ScoringRule.NoSuchRubric, [])];
        }

        var directory = await referenceData.GetAsync(cancellationToken);
        if (directory.FindAgency(agencyCode) is not { } agency)
        {
            return [new(ScoringRule.NoSuchAgency, [agencyCode])];
        }

        var rubric = stored.Read();
        var existing = await db.StoredManualScores.SingleOrDefaultAsync(
            s => s.RubricId == rubricId && s.PeriodFirst == period.First && s.PeriodLast == period.Last && s.AgencyCode == agency.Code && s.CriterionCode == criterionCode,
            cancellationToken);
        var subject = AuditSubject(rubricId);
        if (score is null)
        {
            if (existing is not null)
            {
                db.StoredManualScores.Remove(existing);
                Audit(actor, AuditAction.ScoringChanged, subject, $"Xóa điểm chấm tay tiêu chí {criterionCode} của {agency.Name}, {period.Label}.");
                await db.SaveChangesAsync(cancellationToken);
            }

            return [];
        }

        var problems = ScoringCalculator.InputProblems(
            rubric, [new AgencyScoringInput(agency.Code, agency.Name, new Dictionary<AgencyMetric, decimal?>(), new Dictionary<string, ManualScore> { [criterionCode] = score })]);
        if (problems.Count > 0)
        {
            return problems;
        }

        if (decimal.Round(score.Points, 2) != score.Points)
        {
            return [new(ScoringRule.TooManyDecimals, [agency.Name, criterionCode])];
        }

        if (score.Evidence.Trim().Length > StoredManualScore.EvidenceMaxLength || score.Note?.Trim().Length > StoredManualScore.NoteMaxLength)
        {
            return [new(ScoringRule.EvidenceTooLong, [agency.Name, StoredManualScore.EvidenceMaxLength])];
        }

        if (existing is null)
        {
            existing = StoredManualScore.Create(rubricId, period, agency.Code, criterionCode);
            db.StoredManualScores.Add(existing);
        }

        existing.Set(score, time.GetUtcNow(), actor.FullName);
        Audit(actor, AuditAction.ScoringChanged, subject,
            $"Chấm tay tiêu chí {criterionCode} cho {agency.Name}, {period.Label}: {score.Points:0.##} điểm; minh chứng: {existing.Evidence}.");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private void Audit(StaffActor actor, AuditAction action, string subject, string detail) =>
        db.AuditLog.Add(AuditEntry.By(actor, action, time.GetUtcNow(), subject, detail));
}
