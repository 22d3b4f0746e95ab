using System.Globalization;
using System.Runtime.InteropServices;
using DanVan.Feedback.Bench.IntakeLoad;
using Microsoft.Data.Sqlite;

// Intake load test: the Portal's real form (antiforgery, validation, routing, insert) against a bare
// Kestrel endpoint that inserts one row, same load, same machine, one run. See bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

const string PortalFormPath = "/phan-anh/gui";
const string PortalDonePath = "/phan-anh/da-gui";
const string PortalDatabaseFile = "danvan-feedback.db";
const string PortalAtScale = "portal-n";

using var cancellation = new CancellationTokenSource();
var servers = new List<ServerProcess>();
var serversLock = new Lock();

void StopAll()
{
    lock (serversLock)
    {
        foreach (var server in servers)
        {
            server.Stop();
        }
    }
}

Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    Console.Error.WriteLine();
    Console.Error.WriteLine("Interrupted: stopping the servers.");
    cancellation.Cancel();
    StopAll();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
    StopAll();
});
AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

var workDirectory = Path.Combine(Path.GetTempPath(), $"intake-bench-{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
Directory.CreateDirectory(workDirectory);
var keepWorkDirectory = options.Keep;
var exitCode = 2;

try
{
    var configurationFolder = Path.Combine("bin", options.Configuration, "net10.0");
    var portalDll = Path.Combine(options.RepositoryRoot, "src", "Portal", configurationFolder, "DanVan.Feedback.Portal.dll");
    var bareDll = Path.Combine(options.RepositoryRoot, "bench", "BareInsert", configurationFolder, "BareInsert.dll");
    var portalData = Path.Combine(workDirectory, "portal-data");
    var bareDatabase = Path.Combine(workDirectory, "bare-data", "bare.db");
    Directory.CreateDirectory(portalData);

    var common = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_NOLOGO"] = "1",
    };

    Console.WriteLine($"Intake load test — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
    Console.WriteLine($"  {options.Concurrency} virtual users (closed loop) per target, {options.Rounds} round(s), warm-up {options.Warmup.TotalSeconds:0.#}–{options.WarmupMax.TotalSeconds:0.#} s (until the rate stops rising), measured {options.Duration.TotalSeconds:0.#} s per target");
    Console.WriteLine($"  work directory {workDirectory}");
    if (File.Exists("/proc/loadavg"))
    {
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        Console.WriteLine($"  load average before start: {load} (on {Environment.ProcessorCount} cores; above ~0.5 the figures will be noisy)");
    }

    // The bench measures filing, not bots: no CAPTCHA (allowed only in Development, ADR 10) and
    // limits it cannot reach, since every virtual user posts from 127.0.0.1.
    var portalSettings = new Dictionary<string, string>(common)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Captcha__Provider"] = "None",
        ["RateLimits__Intake__PermitLimit"] = "1000000000",
        ["RateLimits__Lookup__PermitLimit"] = "1000000000",
    };
    var portalAtScaleData = Path.Combine(workDirectory, "portal-n-data");
    var storedBefore = new Dictionary<string, long>(StringComparer.Ordinal);
    ServerProcess? portal = null;
    ServerProcess? portalAtScale = null;
    ServerProcess? bare = null;
    lock (serversLock)
    {
        if (options.RunPortal)
        {
            portal = ServerProcess.Start(
                "Portal",
                portalDll,
                new Dictionary<string, string>(portalSettings) { ["Database__DataDirectory"] = portalData },
                [],
                Path.Combine(workDirectory, "portal.log"));
            servers.Add(portal);
        }

        if (options.RunPortal && options.Database is { } generated)
        {
            // A copy, so the generated file stays as it was made; the Portal opens it as its own (no migration to run).
            Directory.CreateDirectory(portalAtScaleData);
            File.Copy(generated, Path.Combine(portalAtScaleData, PortalDatabaseFile));
            storedBefore[PortalAtScale] = CountRows(Path.Combine(portalAtScaleData, PortalDatabaseFile), "Cases");
            Console.WriteLine($"  {PortalAtScale} files into a copy of {generated} ({storedBefore[PortalAtScale]:N0} cases)");
            portalAtScale = ServerProcess.Start(
                PortalAtScale,
                portalDll,
                new Dictionary<string, string>(portalSettings) { ["Database__DataDirectory"] = portalAtScaleData },
                [],
                Path.Combine(workDirectory, "portal-n.log"));
            servers.Add(portalAtScale);
        }

        if (options.RunBare)
        {
            bare = ServerProcess.Start(
                "BareInsert",
                bareDll,
                new Dictionary<string, string>(common) { ["BAREINSERT_DB"] = bareDatabase },
                [],
                Path.Combine(workDirectory, "bare.log"));
            servers.Add(bare);
        }
    }

    foreach (var server in servers)
    {
        var health = await server.WaitHealthyAsync(TimeSpan.FromSeconds(90), cancellation.Token);
        Console.WriteLine($"  {server.Name,-10} up at {server.BaseAddress} (pid {server.Id}), log {server.LogPath}");
        Console.WriteLine($"  {"",-10} /healthz: {(health.Length <= 300 ? health : health[..300] + "…")}");
    }

    var targets = new List<LoadTarget>();
    if (portal is not null)
    {
        targets.Add(new LoadTarget(
            "portal",
            portal,
            PortalFormPath,
            PortalDonePath,
            async (user, ct) => Payloads.ForUser(user.Index, await LoadRunner.FetchAntiforgeryTokenAsync(user, PortalFormPath, ct))));
    }

    if (portalAtScale is not null)
    {
        targets.Add(new LoadTarget(
            PortalAtScale,
            portalAtScale,
            PortalFormPath,
            PortalDonePath,
            async (user, ct) => Payloads.ForUser(user.Index, await LoadRunner.FetchAntiforgeryTokenAsync(user, PortalFormPath, ct))));
    }

    if (bare is not null)
    {
        targets.Add(new LoadTarget("bare", bare, "/submit", "/", (user, _) => Task.FromResult(Payloads.ForUser(user.Index, null))));
    }

    var results = new Dictionary<string, PhaseResult>(StringComparer.Ordinal);
    var redirects = new Dictionary<string, long>(StringComparer.Ordinal);
    var prepared = new List<(LoadTarget Target, VirtualUser[] Users)>();
    try
    {
        foreach (var target in targets)
        {
            Console.WriteLine();
            Console.WriteLine($"[{target.Name}] preparing {options.Concurrency} virtual users…");
            var users = await LoadRunner.PrepareUsersAsync(target, options.Concurrency, cancellation.Token);
            prepared.Add((target, users));
            redirects[target.Name] = await WarmUpAsync(options, target, users, cancellation.Token);
        }

        // With --rounds N the targets take turns, N slices each, so a slow spell of the disk or a
        // burst of other work on the machine falls on both rather than on one.
        var parts = prepared.ToDictionary(p => p.Target.Name, _ => new List<PhaseResult>(), StringComparer.Ordinal);
        var slice = options.Duration / options.Rounds;
        Console.WriteLine();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var (target, users) in prepared)
            {
                var roundNote = options.Rounds > 1 ? $" (round {round} of {options.Rounds})" : "";
                Console.WriteLine($"[{target.Name}] measuring {slice.TotalSeconds:0.#} s{roundNote}…");
                var part = await LoadRunner.RunAsync(target, users, slice, cancellation.Token);
                parts[target.Name].Add(part);
                Console.WriteLine($"[{target.Name}]   {part.Rate:0.0} submissions/s, p50 {part.Percentile(50):0.0} ms, p99 {part.Percentile(99):0.0} ms, {part.ErrorCount} errors");
                PrintTimeline(options, part);
            }
        }

        foreach (var (name, list) in parts)
        {
            results[name] = PhaseResult.Combine(list);
            redirects[name] += results[name].Submissions;
        }
    }
    finally
    {
        foreach (var user in prepared.SelectMany(p => p.Users))
        {
            user.Dispose();
        }
    }

    // Count what was stored only once the servers are gone: a 303 must mean a committed row.
    var logged = servers.ToDictionary(s => s.Name, s => s.LoggedProblems());
    StopAll();
    var stored = new Dictionary<string, long>(StringComparer.Ordinal);
    if (results.ContainsKey("portal"))
    {
        stored["portal"] = CountRows(FindPortalDatabase(portalData, PortalDatabaseFile), "Cases");
    }

    if (results.ContainsKey(PortalAtScale))
    {
        stored[PortalAtScale] = CountRows(Path.Combine(portalAtScaleData, PortalDatabaseFile), "Cases") - storedBefore[PortalAtScale];
    }

    if (results.ContainsKey("bare"))
    {
        stored["bare"] = CountRows(bareDatabase, "Cases");
    }

    exitCode = Report(options, results, redirects, stored, logged) ? 0 : 1;
    keepWorkDirectory |= results.Values.Any(r => r.ErrorCount > 0) || logged.Values.Any(l => l.Any(p => p.Level != "warn"));
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    exitCode = 130;
    keepWorkDirectory = true;
}
catch (BenchException ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"ERROR: {ex.Message}");
    exitCode = 2;
    keepWorkDirectory = true;
}
finally
{
    StopAll();
    lock (serversLock)
    {
        foreach (var server in servers)
        {
            server.Dispose();
        }

        servers.Clear();
    }

    SqliteConnection.ClearAllPools();
    if (keepWorkDirectory)
    {
        Console.WriteLine($"Kept {workDirectory} (databases and server logs).");
    }
    else
    {
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not remove {workDirectory}: {ex.Message}");
        }
    }
}

