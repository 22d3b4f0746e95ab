using System.Globalization;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Feedback.Backoffice.Pages;

/// <summary>
/// What the inbox's quick filters would show in the tab now open, and how many cases each tab holds.
/// Counts stop at <see cref="Cap"/>, as a search engine's do: the inbox is a work list, past a thousand cases an
/// officer needs a filter rather than a figure (the exact figures are the metrics pages' work), and counting a
/// sở's 150,000 closed cases on every visit would cost more than the rest of the page.
/// </summary>
public sealed record InboxCounts(
    IReadOnlyDictionary<CaseStatus, int> ByStatus,
    int All,
    int Overdue,
    int DueSoon,
    int Mine,
    int Leading,
    int Coordinating)
{
    public const int Cap = 1_000;

    public static InboxCounts Empty { get; } = new(new Dictionary<CaseStatus, int>(), 0, 0, 0, 0, 0, 0);

    public int Of(CaseStatus status) => ByStatus.GetValueOrDefault(status);

    /// <summary>"12", or "hơn 1.000" for a count that stopped at the cap.</summary>
    public static string Shown(int count) =>
        count > Cap ? $"hơn {Cap.ToString("N0", Vietnamese)}" : count.ToString("N0", Vietnamese);

    /// <summary>How many cases match when the counts already say: the whole tab, one status, the officer's own cases.</summary>
    public int? Matching(InboxFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.WithinTab switch
        {
            { IsNone: true } => All,
            { Status: { } status } within when within == InboxFilter.OfStatus(status) => Of(status),
            var within when within == InboxFilter.MineOnly => Mine,
            var within when within == InboxFilter.OverdueOnly => Overdue,
            var within when within == InboxFilter.DueSoonOnly => DueSoon,
            _ => null,
        };
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}

/// <summary>One page of the inbox: which cases, on which page, out of how many (up to the cap).</summary>
public sealed record InboxPage(int Total, int PageNumber, IReadOnlyList<long> Ids)
{
    /// <summary>A page past the end shows the last page; the first page of nothing is page 1.</summary>
    public static int Clamp(int pageNumber, int total, int pageSize) =>
        Math.Clamp(pageNumber, 1, PageCount(total, pageSize));

    /// <summary>Pages reach as far as the cap: past it, the officer narrows the list with a filter.</summary>
    public static int PageCount(int total, int pageSize) =>
        Math.Max(1, (Math.Min(total, InboxCounts.Cap) + pageSize - 1) / pageSize);
}

/// <summary>
/// One agency's inbox in two tabs, read so that SQLite answers from its indexes over a million cases.
/// The cases it leads (chủ trì) are counted and paged in SQL through the agency's own indexes on Cases,
/// counts stopping at <see cref="InboxCounts.Cap"/>. The cases it coordinates (phối hợp) can only be reached
/// one by one from IX_CaseCoordinators_AgencyCode_CaseId, so that tab reads them once and counts, filters and
/// sorts them here; the other tab only counts the coordinators' index.
/// </summary>
internal sealed class InboxQuery(FeedbackDbContext db, string agencyCode, string userId, DateOnly today, DateOnly dueSoonUntil)
{
    // Stopped clocks are matched through COALESCE, not "IS NULL", so that SQLite walks
    // IX_Cases_LeadAgencyCode_ReceivedAt newest first and stops at the page, instead of reading every
    // closed case of the agency through the due-date index to sort them.
    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    private List<CoordinatedCase>? coordinated;

    /// <summary>The counts of the tab <paramref name="filter"/> is in, and of both tabs.</summary>
    public async Task<InboxCounts> CountAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Coordinating)
        {
            var cases = await CoordinatedAsync(filter, cancellationToken);
            var leading = await CappedCountAsync(Lead(InboxFilter.None), cancellationToken);
            return new InboxCounts(
                cases.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()),
                cases.Count,
                cases.Count(c => Matches(c, InboxFilter.OverdueOnly)),
                cases.Count(c => Matches(c, InboxFilter.DueSoonOnly)),
                cases.Count(c => Matches(c, InboxFilter.MineOnly)),
                leading,
                cases.Count);
        }

        var byStatus = new Dictionary<CaseStatus, int>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            byStatus[status] = await CappedCountAsync(Lead(InboxFilter.OfStatus(status)), cancellationToken);
        }

        var all = await CappedCountAsync(Lead(InboxFilter.None), cancellationToken);
        return new InboxCounts(
            byStatus,
            all,
            await CappedCountAsync(Lead(InboxFilter.OverdueOnly), cancellationToken),
            await CappedCountAsync(Lead(InboxFilter.DueSoonOnly), cancellationToken),
            await CappedCountAsync(Lead(InboxFilter.MineOnly), cancellationToken),
            all,

            await CoordinatingCountAsync(cancellationToken));
    }

    // From the coordinators' index alone, in SQL of its own: through EF the owned rows are reached by a join
    // that reads every case. An agency never coordinates a case it leads (the router, RequestCoordination
    // and Transfer keep it so), so every row there is a case of the other tab.
    private Task<int> CoordinatingCountAsync(CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "CaseCoordinators" WHERE "AgencyCode" = {agencyCode}""")
            .SingleAsync(cancellationToken);

    /// <summary>One page of the cases <paramref name="filter"/> matches, in inbox order, and how many match in all.</summary>
    public async Task<InboxPage> PageAsync(InboxFilter filter, InboxCounts counts, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(counts);
        if (filter.Coordinating)
        {
            var keys = (await CoordinatedAsync(filter, cancellationToken)).Where(c => Matches(c, filter)).Select(c => c.Key).ToList();
            var clamped = InboxPage.Clamp(pageNumber, keys.Count, pageSize);
            return new InboxPage(keys.Count, clamped, [.. InInboxOrder(keys).Skip((clamped - 1) * pageSize).Take(pageSize).Select(k => k.Id)]);
        }

        var total = counts.Matching(filter) ?? await CappedCountAsync(Lead(filter), cancellationToken);
        var page = InboxPage.Clamp(pageNumber, total, pageSize);
        return new InboxPage(total, page, await ReadPageAsync(filter, (page - 1) * pageSize, pageSize, cancellationToken));
    }

    /// <summary>
    /// One page read in two runs, each walked in index order and cut at the page: running clocks by due
    /// date (IX_Cases_LeadAgencyCode_DueOn_ReceivedAt_ClockPaused or, for a status, IX_Cases_LeadAgencyCode_Status_DueOn),
    /// then stopped clocks newest first (IX_Cases_LeadAgencyCode_ReceivedAt).
    /// </summary>
    private async Task<List<long>> ReadPageAsync(InboxFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var running = await Lead(filter)
            .Where(c => c.DueOn != null)
            .OrderBy(c => c.DueOn).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => c.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        if (running.Count == take)
        {
            return running;
        }

        // Every running clock is in hand, so the page goes on with the stopped ones.
        var runningCount = skip + running.Count;
        if (running.Count == 0 && skip > 0)
        {
            runningCount = await CappedCountAsync(Lead(filter).Where(c => c.DueOn != null), cancellationToken);
        }

        var stopped = await Lead(filter)
            .Where(c => (c.DueOn ?? NoDueDate) == NoDueDate)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => c.Id)
            .Skip(Math.Max(0, skip - runningCount))
            .Take(take - running.Count)
            .ToListAsync(cancellationToken);
        return [.. running, .. stopped];
    }

    // What is due first comes first; cases whose clock has stopped go last, newest first.
    private static IEnumerable<CaseKey> InInboxOrder(IEnumerable<CaseKey> keys) => keys
        .OrderBy(k => k.DueOn is null)
        .ThenBy(k => k.DueOn)
        .ThenByDescending(k => k.ReceivedAt)
        .ThenByDescending(k => k.Id);

    // Counts one past the cap, so that "more than the cap" can be told from "exactly the cap".
    private static Task<int> CappedCountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Take(InboxCounts.Cap + 1).CountAsync(cancellationToken);

    // An officer's own cases are read and counted through IX_Cases_AssignedOfficerId_LeadAgencyCode_DueOn, whose
    // two equalities SQLite prefers to the agency's index (which took 450 ms for 181,000 cases).
    private IQueryable<FeedbackCase> Lead(InboxFilter filter) =>
        Narrow(db.Cases.AsNoTracking().Where(c => c.LeadAgencyCode == agencyCode), filter);

    /// <summary>
    /// The cases the agency coordinates, read once: from the coordinators' index to the cases, never the other way
    /// round. Only what the counts and <paramref name="filter"/> need is read: a sở coordinates thousands of cases,
    /// and each column of each of them costs as much again as finding it.
    /// </summary>
    private async Task<List<CoordinatedCase>> CoordinatedAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        if (coordinated is not null)
        {
            return coordinated;
        }

        var cases = db.Cases.AsNoTracking().SelectMany(c => c.Coordinators.Where(k => k.AgencyCode == agencyCode), (c, k) => c);
        coordinated = filter is { Kind: null, TopicCode: null, LocalityCode: null, Channel: null }
            ? await cases
                .Select(c => new CoordinatedCase(
                    new CaseKey(c.Id, c.DueOn, c.ReceivedAt), c.Status, null, null, null, null, c.AssignedOfficerId == userId, c.ClockPaused))
                .ToListAsync(cancellationToken)
            : await cases
                .Select(c => new CoordinatedCase(
                    new CaseKey(c.Id, c.DueOn, c.ReceivedAt), c.Status, c.Kind, c.TopicCode, c.LocalityCode, c.Channel, c.AssignedOfficerId == userId, c.ClockPaused))
                .ToListAsync(cancellationToken);
        return coordinated;
    }

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
        // (IX_Cases_LeadAgencyCode_DueOn_ReceivedAt_ClockPaused, which answers alone) rather than every running
        // clock in the city (IX_Cases_ClockPaused_DueOn).
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
        && (!filter.Mine || c.AssignedToMe)
        && (!filter.Overdue || (!c.ClockPaused && c.Key.DueOn < today))
        && (!filter.DueSoon || (!c.ClockPaused && c.Key.DueOn >= today && c.Key.DueOn <= dueSoonUntil));

    private readonly record struct CaseKey(long Id, DateOnly? DueOn, DateTimeOffset ReceivedAt);

    /// <summary>A coordinated case as the tab needs it; kind, topic, commune and channel only when a filter asks for them.</summary>
    private sealed record CoordinatedCase(
        CaseKey Key,
        CaseStatus Status,
        CaseKind? Kind,
        string? TopicCode,
        string? LocalityCode,
        CaseChannel? Channel,
        bool AssignedToMe,
        bool ClockPaused);
}
