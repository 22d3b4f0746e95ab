using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Portal.Pages.Track;

/// <summary>What a look-up reads of a case: enough to check the contact, run its clock and show its public side.</summary>
public sealed record TrackedCase(
    long Id,
    CaseKind Kind,
    CaseStatus Status,
    string Title,
    DateTimeOffset ReceivedAt,
    string LeadAgencyCode,
    string? FilerPhone,
    string? FilerEmail,
    string? SealedIdentity,
    string? AnswerText,
    DateTimeOffset? AnsweredAt)
{
    /// <summary>The whole history, oldest first: the clock needs every event, the filer sees the public ones.</summary>
    public IReadOnlyList<TrackedCaseEvent> History { get; init; } = [];
}

public sealed record TrackedCaseEvent(CaseEventType Type, DateTimeOffset OccurredAt, int? Days, string? AgencyCode, bool IsPublic, string? Note);

/// <summary>
/// Reads the case a look-up names. The tracking look-up is the Portal's busiest page (issue 3 asks 3,000 a second):
/// on SQLite it is read by <see cref="SqliteTrackedCaseReader"/>, on any other provider by <see cref="EntityTrackedCaseReader"/>.
/// </summary>
public interface ITrackedCaseReader
{
    /// <summary>The case with this code and its history, or null.</summary>
    Task<TrackedCase?> FindAsync(string trackingCode, CancellationToken cancellationToken);
}

/// <summary>
/// The look-up through EF Core, for every provider: two compiled queries on one opened connection, so no expression
/// tree is built per request and the case's columns are not repeated on every row of its history as a join would.
/// </summary>
public sealed class EntityTrackedCaseReader(FeedbackDbContext db) : ITrackedCaseReader
{
    public async Task<TrackedCase?> FindAsync(string trackingCode, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var found = await CaseByCode(db, trackingCode, cancellationToken);
            if (found is null)
            {
                return null;
            }

            var history = new List<TrackedCaseEvent>();
            await foreach (var entry in HistoryOf(db, found.Id).WithCancellation(cancellationToken))
            {
                history.Add(entry);
            }

            return found with { History = history };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly Func<FeedbackDbContext, string, CancellationToken, Task<TrackedCase?>> CaseByCode =
        EF.CompileAsyncQuery((FeedbackDbContext db, string trackingCode, CancellationToken _) =>
            db.Cases
                .Where(c => c.TrackingCode == trackingCode)
                .Select(c => new TrackedCase(
                    c.Id, c.Kind, c.Status, c.Title, c.ReceivedAt, c.LeadAgencyCode,
                    c.Filer.Phone, c.Filer.Email, c.SealedIdentity, c.AnswerText, c.AnsweredAt))
                .FirstOrDefault());

    private static readonly Func<FeedbackDbContext, long, IAsyncEnumerable<TrackedCaseEvent>> HistoryOf =
        EF.CompileAsyncQuery((FeedbackDbContext db, long caseId) =>
            db.CaseEvents
                .Where(e => e.CaseId == caseId)
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                .Select(e => new TrackedCaseEvent(e.Type, e.OccurredAt, e.Days, e.AgencyCode, e.IsPublic, e.Note)));
}
