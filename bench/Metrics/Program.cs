using System.Diagnostics;
using System.Globalization;
using DanVan.Feedback.Bench.CaseData;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Metrics;
using DanVan.Feedback.Core.Routing;
using DanVan.Feedback.Core.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

// usage: Metrics <database file> [--year 2025] [--runs 5] [--profile] | Metrics <database file> --snapshot
// Times AgencyMetricsService.ForPeriodAsync for every agency over one year, then a scoring run of the example
// rubric over those figures (gathering the inputs, scoring, ranking, fingerprint), each --runs times in one process.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Metrics <database file> [--year YYYY] [--runs N]");
    return 2;
}

var file = Path.GetFullPath(args[0]);
if (args.Contains("--snapshot"))
{
    // The nightly job as it would run tonight: the periods that include yesterday, kept for the Portal's /so-lieu.
    using var tonight = CoreServices.Build(file, Path.GetDirectoryName(file)!, DateTimeOffset.UtcNow, new NoOpJobScheduler());
    await using var scope = tonight.CreateAsyncScope();
    var clock = Stopwatch.StartNew();
    var rows = await scope.ServiceProvider.GetRequiredService<SnapshotMetricsJob>().ExecuteAsync(CancellationToken.None);
    Console.WriteLine($"snapshot: {rows} agency rows for the month, quarter, year and 12 months to yesterday in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

var year = Option("--year") ?? DateTime.UtcNow.Year - 1;
var runs = Option("--runs") ?? 5;
var now = new DateTimeOffset(year + 1, 1, 2, 0, 15, 0, TimeSpan.FromHours(7));
var profile = args.Contains("--profile") ? new CommandTimes() : null;
using var services = CoreServices.Build(file, Path.GetDirectoryName(file)!, now, new NoOpJobScheduler(), profile);
var period = MetricsPeriod.Year(year);

long cases, events;
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
    cases = await db.Cases.LongCountAsync();
    events = await db.CaseEvents.LongCountAsync();
}

Console.WriteLine($"=== Metrics and scoring: {cases:N0} cases, {events:N0} events, SQLite {file} ===");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg")[..14]}; period {period.Label}, {runs} runs each");

var metricsTimes = new List<double>();
var scoringTimes = new List<double>();
IReadOnlyList<AgencyPeriodMetrics> figures = [];
ScoringResult? result = null;
for (var run = 0; run < runs; run++)
{
    await using var scope = services.CreateAsyncScope();
    var clock = Stopwatch.StartNew();
    figures = await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().ForPeriodAsync(period, CancellationToken.None);
    metricsTimes.Add(clock.Elapsed.TotalMilliseconds);

    // A scoring run as Sở Nội vụ runs it: the period's figures for every agency, the rubric, the result.
    clock.Restart();
    var directory = await scope.ServiceProvider.GetRequiredService<ReferenceDataCache>().GetAsync(CancellationToken.None);
    var inputs = (await scope.ServiceProvider.GetRequiredService<AgencyMetricsService>().ForPeriodAsync(period, CancellationToken.None))
        .Where(f => f.HasData)
        .Select(f => new AgencyScoringInput(f.AgencyCode, directory.AgencyName(f.AgencyCode), f.ForScoring(), new Dictionary<string, ManualScore>()))
        .ToList();
    result = ScoringCalculator.Score(ExampleRubric.Create(), inputs);
    scoringTimes.Add(clock.Elapsed.TotalMilliseconds);
}

if (profile is not null)
{
    Console.WriteLine("per query, all runs (ms, from execution to the reader's end):");
    foreach (var (sql, times) in profile.Times.OrderByDescending(t => t.Value.Sum()))
    {
        Console.WriteLine($"  {times.Sum(),8:0} ms  {times.Count,3}×  {sql.ReplaceLineEndings(" ")[..Math.Min(150, sql.Length)]}");
    }
}

var answered = figures.Sum(f => f.Answered);
Console.WriteLine($"figures: {figures.Count} agencies; received {figures.Sum(f => f.Received):N0}, answered {answered:N0} " +
    $"({figures.Sum(f => f.AnsweredOnTime):N0} on time of {figures.Sum(f => f.AnsweredWithDueDate):N0} with a due date), " +
    $"escalated {figures.Sum(f => f.Escalated):N0}; scoring ranked {result!.Agencies.Count}, fingerprint {result.Fingerprint[..16]}…");
Console.WriteLine();
Console.WriteLine($"{"step",-44} {"runs (ms)",-40} {"median",8}  target");
Report("metrics, all agencies, one year", metricsTimes, 2000);
Report("scoring run (figures + rubric + ranking)", scoringTimes, 3000);
return metricsTimes.Order().ElementAt(runs / 2) <= 2000 && scoringTimes.Order().ElementAt(runs / 2) <= 3000 ? 0 : 1;

void Report(string name, List<double> times, double target)
{
    var median = times.Order().ElementAt(times.Count / 2);
    var all = string.Join(" ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)));
    Console.WriteLine($"{name,-44} {all,-40} {median,8:0}  <= {target:0} ms {(median <= target ? "PASS" : "FAIL")}");
}

int? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
}

/// <summary>With --profile: how long each statement took, from execution to the end of reading its rows.</summary>
internal sealed class CommandTimes : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    public Dictionary<string, List<double>> Times { get; } = [];

    public override InterceptionResult DataReaderDisposing(System.Data.Common.DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command.CommandText, eventData.Duration);
        return result;
    }

    private void Record(string sql, TimeSpan duration)
    {
        lock (Times)
        {
            (Times.TryGetValue(sql, out var list) ? list : Times[sql] = []).Add(duration.TotalMilliseconds);
        }
    }
}