return exitCode;

static bool Report(
    BenchOptions options,
    Dictionary<string, PhaseResult> results,
    Dictionary<string, long> redirects,
    Dictionary<string, long> stored,
    Dictionary<string, IReadOnlyList<(string Level, string Text, int Count)>> logged)
{
    Console.WriteLine();
    Console.WriteLine($"=== Intake load: {options.Concurrency} virtual users, {options.Duration.TotalSeconds:0.#} s measured per target, {Environment.ProcessorCount} cores ===");
    Console.WriteLine($"{"target",-8} {"submissions/s",14} {"p50 ms",8} {"p99 ms",8} {"submissions",12} {"errors",7}   CPU cores: server client other   I/O stall   server CPU ms/filing");
    foreach (var r in results.Values)
    {
        Console.WriteLine(
            $"{r.Target,-8} {r.Rate,14:0.0} {r.Percentile(50),8:0.0} {r.Percentile(99),8:0.0} {r.Submissions,12} {r.ErrorCount,7} " +
            $"             {r.ServerCores,6:0.00} {r.ClientCores,6:0.00} {r.OtherCores,5:0.00}   {r.IoStall,9:P0}   {CpuPerFiling(r),20:0.00}");
    }

    var busiest = results.Values.Select(r => r.OtherCores).DefaultIfEmpty(0).Max();
    if (busiest > 0.25)
    {
        Console.WriteLine(
            $"WARNING: other processes kept {busiest:0.00} of {Environment.ProcessorCount} cores busy during a measurement " +
            "(a build or a test run?): these figures understate both targets and their ratio is unreliable. Rerun on an idle machine.");
    }

    foreach (var r in results.Values.Where(r => r.ErrorCount > 0))
    {
        Console.WriteLine($"  {r.Target} errors: {string.Join(", ", r.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value}"))}");
        if (r.FirstErrorSample is not null)
        {
            Console.WriteLine($"  {r.Target} first error: {r.FirstErrorSample}");
        }
    }

    var consistent = true;
    foreach (var (name, rows) in stored)
    {
        var expected = redirects[name];
        var ok = rows == expected;
        consistent &= ok;
        Console.WriteLine(
            $"stored   {name,-8} {rows} new rows in \"Cases\" after the run; {expected} success redirects (warm-up + measured) " +
            (ok ? "— every redirect is a stored case" : "— MISMATCH"));
    }

    foreach (var (name, problems) in logged)
    {
        foreach (var (level, text, count) in problems.Take(8))
        {
            Console.WriteLine($"log      {name} {level} ×{count}: {(text.Length <= 200 ? text : text[..200] + "…")}");
        }

        if (problems.Count > 8)
        {
            Console.WriteLine($"log      {name}: {problems.Count - 8} more kinds of warning or error in its log");
        }
    }

    var pass = consistent;
    if (results.TryGetValue("portal", out var portal))
    {
        var ratePass = portal.Rate >= options.MinRate;
        Console.WriteLine($"target   portal >= {options.MinRate:0} submissions/s: {(ratePass ? "PASS" : "FAIL")} ({portal.Rate:0.0}/s)");
        pass &= ratePass;
        if (results.TryGetValue("bare", out var bare) && bare.Rate > 0)
        {
            var ratio = portal.Rate / bare.Rate;
            var ratioPass = ratio >= options.MinRatio;
            Console.WriteLine($"ratio    portal/bare = {ratio:0.000} ({ratio:P1})");
            Console.WriteLine($"target   portal >= {options.MinRatio:P0} of bare: {(ratioPass ? "PASS" : "FAIL")}");
            pass &= ratioPass;
        }
        else
        {
            Console.WriteLine("target   portal/bare ratio: not measured (run both targets)");
        }

        pass &= portal.ErrorCount == 0;

        // Issue 17: the rules run at intake must not grow with the stored cases.
        if (results.TryGetValue(PortalAtScale, out var atScale) && atScale.Submissions > 0 && portal.Submissions > 0)
        {
            var growth = CpuPerFiling(atScale) / CpuPerFiling(portal);
            var growthPass = growth <= options.MaxGrowth;
            Console.WriteLine(
                $"growth   CPU per filing on the generated file / on the empty file = {CpuPerFiling(atScale):0.00} / {CpuPerFiling(portal):0.00} ms = {growth:0.00}x " +
                $"(rate {atScale.Rate:0.0}/s vs {portal.Rate:0.0}/s)");
            Console.WriteLine($"target   growth <= {options.MaxGrowth:0.00}x: {(growthPass ? "PASS" : "FAIL")}");
            pass &= growthPass && atScale.ErrorCount == 0;
        }
    }
    else
    {
        Console.WriteLine("target   portal not measured: nothing to check against the targets");
    }

    if (!consistent)
    {
        Console.WriteLine("FAIL: stored rows and success redirects differ");
    }

    Console.WriteLine(portal is null && pass ? "RESULT: no target checked (portal not measured)" : $"RESULT: {(pass ? "PASS" : "FAIL")}");
    return pass;
}

