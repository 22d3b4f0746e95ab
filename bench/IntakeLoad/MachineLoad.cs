using System.Globalization;

namespace DanVan.Feedback.Bench.IntakeLoad;

/// <summary>
/// What the whole machine did during a phase, from /proc: CPU busy across all cores and the share
/// of time some task was stalled on I/O. Subtracting the server's and the client's CPU leaves what
/// other processes (a build, a test run) took from the two cores the figures depend on.
/// </summary>
internal readonly record struct MachineSample(long BusyJiffies, long TotalJiffies, long IoStallMicroseconds, bool Available)
{
    public static MachineSample Take()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);

            // cpu user nice system idle iowait irq softirq steal ...
            var values = cpu.Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var idle = values[3] + values[4];
            var total = values.Sum();
            long ioStall = 0;
            if (File.Exists("/proc/pressure/io"))
            {
                var some = File.ReadLines("/proc/pressure/io").First(l => l.StartsWith("some", StringComparison.Ordinal));
                var field = some.Split(' ').First(f => f.StartsWith("total=", StringComparison.Ordinal));
                ioStall = long.Parse(field["total=".Length..], CultureInfo.InvariantCulture);
            }

            return new MachineSample(total - idle, total, ioStall, true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            return default;
        }
    }

    /// <summary>Cores busy on average between two samples (0 to the core count), or NaN off Linux.</summary>
    public static double BusyCores(MachineSample before, MachineSample after)
    {
        var total = after.TotalJiffies - before.TotalJiffies;
        return before.Available && after.Available && total > 0
            ? (double)(after.BusyJiffies - before.BusyJiffies) / total * Environment.ProcessorCount
            : double.NaN;
    }

    /// <summary>Share of wall time in which some task waited for I/O (Linux PSI), or NaN.</summary>
    public static double IoStallShare(MachineSample before, MachineSample after, TimeSpan wall) =>
        before.Available && after.Available && File.Exists("/proc/pressure/io")
            ? (after.IoStallMicroseconds - before.IoStallMicroseconds) / (wall.TotalMilliseconds * 1000)
            : double.NaN;
}
