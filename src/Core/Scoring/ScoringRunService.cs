using DanVan.Feedback.Core.Audit;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Scoring;

/// <summary>A run, or why none was made: the rubric's and the inputs' problems, as codes the Backoffice says to the assessor.</summary>
public sealed record ScoringRunOutcome(ScoringRun? Run, IReadOnlyList<ScoringProblem> Problems);

/// <summary>A run recomputed from its own frozen inputs: the fingerprint and every result must come out the same.</summary>
public sealed record ScoringRunCheck(string StoredFingerprint, string RecomputedFingerprint, bool ResultsMatch)
{
    public bool FingerprintMatches => string.Equals(StoredFingerprint, RecomputedFingerprint, StringComparison.Ordinal);

    public bool Matches => FingerprintMatches && ResultsMatch;
}

/// <summary>
/// Scoring runs (issue 6, item 4): gathers a period's figures and the manual scores, refuses a rubric or inputs with
/// problems, scores with <see cref="ScoringCalculator"/>, and freezes all of it. A run is checked by recomputing it
/// from what it froze, and two runs are compared agency by agency.
/// </summary>
public sealed class ScoringRunService(FeedbackDbContext db, AgencyMetricsService metrics, ReferenceDataCache referenceData, TimeProvider time)
{
    public static string AuditSubject(long runId) => $"dot-cham:{runId}";

    public async Task<ScoringRunOutcome> RunAsync(int rubricId, MetricsPeriod period, string name, string? note, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        var stored = await db.StoredRubrics.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rubricId, cancellationToken);
        if (stored is null)
        {
            return new(null, [new(ScoringRule.NoSuchRubric, [])]);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new(null, [new(ScoringRule.RunNameMissing, [])]);
        }

        var rubric = stored.Read();
        var rubricProblems = rubric.Problems();
        if (rubricProblems.Count > 0)
        {
            return new(null, [new(ScoringRule.RubricNotReady, [rubric.Name]), .. rubricProblems]);
        }

        var figures = await metrics.ReadAsync(period, cancellationToken);
        var inputs = await InputsAsync(rubricId, period, figures, cancellationToken);
        if (inputs.Count == 0)
        {
            return new(null, [new(ScoringRule.EmptyPeriod, [period])]);
        }

        var inputProblems = ScoringCalculator.InputProblems(rubric, inputs);
        if (inputProblems.Count > 0)
        {
            return new(null, [new(ScoringRule.ManualScoresNotReady, []), .. inputProblems]);
        }

        var result = ScoringCalculator.Score(rubric, inputs);
        var now = time.GetUtcNow();
        var run = ScoringRun.Freeze(name, note, period, rubricId, rubric, inputs, result, figures.TakenAt, now, actor);

        // The audit line names the run by its id, known only once the run is saved: both in one transaction, so there is
        // never a run without its line.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ScoringRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditLog.Add(AuditEntry.By(
            actor, AuditAction.ScoringRun, now, AuditSubject(run.Id),
            $"Chấm điểm \"{run.Name}\", {period.Label}, theo bộ tiêu chí \"{rubric.Name}\": {result.Agencies.Count} cơ quan, dấu vân tay {run.Fingerprint}."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(run, []);
    }

    /// <summary>Recomputes a stored run from its frozen rubric and inputs only; null when there is no such run.</summary>
    public async Task<ScoringRunCheck?> RecheckAsync(long runId, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var run = await db.ScoringRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var check = Recheck(run);
        db.AuditLog.Add(AuditEntry.By(
            actor, AuditAction.ScoringRun, time.GetUtcNow(), AuditSubject(runId),
            check.Matches ? "Kiểm tra lại đợt chấm điểm: kết quả và dấu vân tay trùng khớp." : $"Kiểm tra lại đợt chấm điểm: KHÔNG trùng khớp (tính lại được {check.RecomputedFingerprint})."));
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    public static ScoringRunCheck Recheck(ScoringRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var recomputed = ScoringCalculator.Score(run.Rubric(), run.ReadInputs());
        return new ScoringRunCheck(run.Fingerprint, recomputed.Fingerprint, SameResults(run.Result().Agencies, recomputed.Agencies));
    }

    /// <summary>Two runs side by side; null when either is missing.</summary>
    public async Task<ScoringComparison?> CompareAsync(long runA, long runB, CancellationToken cancellationToken)
    {
        var runs = await db.ScoringRuns.AsNoTracking().Where(r => r.Id == runA || r.Id == runB).ToListAsync(cancellationToken);
        var a = runs.SingleOrDefault(r => r.Id == runA);
        var b = runs.SingleOrDefault(r => r.Id == runB);
        return a is null || b is null ? null : ScoringComparison.Of(a, b);
    }

    // Every agency with figures in the period, and every agency with a manual score for it, each once.
    private async Task<List<AgencyScoringInput>> InputsAsync(int rubricId, MetricsPeriod period, AgencyPeriodFigures figures, CancellationToken cancellationToken)
    {
        var manual = await db.StoredManualScores.AsNoTracking()
            .Where(s => s.RubricId == rubricId && s.PeriodFirst == period.First && s.PeriodLast == period.Last)
            .ToListAsync(cancellationToken);
        var manualBy = manual.ToLookup(s => s.AgencyCode, StringComparer.Ordinal);
        var figuresBy = figures.Agencies.Where(a => a.HasData).ToDictionary(a => a.AgencyCode, StringComparer.Ordinal);
        var directory = await referenceData.GetAsync(cancellationToken);
        return figuresBy.Keys.Concat(manual.Select(s => s.AgencyCode))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(code => new AgencyScoringInput(
                code,
                directory.AgencyName(code),
                figuresBy.TryGetValue(code, out var f) ? f.ForScoring() : EmptyFigures(),
                manualBy[code].ToDictionary(s => s.CriterionCode, s => s.Read(), StringComparer.Ordinal)))
            .ToList();
    }

    // An agency known only by its manual scores has no figure: each is unknown, never zero.
    private static Dictionary<AgencyMetric, decimal?> EmptyFigures() =>
        Enum.GetValues<AgencyMetric>().ToDictionary(m => m, _ => (decimal?)null);

    private static bool SameResults(IReadOnlyList<AgencyScore> stored, IReadOnlyList<AgencyScore> recomputed) =>
        stored.Count == recomputed.Count
        && stored.Zip(recomputed).All(p =>
            p.First.AgencyCode == p.Second.AgencyCode
            && p.First.Total == p.Second.Total
            && p.First.Rank == p.Second.Rank
            && p.First.Class == p.Second.Class
            && p.First.Criteria.Count == p.Second.Criteria.Count
            && p.First.Criteria.Zip(p.Second.Criteria).All(c => c.First.CriterionCode == c.Second.CriterionCode && c.First.Points == c.Second.Points && c.First.Value == c.Second.Value));
}
