using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using DanVan.Feedback.Bench.Deadlines;
using DanVan.Feedback.Core.Deadlines;

// Deadline calculations per second for cases with 20 events, single-threaded: target ≥ 200,000/s on
// one core. Usage: Deadlines [--cases 10000] [--rounds 5] [--seconds 5] [--warmup 3] [--seed 2026]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const double Target = 200_000;
var cases = Option("--cases", 10_000);
var rounds = Option("--rounds", 5);
var seconds = Option("--seconds", 5);
var warmupSeconds = Option("--warmup", 3);
var seed = Option("--seed", 2026);

var rules = DeadlineRules.CreateDefault();
var policies = rules.Policies;
var calendar = rules.Calendar;
var workload = SyntheticCases.Create(cases, seed, rules);
var clocks = workload.Select(c => c.Clock).ToArray();
var todays = workload.Select(c => c.Today).ToArray();

Console.WriteLine($"Deadline calculator bench: {cases:N0} cases × {SyntheticCases.EventsPerCase} events, seed {seed}");
Console.WriteLine($"  received {workload.Min(c => c.Clock.ReceivedOn):yyyy-MM-dd} – {workload.Max(c => c.Clock.ReceivedOn):yyyy-MM-dd}; kinds {string.Join(", ", workload.GroupBy(c => c.Clock.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
Console.WriteLine($"  {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical CPU(s)");
Console.WriteLine($"  GC server={GCSettings.IsServerGC} latency={GCSettings.LatencyMode}; Release={IsRelease()}; one thread");

// Warm-up: tiered compilation and dynamic PGO settle on the hot path; the calendar years are built.
var sink = 0L;
var warmup = Stopwatch.StartNew();
while (warmup.Elapsed.TotalSeconds < warmupSeconds)
{
    sink += Pass();
}

// Allocations of one pass over every case, on this thread only.
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
sink += Pass();
var bytesPerCalculation = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / cases;

var rates = new List<double>(rounds);
for (var round = 1; round <= rounds; round++)
{
    var gen0 = GC.CollectionCount(0);
    var calculations = 0L;
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        sink += Pass();
        calculations += cases;
    }

    watch.Stop();
    var rate = calculations / watch.Elapsed.TotalSeconds;
    rates.Add(rate);
    Console.WriteLine($"  round {round}: {rate,12:N0} calculations/s  ({calculations:N0} in {watch.Elapsed.TotalSeconds:F2} s, {1e9 / rate:F0} ns each, {GC.CollectionCount(0) - gen0} gen0 GCs)");
}

var median = rates.Order().ElementAt(rates.Count / 2);
if (rates.Count % 2 == 0)
{
    median = (median + rates.Order().ElementAt(rates.Count / 2 - 1)) / 2;
}

Console.WriteLine($"  allocations: {bytesPerCalculation:F0} bytes per calculation");
Console.WriteLine($"  median: {median:N0} calculations/s — {(median >= Target ? "PASS" : "FAIL")} (target ≥ {Target:N0}/s on one core)");
Console.WriteLine($"  (checksum {sink})");
return median >= Target ? 0 : 1;

// One pass over every case; the checksum of due dates keeps the work observable.
long Pass()
{
    var sum = 0L;
    for (var i = 0; i < clocks.Length; i++)
    {
        var status = DeadlineCalculator.Calculate(clocks[i], policies, calendar, todays[i]);
        sum += status!.DueOn.DayNumber + status.RemainingDays;
    }

    return sum;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static bool IsRelease() =>
    typeof(DeadlineCalculator).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
