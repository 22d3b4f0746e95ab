using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DanVan.Feedback.Bench.CaseData;
using DanVan.Feedback.Bench.CaseGenerator;
using DanVan.Feedback.Core;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Deadlines;
using DanVan.Feedback.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

// N realistic cases into a database the Backoffice migrated and seeded. Usage: see GeneratorOptions.Usage.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = GeneratorOptions.Parse(args);
if (options is null)
{
    return 2;
}

if (!File.Exists(options.Database))
{
    Console.Error.WriteLine($"{options.Database} does not exist: start the Backoffice on it once (Development) to migrate and seed it; bench/generate-cases.sh does.");
    return 2;
}

var now = (options.Now ?? TimeProvider.System.GetUtcNow()).ToUniversalTime();
var today = VietnamTime.ToLocalDate(now);
var watch = Stopwatch.StartNew();
Console.WriteLine($"Generating {options.Cases:N0} cases into {options.Database}: receipts {options.From:yyyy-MM-dd} … {VietnamTime.ToLocalDate(now):yyyy-MM-dd}, seed {options.Seed}, now {now:yyyy-MM-dd HH:mm}Z");

// 1. Pending migrations, and the reference data and deadline rules as the apps load them.
ReferenceDirectory directory;
DeadlineRules rules;
var services = CoreServices.Build(options.Database, Path.GetDirectoryName(options.Database)!, now, new NoOpJobScheduler());
try
{
    await services.InitializeFeedbackDatabaseAsync();
    directory = await services.GetRequiredService<ReferenceDataCache>().GetAsync();
    rules = await services.GetRequiredService<DeadlineRulesCache>().GetAsync();
}
finally
{
    await CoreServices.ShutDownAsync(services);
}

using var connection = BulkLoad.Open(options.Database);
var existing = (long)BulkLoad.Scalar(connection, """SELECT count(*) FROM "Cases" """)!;
if (existing > 0)
{
    Console.Error.WriteLine($"{options.Database} already holds {existing:N0} cases; the generator writes ids from 1 and wants an empty Cases table.");
    return 2;
}

var staff = StaffDirectory.Read(connection);
if (staff.Officers == 0)
{
    Console.Error.WriteLine("No staff accounts with the Officer role: start the Backoffice on this database once with ASPNETCORE_ENVIRONMENT=Development.");
    return 2;
}

Console.WriteLine($"  {directory.Agencies.Count} agencies, {directory.Localities.Count} localities, {directory.Topics.Count} topics, {directory.Rules.Count} routing rules; " +
    $"{staff.Officers} officers, {staff.Leads} leads; migrated and read in {watch.Elapsed.TotalSeconds:F1} s");

// 2. The cases, in receipt order (ids grow with time, as in production).
var stories = new CaseStories(directory, staff, rules, now, options.Seed, options.PublishPercent);
var published = new List<CaseRow>();
var receipts = stories.Receipts(options.Cases, options.From);
var byStatus = new Dictionary<CaseStatus, int>();
var byKind = new Dictionary<CaseKind, int>();
var byYear = new SortedDictionary<int, (int All, int Open)>();
var byAgency = new Dictionary<string, int>(StringComparer.Ordinal);
int overdue = 0, paused = 0, assigned = 0, coordinated = 0, inReview = 0;
var writeStart = watch.Elapsed;
var indexes = BulkLoad.DropIndexes(connection, "Cases", "CaseEvents", "CaseCoordinators");

