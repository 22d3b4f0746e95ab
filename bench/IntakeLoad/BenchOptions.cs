using System.Globalization;

namespace DanVan.Feedback.Bench.IntakeLoad;

/// <summary>A failure the bench explains in one message and exits on (no stack trace).</summary>
internal sealed class BenchException(string message) : Exception(message);

/// <summary>Command-line options; every one has a default, so the bench runs with none.</summary>
internal sealed class BenchOptions
{
    public const string Usage =
        """
        IntakeLoad — files cases through the built Portal and a bare Kestrel+SQLite endpoint, same load, one run.

        usage: dotnet bench/IntakeLoad/bin/Release/net10.0/IntakeLoad.dll [options]
          --duration S        measured seconds per target                       (default 20)
          --warmup S          at least S unmeasured seconds of the same load first (default 30)
          --warmup-max S      warm-up goes on in 5 s windows while the rate or the server's CPU
                              per submission still improves by more than 10 % on the best
                              so far (tiered JIT), up to S seconds              (default 60)
          --concurrency N     virtual users, each one request at a time         (default 32)
          --rounds N          split each target's measured time into N slices, taken in
                              turns (portal, bare, portal, …) so drift hits both (default 1)
          --targets LIST      portal,bare | portal | bare                       (default portal,bare;
                              --database adds "portal-n", measured after "portal")
          --repo PATH         repository root (default: found above this program)
          --configuration C   build output to start: bin/C/net10.0             (default Release)
          --min-rate R        PASS needs the Portal at >= R submissions/s       (default 1000)
          --min-ratio F       PASS needs Portal/bare >= F                       (default 0.5)
          --database PATH     also load a second Portal started on a copy of PATH (a file from
                              bench/generate-cases.sh) and print both Portals' CPU per filing:
                              intake must cost the same at N stored cases as on an empty file
          --max-growth F      PASS needs CPU per filing on the copy <= F x the empty file's  (default 1.25)
          --keep              keep the temporary data directory (databases, server logs)
          --timeline          also print submissions per second, second by second (warm-up and measured)
          --help
        The Portal and BareInsert must be built first (bench/intake.sh does it).
        """;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(30);

    public TimeSpan WarmupMax { get; private set; } = TimeSpan.FromSeconds(60);

    public int Concurrency { get; private set; } = 32;

    public int Rounds { get; private set; } = 1;

    public bool RunPortal { get; private set; } = true;

    public bool RunBare { get; private set; } = true;

    public string RepositoryRoot { get; private set; } = "";

    public string Configuration { get; private set; } = "Release";

    public double MinRate { get; private set; } = 1000;

    public double MinRatio { get; private set; } = 0.5;

    public bool Keep { get; private set; }

    /// <summary>A generated database a second Portal files into (on a copy), to show intake does not slow as cases pile up.</summary>
    public string? Database { get; private set; }

    public double MaxGrowth { get; private set; } = 1.25;

    public bool Timeline { get; private set; }

    public bool Help { get; private set; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        string? repo = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new BenchException($"{name} needs a value.");
            switch (name)
            {
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(Positive(name, Value()));
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(NonNegative(name, Value()));
                    break;
                case "--warmup-max":
                    options.WarmupMax = TimeSpan.FromSeconds(NonNegative(name, Value()));
                    break;
                case "--concurrency":
                    options.Concurrency = checked((int)Positive(name, Value()));
                    break;
                case "--rounds":
                    options.Rounds = checked((int)Positive(name, Value()));
                    break;
                case "--targets":
                    var targets = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (targets.Length == 0 || targets.Any(t => t is not ("portal" or "bare")))
                    {
                        throw new BenchException("--targets takes portal, bare or portal,bare.");
                    }

                    options.RunPortal = targets.Contains("portal");
                    options.RunBare = targets.Contains("bare");
                    break;
                case "--repo":
                    repo = Value();
                    break;
                case "--configuration":
                    options.Configuration = Value();
                    break;
                case "--min-rate":
                    options.MinRate = NonNegative(name, Value());
                    break;
                case "--min-ratio":
                    options.MinRatio = NonNegative(name, Value());
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                case "--database":
                    options.Database = Path.GetFullPath(Value());
                    if (!File.Exists(options.Database))
                    {
                        throw new BenchException($"--database: {options.Database} does not exist (make one with bench/generate-cases.sh).");
                    }

                    break;
                case "--max-growth":
                    options.MaxGrowth = Positive(name, Value());
                    break;
                case "--timeline":
                    options.Timeline = true;
                    break;
                case "--help" or "-h":
                    options.Help = true;
                    break;
                default:
                    throw new BenchException($"Unknown option '{name}'. Try --help.");
            }
        }

        if (options.WarmupMax < options.Warmup)
        {
            options.WarmupMax = options.Warmup;
        }

        options.RepositoryRoot = Path.GetFullPath(repo ?? FindRepositoryRoot());
        return options;
    }

    private static double Positive(string name, string text)
    {
        var value = NonNegative(name, text);
        return value > 0 ? value : throw new BenchException($"{name} must be more than 0.");
    }

    private static double NonNegative(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new BenchException($"{name} takes a number >= 0, not '{text}'.");

    /// <summary>The first folder above this program (then above the working directory) that holds the solution file.</summary>
    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DanVan.Feedback.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new BenchException("Cannot find the repository root (DanVan.Feedback.sln); pass --repo PATH.");
    }
}
