using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using DanVan.Feedback.Bench.CaseData;
using DanVan.Feedback.Bench.OverdueSweep;
using DanVan.Feedback.Core.Cases;
using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The daily overdue sweep over N cases on SQLite: target ≤ 5 s for 1,000,000 cases (median of the runs).
// Usage: OverdueSweep [--cases 1000000] [--runs 3] [--seed 2026] [--lead-every 3] [--dir PATH] [--keep]
//                     [--seeded FILE] [--profile]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const double TargetSeconds = 5.0;
var options = BenchOptions.Parse(args);
if (options is null)
{
    return 2;
}

// 06:30 in Hải Phòng on 26 Nov 2026, when the recurring job runs ("30 6 * * *", Asia/Ho_Chi_Minh).
var now = new DateTimeOffset(2026, 11, 26, 6, 30, 0, TimeSpan.FromHours(7));

var directory = options.Directory ?? Path.Combine(Path.GetTempPath(), $"overdue-sweep-{Environment.ProcessId}");
Directory.CreateDirectory(directory);
Console.WriteLine($"Overdue sweep bench: {options.Cases:N0} cases, {options.Runs} run(s), clock {now:yyyy-MM-dd HH:mm zzz}, work dir {directory}");
Console.WriteLine($"  {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical CPU(s); GC server={GCSettings.IsServerGC} concurrent={GCSettings.LatencyMode != GCLatencyMode.Batch}; Release={IsRelease()}");

try
{
    // 1. Setup: not part of the target.
    string seeded;
    SeedResult? seed = null;
    if (options.Seeded is { } existing)
    {
        seeded = Path.GetFullPath(existing);
        Console.WriteLine($"Setup: reusing {seeded} ({new FileInfo(seeded).Length / 1048576.0:N0} MiB)");
        var watch = Stopwatch.StartNew();
        await Seeder.BringUpToDateAsync(seeded, directory, now);
        Console.WriteLine($"  migrations pending in src/Core applied, WAL checkpointed: {watch.Elapsed.TotalSeconds:F1} s");
    }
    else
    {
        seeded = Path.Combine(directory, "seeded.db");
        Delete(seeded);
        Console.WriteLine("Setup (not timed against the target):");
        seed = await Seeder.CreateAsync(seeded, directory, options.Cases, options.Seed, options.LeadEvery, now);
        Console.WriteLine($"  setup: {seed.Elapsed.TotalSeconds:F1} s — {seed.Cases:N0} cases ({Mix(seed)}), {seed.Events:N0} events, " +
            $"{seed.Leads} agency leads in {seed.AgenciesWithLeads} of 114 commune committees, file {seed.FileBytes / 1048576.0:N0} MiB");
    }

    Console.WriteLine($"  SQLite {await SqliteVersionAsync(seeded)}; sweep candidates by the stored projection: {await CountCandidatesAsync(seeded, now):N0}");

    // 2. The measurement, each run on a fresh copy of the seeded file.
    var sweeps = new List<double>();
    var refreshes = new List<double>();
    for (var run = 1; run <= options.Runs; run++)
    {
        var file = Path.Combine(directory, $"run-{run}.db");
        Delete(file);
        File.Copy(seeded, file);
        Console.WriteLine($"Run {run} (fresh copy {Path.GetFileName(file)}):");
        var jobs = new NoOpJobScheduler();
        var services = CoreServices.Build(file, directory, now, jobs);
        try
        {
            var (first, firstSeconds, firstContext) = await TimeAsync(services, (EscalateOverdueCasesJob job) => job.ExecuteAsync(CancellationToken.None));
            var firstEnqueued = jobs.Enqueued;
            var stored = await CountOutcomesAsync(services);
            Console.WriteLine($"  sweep 1: {firstSeconds,7:F2} s {firstContext} — examined {first.Examined:N0}, escalated {first.Escalated:N0}, flagged {first.Flagged:N0}; " +
                $"{stored.Emails:N0} e-mails stored, {firstEnqueued:N0} sends enqueued, {stored.Events:N0} events appended");
            if (stored.Escalated != first.Escalated || stored.Flagged != first.Flagged || stored.Emails != firstEnqueued)
            {
                throw new InvalidOperationException($"The database disagrees with the job: {stored}.");
            }

            if (seed is not null && first.Escalated != seed.Mix[CaseMix.Overdue])
            {
                Console.WriteLine($"  WARNING: {seed.Mix[CaseMix.Overdue]:N0} cases were seeded overdue, {first.Escalated:N0} escalated.");
            }

            sweeps.Add(firstSeconds);

            var (second, secondSeconds, secondContext) = await TimeAsync(services, (EscalateOverdueCasesJob job) => job.ExecuteAsync(CancellationToken.None));
            Console.WriteLine($"  sweep 2: {secondSeconds,7:F2} s {secondContext} — examined {second.Examined:N0}, escalated {second.Escalated:N0}, flagged {second.Flagged:N0}; {jobs.Enqueued - firstEnqueued:N0} sends enqueued");

            var (changed, refreshSeconds, refreshContext) = await TimeAsync(services, (RefreshDeadlinesJob job) => job.ExecuteAsync(CancellationToken.None));
            var running = await CountRunningClocksAsync(services);
            Console.WriteLine($"  refresh: {refreshSeconds,7:F2} s {refreshContext} — {running:N0} running or paused clocks recomputed, {changed:N0} changed");
            refreshes.Add(refreshSeconds);
        }
        finally
        {
            await CoreServices.ShutDownAsync(services);
            if (!options.Keep)
            {
                Delete(file);
            }
        }
    }

    var median = Median(sweeps);
    Console.WriteLine();
    if (sweeps.Count > 0)
    {
        Console.WriteLine($"Overdue sweep over {options.Cases:N0} cases: {string.Join(" / ", sweeps.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s, median {median:F2} s " +
            $"— {(median <= TargetSeconds ? "PASS" : "FAIL")} (target ≤ {TargetSeconds:F0} s)");
        Console.WriteLine($"Deadline refresh: {string.Join(" / ", refreshes.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s, median {Median(refreshes):F2} s (no target)");
    }

    return sweeps.Count == 0 || median <= TargetSeconds ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    if (!options.Keep && options.Directory is null)
    {
        Directory.Delete(directory, recursive: true);
    }
}