// One thread tells the stories while this one writes: the two halves take about the same time.
using var queue = new BlockingCollection<CaseRow>(boundedCapacity: 20_000);
var teller = Task.Run(() =>
{
    try
    {
        for (var i = 0; i < receipts.Length; i++)
        {
            queue.Add(CaseRow.From(i + 1L, stories.Tell(receipts[i])));
        }
    }
    finally
    {
        queue.CompleteAdding();
    }
});
using (var writer = new CaseWriter(connection, options.BatchSize)
{
    Committed = written =>
    {
        if (written % 200_000 == 0 || written == options.Cases)
        {
            Console.WriteLine($"  {written,9:N0} cases written: {watch.Elapsed.TotalSeconds,6:F1} s");
        }
    },
})
{
    foreach (var c in queue.GetConsumingEnumerable())
    {
        writer.Write(c);
        if (c.PublishedAt is not null)
        {
            published.Add(c);
        }

        byStatus[c.Status] = byStatus.GetValueOrDefault(c.Status) + 1;
        byKind[c.Kind] = byKind.GetValueOrDefault(c.Kind) + 1;
        var year = VietnamTime.ToLocalDate(c.ReceivedAt).Year;
        var (all, open) = byYear.GetValueOrDefault(year);
        byYear[year] = (all + 1, open + (c.DueOn is null && !c.ClockPaused ? 0 : 1));
        byAgency[c.LeadAgencyCode] = byAgency.GetValueOrDefault(c.LeadAgencyCode) + 1;
        overdue += c.DueOn < today && !c.ClockPaused ? 1 : 0;
        paused += c.ClockPaused ? 1 : 0;
        assigned += c.AssignedOfficerId is null ? 0 : 1;
        coordinated += c.Coordinators.Count > 0 ? 1 : 0;
        inReview += c.FlaggedForReviewAt is not null && c.ReviewClosedAt is null ? 1 : 0;
    }

    await teller;
    writer.Commit();
    Console.WriteLine($"  {writer.Cases:N0} cases, {writer.Events:N0} events ({(double)writer.Events / writer.Cases:F1} a case), {writer.Coordinators:N0} coordinators: " +
        $"{(watch.Elapsed - writeStart).TotalSeconds:F1} s, {writer.Cases / (watch.Elapsed - writeStart).TotalSeconds:N0} cases/s");
}

BulkLoad.RestoreIndexes(connection, indexes);
Console.WriteLine($"  {indexes.Count} indexes built again: {watch.Elapsed.TotalSeconds:F1} s");

// The Portal's listing of the published answers and its word index, as the publish step writes them (ADR 0016).
var (answersListed, terms) = PublishedAnswerWriter.Write(connection, published);
Console.WriteLine($"  {answersListed:N0} published answers listed with {terms:N0} search words ({(double)terms / Math.Max(1, answersListed):F0} an answer): {watch.Elapsed.TotalSeconds:F1} s");

// 3. As the app runs the file: WAL, checkpointed; statistics and compaction only when asked.
BulkLoad.Finish(connection, options.Analyze, options.Vacuum, step => Console.WriteLine($"  {step}: {watch.Elapsed.TotalSeconds:F1} s"));
connection.Close();

string Share(int n) => $"{n:N0} ({100.0 * n / options.Cases:F1} %)";
Console.WriteLine($"Done in {watch.Elapsed.TotalSeconds:F1} s; file {new FileInfo(options.Database).Length / 1048576.0:N0} MiB");
Console.WriteLine($"  status: {string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {Share(s.Value)}"))}");
Console.WriteLine($"  kind:   {string.Join(", ", byKind.OrderBy(s => s.Key).Select(s => $"{s.Key} {Share(s.Value)}"))}");
Console.WriteLine($"  year:   {string.Join(", ", byYear.Select(y => $"{y.Key} {y.Value.All:N0} ({y.Value.Open:N0} with a running or paused clock)"))}");
Console.WriteLine($"  clocks: overdue {Share(overdue)}, paused {Share(paused)}; assigned to an officer {Share(assigned)}; with coordinators {Share(coordinated)}; in Thanh tra's queue {Share(inReview)}");
Console.WriteLine($"  busiest lead agencies: {string.Join(", ", byAgency.OrderByDescending(a => a.Value).Take(8).Select(a => $"{a.Key} {a.Value:N0}"))}; " +
    $"{byAgency.Count} agencies lead at least one case");
return 0;
