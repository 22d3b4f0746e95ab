using System.Linq.Expressions;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>What the inbox's quick filters would show, over the agency's whole inbox.</summary>
public sealed record InboxCounts(IReadOnlyDictionary<CaseStatus, int> ByStatus, int Overdue, int DueSoon, int Mine)
{
    public static InboxCounts Empty { get; } = new(new Dictionary<CaseStatus, int>(), 0, 0, 0);

    public int All => ByStatus.Values.Sum();

    public int Of(CaseStatus status) => ByStatus.GetValueOrDefault(status);

    /// <summary>
    /// How many cases match when the counts already say: for the whole inbox, one status and the
    /// officer's own cases, the lists that can run to thousands of cases.
    /// </summary>
    public int? Matching(InboxFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter switch
        {
            _ when filter.IsNone => All,
            { Status: { } status } when filter == InboxFilter.OfStatus(status) => Of(status),

            // An officer's own cases run to thousands over the years: paged through their index too.
            _ when filter == InboxFilter.MineOnly => Mine,
            _ => null,
        };
    }
}

/// <summary>One page of the inbox: which cases, on which page, out of how many.</summary>
public sealed record InboxPage(int Total, int PageNumber, IReadOnlyList<long> Ids)
{
    /// <summary>A page past the end shows the last page; the first page of nothing is page 1.</summary>
    public static int Clamp(int pageNumber, int total, int pageSize) =>
        Math.Clamp(pageNumber, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}

/// <summary>
/// One agency's inbox, read so that SQLite answers from its indexes over a million cases. The cases it
/// leads are counted and paged in SQL through the agency's own indexes on Cases. The cases it coordinates
/// can only be reached one by one from IX_CaseCoordinators_AgencyCode_CaseId (an OR with the lead's cases would
/// scan the whole table), so they are read once per request and counted, filtered and merged here.
/// </summary>
internal sealed class InboxQuery(FeedbackDbContext db, string agencyCode, string userId, DateOnly today, DateOnly dueSoonUntil)
{
    // Stopped clocks are matched through COALESCE, not "IS NULL", so that SQLite walks
    // IX_Cases_LeadAgencyCode_ReceivedAt newest first and stops at the page, instead of reading every
    // closed case of the agency through IX_Cases_LeadAgencyCode_DueOn_ReceivedAt to sort them.
    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    private static readonly Expression<Func<FeedbackCase, CaseKey>> Key = c => new CaseKey(c.Id, c.DueOn, c.ReceivedAt);

    private List<CoordinatedCase>? coordinated;

    /// <summary>The quick filters' counts: the lead's cases from the indexes, the coordinated ones as read.</summary>
    public async Task<InboxCounts> CountAsync(CancellationToken cancellationToken)
    {
        var byStatus = await Lead(InboxFilter.None)
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var overdue = await Lead(InboxFilter.OverdueOnly).CountAsync(cancellationToken);
        var dueSoon = await Lead(InboxFilter.DueSoonOnly).CountAsync(cancellationToken);
        var mine = await Lead(InboxFilter.MineOnly).CountAsync(cancellationToken);
        foreach (var c in await CoordinatedAsync(cancellationToken))
        {
            byStatus[c.Status] = byStatus.GetValueOrDefault(c.Status) + 1;
            overdue += Matches(c, InboxFilter.OverdueOnly) ? 1 : 0;
            dueSoon += Matches(c, InboxFilter.DueSoonOnly) ? 1 : 0;
            mine += Matches(c, InboxFilter.MineOnly) ? 1 : 0;
        }

        return new InboxCounts(byStatus, overdue, dueSoon, mine);
    }

    /// <summary>One page of the cases <paramref name="filter"/> matches, in inbox order, and how many match in all.</summary>
    public async Task<InboxPage> PageAsync(InboxFilter filter, InboxCounts counts, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var coordinatedKeys = (await CoordinatedAsync(cancellationToken)).Where(c => Matches(c, filter)).Select(c => c.Key).ToList();

        // The whole inbox, or one status, can run to thousands of cases: their number is known from the
        // counts, and only the page is read.
        if (counts.Matching(filter) is { } total)
        {
            var page = InboxPage.Clamp(pageNumber, total, pageSize);
            return new InboxPage(total, page, await ReadPageAsync(filter, coordinatedKeys, (page - 1) * pageSize, pageSize, cancellationToken));
        }

        // Any other filter either narrows to few cases through an index (due dates, the officer, a status)
        // or asks for what no index holds (kind, topic, commune, channel), so that each case has to be read
        // anyway. Either way the matches are read once, then counted and sorted here.
        var keys = await Lead(filter).Select(Key).ToListAsync(cancellationToken);
        keys.AddRange(coordinatedKeys);
        var clamped = InboxPage.Clamp(pageNumber, keys.Count, pageSize);
        return new InboxPage(keys.Count, clamped, [.. InInboxOrder(keys).Skip((clamped - 1) * pageSize).Take(pageSize).Select(k => k.Id)]);
    }

