using System.Globalization;

namespace DanVan.Feedback.Bench.OverdueSweep;

public sealed record BenchOptions(int Cases, int Runs, int Seed, int LeadEvery, string? Directory, bool Keep, string? Seeded)
{
    public const string Usage = """
        OverdueSweep [options]
          --cases N        cases to seed (default 1,000,000; "1_000_000" and "1,000,000" are read too)
          --runs N         measured sweeps, each on a fresh copy of the seeded file (default 3)
          --seed N         random seed of the case mix (default 2026)
          --lead-every K   agency leads (with e-mail) for every K-th commune committee (default 3)
          --dir PATH       work directory (default a temp directory, deleted at the end)
          --keep           keep the seeded file and the run copies
          --seeded FILE    skip setup and copy this seeded file (from an earlier --keep run)
        """;

    /// <summary>The options, or null after printing the usage (for --help or a mistake).</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, 3, 2026, 3, null, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--cases" => options with { Cases = Number() },
                    "--runs" => options with { Runs = Number() },
                    "--seed" => options with { Seed = Number() },
                    "--lead-every" => options with { LeadEvery = Number() },
                    "--dir" => options with { Directory = Path.GetFullPath(Value()) },
                    "--keep" => options with { Keep = true },
                    "--seeded" => options with { Seeded = Value() },
                    _ => throw new ArgumentException($"Unknown option {args[i]}."),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine(args[i] is "--help" or "-h" ? "" : e.Message);
                Console.Error.WriteLine(Usage);
                return null;
            }
        }

        if (options.Cases < 1 || options.LeadEvery < 1 || options.Runs < 1)
        {
            Console.Error.WriteLine("--cases, --runs and --lead-every must be at least 1 (--runs 0 is allowed with --profile).");
            return null;
        }

        return options;
    }
}