// Tiered JIT takes a while to settle on two cores: the first seconds of a fresh server run
// unoptimised code. Warm up for at least --warmup, then in 5 s windows until neither the rate
// nor the server's CPU per submission improves by more than 10 % (or --warmup-max is reached);
// return the redirects it caused.
static async Task<long> WarmUpAsync(BenchOptions options, LoadTarget target, VirtualUser[] users, CancellationToken cancellationToken)
{
    if (options.WarmupMax <= TimeSpan.Zero)
    {
        return 0;
    }

    var window = TimeSpan.FromSeconds(5);
    var done = TimeSpan.Zero;
    long redirects = 0;
    long errors = 0;
    var rates = new List<double>();
    var cpuCosts = new List<double>();
    var settled = false;
    var timeline = new List<long>();
    Console.Write($"[{target.Name}] warming up:");
    while (done < options.WarmupMax)
    {
        var length = options.WarmupMax - done < window ? options.WarmupMax - done : window;
        var phase = await LoadRunner.RunAsync(target, users, length, cancellationToken);
        done += length;
        redirects += phase.Submissions;
        errors += phase.ErrorCount;
        Console.Write($" {phase.Rate:0}/s");
        if (phase.Submissions > 0)
        {
            Console.Write($" ({phase.ServerCpu.TotalMilliseconds / phase.Submissions:0.0} ms CPU each)");
        }

        timeline.AddRange(phase.PerSecond.Take((int)Math.Ceiling(length.TotalSeconds)));
        // Still warming: a new high in rate, or a new low in server CPU per submission (tiered JIT
        // at work), by more than 10 %. A dip in rate alone is noise (lock waits), not warmth.
        var cpuPerSubmission = phase.Submissions > 0 ? phase.ServerCpu.TotalMilliseconds / phase.Submissions : double.MaxValue;
        var rising = rates.Count == 0
            || phase.Rate > rates.Max() * 1.10
            || cpuPerSubmission < cpuCosts.Min() * 0.90;
        rates.Add(phase.Rate);
        cpuCosts.Add(cpuPerSubmission);
        if (done >= options.Warmup && !rising)
        {
            settled = true;
            break;
        }
    }

    var stillRising = !settled && rates.Count > 1 ? ", rate still rising: raise --warmup-max" : "";
    Console.WriteLine($"  ({done.TotalSeconds:0} s{stillRising}, {errors} errors)");
    if (options.Timeline)
    {
        Console.WriteLine($"[{target.Name}]   per second: {string.Join(' ', timeline)}");
    }

    return redirects;
}

static double CpuPerFiling(PhaseResult result) =>
    result.Submissions > 0 ? result.ServerCpu.TotalMilliseconds / result.Submissions : double.NaN;

static void PrintTimeline(BenchOptions options, PhaseResult result)
{
    if (options.Timeline)
    {
        Console.WriteLine($"[{result.Target}]   per second: {string.Join(' ', result.PerSecond)}");
    }
}

static string FindPortalDatabase(string dataDirectory, string fileName)
{
    var expected = Path.Combine(dataDirectory, fileName);
    if (File.Exists(expected))
    {
        return expected;
    }

    var found = Directory.EnumerateFiles(dataDirectory, "*.db", SearchOption.AllDirectories).FirstOrDefault();
    return found ?? throw new BenchException($"The Portal left no SQLite file in {dataDirectory}: did it honour Database__DataDirectory?");
}

static long CountRows(string databasePath, string table)
{
    if (!File.Exists(databasePath))
    {
        throw new BenchException($"{databasePath} does not exist.");
    }

    // Read-write (not read-only) so a WAL left by a killed server is recovered; no pooling so the file is let go.
    var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"SELECT COUNT(*) FROM \"{table}\";";
    return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}