    /// <summary>
    /// One page read in two runs, each walked in index order and cut at the page: running clocks by due
    /// date (IX_Cases_LeadAgencyCode_DueOn_ReceivedAt or, for a status, IX_Cases_LeadAgencyCode_Status_DueOn), then
    /// stopped clocks newest first (IX_Cases_LeadAgencyCode_ReceivedAt).
    /// </summary>
    private async Task<List<long>> ReadPageAsync(InboxFilter filter, List<CaseKey> coordinatedKeys, int skip, int take, CancellationToken cancellationToken)
    {
        var runningLead = await Lead(filter)
            .Where(c => c.DueOn != null)
            .OrderBy(c => c.DueOn).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(Key)
            .Take(skip + take)
            .ToListAsync(cancellationToken);
        var running = InInboxOrder(runningLead.Concat(coordinatedKeys.Where(k => k.DueOn is not null))).Take(skip + take).ToList();
        var ids = running.Skip(skip).Take(take).Select(k => k.Id).ToList();
        if (running.Count == skip + take)
        {
            return ids;
        }

        // Every running clock is in hand, so the page goes on with the stopped ones.
        var stoppedSkip = Math.Max(0, skip - running.Count);
        var stoppedTake = stoppedSkip + take - ids.Count;
        var stoppedLead = await Lead(filter)
            .Where(c => (c.DueOn ?? NoDueDate) == NoDueDate)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(Key)
            .Take(stoppedTake)
            .ToListAsync(cancellationToken);
        var stopped = InInboxOrder(stoppedLead.Concat(coordinatedKeys.Where(k => k.DueOn is null))).Take(stoppedTake);
        ids.AddRange(stopped.Skip(stoppedSkip).Select(k => k.Id));
        return ids;
    }

    // What is due first comes first; cases whose clock has stopped go last, newest first.
    private static IEnumerable<CaseKey> InInboxOrder(IEnumerable<CaseKey> keys) => keys
        .OrderBy(k => k.DueOn is null)
        .ThenBy(k => k.DueOn)
        .ThenByDescending(k => k.ReceivedAt)
        .ThenByDescending(k => k.Id);

    // An officer's own cases are read and counted through IX_Cases_AssignedOfficerId_LeadAgencyCode_DueOn, whose
    // two equalities SQLite prefers to the agency's index (which took 450 ms for 181,000 cases).
    private IQueryable<FeedbackCase> Lead(InboxFilter filter) =>
        Narrow(db.Cases.AsNoTracking().Where(c => c.LeadAgencyCode == agencyCode), filter);

    /// <summary>The cases the agency coordinates, read once: from the coordinators' index to the cases, never the other way round.</summary>
    private async Task<List<CoordinatedCase>> CoordinatedAsync(CancellationToken cancellationToken) =>
        coordinated ??= await db.Cases.AsNoTracking()
            .SelectMany(c => c.Coordinators.Where(k => k.AgencyCode == agencyCode), (c, k) => c)
            .Where(c => c.LeadAgencyCode != agencyCode)
            .Select(c => new CoordinatedCase(
                new CaseKey(c.Id, c.DueOn, c.ReceivedAt), c.Status, c.Kind, c.TopicCode, c.LocalityCode, c.Channel, c.AssignedOfficerId, c.ClockPaused))
            .ToListAsync(cancellationToken);

    private IQueryable<FeedbackCase> Narrow(IQueryable<FeedbackCase> cases, InboxFilter filter)
    {
        if (filter.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        // Compared without regard to case (topic codes are lower-case anyway), so that SQLite, which has no
        // statistics, does not walk the city-wide IX_Cases_TopicCode_LocalityCode_ReceivedAt instead of the agency's cases.
        if (filter.TopicCode is { } topic)
        {
            cases = cases.Where(c => EF.Functions.Collate(c.TopicCode, "NOCASE") == topic);
        }

        if (filter.LocalityCode is { } locality)
        {
            cases = cases.Where(c => c.LocalityCode == locality);
        }

        if (filter.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (filter.Mine)
        {
            cases = cases.Where(c => c.AssignedOfficerId == userId);
        }

        // "!ClockPaused", not "== false": SQLite then seeks this agency's due dates
        // (IX_Cases_LeadAgencyCode_DueOn_ReceivedAt) rather than every running clock in the city (IX_Cases_ClockPaused_DueOn).
        if (filter.Overdue)
        {
            cases = cases.Where(c => !c.ClockPaused && c.DueOn < today);
        }

        if (filter.DueSoon)
        {
            cases = cases.Where(c => !c.ClockPaused && c.DueOn >= today && c.DueOn <= dueSoonUntil);
        }

        return cases;
    }

    /// <summary>The same filter as <see cref="Narrow"/>, for a coordinated case already read.</summary>
    private bool Matches(CoordinatedCase c, InboxFilter filter) =>
        (filter.Status is not { } status || c.Status == status)
        && (filter.Kind is not { } kind || c.Kind == kind)
        && (filter.TopicCode is not { } topic || c.TopicCode == topic)
        && (filter.LocalityCode is not { } locality || c.LocalityCode == locality)
        && (filter.Channel is not { } channel || c.Channel == channel)
        && (!filter.Mine || c.AssignedOfficerId == userId)
        && (!filter.Overdue || (!c.ClockPaused && c.Key.DueOn < today))
        && (!filter.DueSoon || (!c.ClockPaused && c.Key.DueOn >= today && c.Key.DueOn <= dueSoonUntil));

    private readonly record struct CaseKey(long Id, DateOnly? DueOn, DateTimeOffset ReceivedAt);

    private sealed record CoordinatedCase(
        CaseKey Key,
        CaseStatus Status,
        CaseKind Kind,
        string TopicCode,
        string? LocalityCode,
        CaseChannel Channel,
        string? AssignedOfficerId,
        bool ClockPaused);
}