static async Task<(T Result, double Seconds, string Context)> TimeAsync<TJob, T>(IServiceProvider services, Func<TJob, Task<T>> run)
    where TJob : notnull
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();

    // As the Hangfire server runs a job: resolved in a scope of its own.
    await using (var scope = services.CreateAsyncScope())
    {
        var result = await run(scope.ServiceProvider.GetRequiredService<TJob>());
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return (result, watch.Elapsed.TotalSeconds, $"(CPU {cpu.TotalSeconds:F1} s, load avg {LoadAverage()})");
    }
}

// Other work on the machine shows here: this bench uses about one core; a load average well above 1 means it shared them.
static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "n/a";
    }
}

static async Task<(int Escalated, int Flagged, int Emails, int Events)> CountOutcomesAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
    return (
        await db.Cases.CountAsync(c => c.JobMarks.OverdueEscalatedAt != null),
        await db.Cases.CountAsync(c => (c.ReviewReasons & ReviewReasons.Overdue) != 0),
        await db.OutboundEmails.CountAsync(),
        await db.CaseEvents.CountAsync(e => e.Type == CaseEventType.Escalated || e.Type == CaseEventType.FlaggedForReview));
}

static async Task<int> CountRunningClocksAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
    return await db.Cases.CountAsync(c => c.DueOn != null || c.ClockPaused);
}

static async Task<string> SqliteVersionAsync(string file)
{
    await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT sqlite_version()";
    return (string)(await command.ExecuteScalarAsync())!;
}

static async Task<long> CountCandidatesAsync(string file, DateTimeOffset now)
{
    await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT count(*) FROM "Cases"
        WHERE NOT "ClockPaused" AND "DueOn" IS NOT NULL AND "DueOn" < $today
          AND ("OverdueEscalatedAt" IS NULL OR ("ReviewReasons" & $overdue) = 0)
        """;
    command.Parameters.AddWithValue("$overdue", (int)ReviewReasons.Overdue);
    command.Parameters.AddWithValue("$today", DanVan.Feedback.Core.Deadlines.VietnamTime.ToLocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    return (long)(await command.ExecuteScalarAsync())!;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? double.NaN
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Mix(SeedResult seed) =>
    string.Join(", ", seed.Mix.Select(m => $"{m.Key.ToString().ToLowerInvariant()} {m.Value:N0}"));

static void Delete(string file)
{
    foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
    {
        File.Delete(path);
    }
}

static bool IsRelease()
{
#if DEBUG
    return false;
#else
    return true;
#endif
}
