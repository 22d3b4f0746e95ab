using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Core.Ratings;

/// <summary>What the citizen chose on the form; the channel comes from the visit, not from the form.</summary>
public sealed record ServiceRatingInput(
    string AgencyCode,
    string? ServiceName,
    string? DeskName,
    IReadOnlyList<SatisfactionLevel> Scores,
    string? Comment);

public enum ServiceRatingOutcome
{
    Recorded,

    /// <summary>This visit was rated already (a double submit or a replay): the rating stored first stands.</summary>
    AlreadyRecorded,

    /// <summary>The visit token is forged, damaged or expired: the form must be opened again.</summary>
    VisitInvalid,

    /// <summary>No such agency in the reference data.</summary>
    UnknownAgency,
}

/// <summary>The outcome, and for a stored rating (this one or the visit's earlier one) its id, points and satisfied count.</summary>
public sealed record ServiceRatingResult(ServiceRatingOutcome Outcome, long? RatingId = null, int Total = 0, int SatisfiedCount = 0)
{
    public bool IsStored => Outcome is ServiceRatingOutcome.Recorded or ServiceRatingOutcome.AlreadyRecorded;
}

/// <summary>An agency's satisfaction figures for a period.</summary>
public sealed record ServiceRatingSummary(string AgencyCode, int Ratings, double AverageTotal, double SatisfiedShare);

/// <summary>Records satisfaction ratings of public services (task 4.11), one per visit, and sums them per agency.</summary>
public sealed class ServiceRatingService(
    FeedbackDbContext db,
    ServiceRatingVisit visits,
    ReferenceDataCache referenceData,
    TimeProvider time)
{
    public async Task<ServiceRatingResult> RecordAsync(string? visitToken, ServiceRatingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (visits.Read(visitToken) is not { } visit)
        {
            return new ServiceRatingResult(ServiceRatingOutcome.VisitInvalid);
        }

        if ((await referenceData.GetAsync(cancellationToken)).FindAgency(input.AgencyCode) is null)
        {
            return new ServiceRatingResult(ServiceRatingOutcome.UnknownAgency);
        }

        if (await FindAsync(visit.Key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var rating = new ServiceRating(
            visit.Key, input.AgencyCode, input.ServiceName, input.DeskName, input.Scores, input.Comment, visit.Channel, time.GetUtcNow());
        db.ServiceRatings.Add(rating);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two posts of one form at once: both passed the check above, the unique index let one through.
            db.Entry(rating).State = EntityState.Detached;
            if (await FindAsync(visit.Key, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }

        return new ServiceRatingResult(ServiceRatingOutcome.Recorded, rating.Id, rating.Total, rating.SatisfiedCount);
    }

    /// <summary>The rating already stored for the visit the token names, if any: a second post of the form finds it.</summary>
    public async Task<ServiceRatingResult?> FindRatedVisitAsync(string? visitToken, CancellationToken cancellationToken = default) =>
        visits.Read(visitToken) is { } visit ? await FindAsync(visit.Key, cancellationToken) : null;

    /// <summary>Per agency over [from, to): how many ratings, their average points (of 18) and the share of satisfied answers.</summary>
    public async Task<IReadOnlyList<ServiceRatingSummary>> SummarizeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var rows = await db.ServiceRatings.AsNoTracking()
            .Where(r => r.RatedAt >= from && r.RatedAt < to)
            .GroupBy(r => r.AgencyCode)
            .Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(r => r.Total), Satisfied = g.Sum(r => r.SatisfiedCount) })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ServiceRatingSummary(
                r.Key,
                r.Count,
                (double)r.Total / r.Count,
                (double)r.Satisfied / (r.Count * RatingCriterion.Count)))
            .OrderBy(s => s.AgencyCode, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<ServiceRatingResult?> FindAsync(Guid visitKey, CancellationToken cancellationToken) =>
        await db.ServiceRatings.AsNoTracking()
            .Where(r => r.VisitKey == visitKey)
            .Select(r => new ServiceRatingResult(ServiceRatingOutcome.AlreadyRecorded, r.Id, r.Total, r.SatisfiedCount))
            .SingleOrDefaultAsync(cancellationToken);
}
