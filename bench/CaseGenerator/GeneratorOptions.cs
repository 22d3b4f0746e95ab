using System.Globalization;

namespace DanVan.Feedback.Bench.CaseGenerator;

public sealed record GeneratorOptions(string Database, int Cases, int Seed, DateOnly From, DateTimeOffset? Now, bool Analyze, bool Vacuum, int BatchSize, double PublishPercent = 20)
{
    public const string Usage = """
        CaseGenerator --db FILE [options]
          --db FILE        a SQLite database the Backoffice has migrated and seeded (Development: staff accounts);
                           it must hold no cases yet (bench/generate-cases.sh makes one)
          --cases N        cases to write (default 1,000,000; "1_000_000" and "1,000,000" are read too)
          --seed N         random seed of the mix (default 2026)
          --from DATE      first receipt day, yyyy-MM-dd (default 2024-01-01); the last is now
          --now ISO        the instant the stories run up to (default the clock); DueOn is judged on its day
          --analyze        run ANALYZE at the end (the app never does: off by default, as in production)
          --vacuum         VACUUM at the end (off by default)
          --batch N        cases per transaction (default 50,000)
          --publish P      of the answered cases whose filer consented (never a denunciation), the percentage whose
                           answer staff publish on the Portal (default 20; 100 gives about one published answer in three cases)
        """;

    /// <summary>The options, or null after printing the usage (for --help or a mistake).</summary>
    public static GeneratorOptions? Parse(string[] args)
    {
        var options = new GeneratorOptions("", 1_000_000, 2026, new DateOnly(2024, 1, 1), null, false, false, 50_000);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--db" => options with { Database = Path.GetFullPath(Value()) },
                    "--cases" => options with { Cases = Number() },
                    "--seed" => options with { Seed = Number() },
                    "--from" => options with { From = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    "--now" => options with { Now = DateTimeOffset.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--analyze" => options with { Analyze = true },
                    "--vacuum" => options with { Vacuum = true },
                    "--batch" => options with { BatchSize = Number() },
                    "--publish" => options with { PublishPercent = double.Parse(Value(), CultureInfo.InvariantCulture) },
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

        if (options.Database.Length == 0 || options.Cases < 1 || options.BatchSize < 1)
        {
            Console.Error.WriteLine("--db is required; --cases and --batch must be at least 1.");
            Console.Error.WriteLine(Usage);
            return null;
        }

        return options;
    }
}
