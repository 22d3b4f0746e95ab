using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Feedback.Bench.IntakeLoad;

/// <summary>
/// A server under test: <c>dotnet app.dll --urls http://127.0.0.1:PORT</c> started from its build
/// output folder (so its content root, wwwroot and appsettings are the built ones), with its output
/// in a log file, and ended (whole process tree) when disposed.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private bool _stopped;

    private ServerProcess(string name, Process process, StreamWriter log, string logPath, Uri baseAddress)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the server has used so far (all its threads, both cores).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServerProcess Start(string name, string dllPath, IReadOnlyDictionary<string, string> environment, IEnumerable<string> extraArgs, string logPath)
    {
        if (!File.Exists(dllPath))
        {
            throw new BenchException($"{name}: {dllPath} does not exist. Build it first (bash bench/intake.sh builds everything in Release).");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(dllPath);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }

        // Nothing from a developer's shell (a Development environment, a connection string) may leak in.
        foreach (var key in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
        {
            info.Environment.Remove(key);
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        log.WriteLine($"# {info.FileName} {string.Join(' ', info.ArgumentList)}   (cwd {info.WorkingDirectory})");
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process, log, logPath, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start())
        {
            throw new BenchException($"{name}: could not start {info.FileName}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Polls <c>GET /healthz</c> until it answers 200 and returns its body; fails early if the process exits.</summary>
    public async Task<string> WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        string last = "no answer yet";
        while (clock.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new BenchException($"{Name} exited with code {_process.ExitCode} before /healthz answered.\n{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "timed out";
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new BenchException($"{Name}: GET {BaseAddress}healthz did not answer 200 within {timeout.TotalSeconds:0} s (last: {last}).\n{Tail()}");
    }

    /// <summary>The last lines of the server's output, for error messages.</summary>
    public string Tail(int lines = 25)
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return $"--- last lines of {LogPath} ---\n" + string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException ex)
        {
            return $"(cannot read {LogPath}: {ex.Message})";
        }
    }

    /// <summary>
    /// The warnings and errors the server logged (console format: a "warn:"/"fail:"/"crit:" line
    /// naming the category, then the message), each kind once with how often it came.
    /// </summary>
    public IReadOnlyList<(string Level, string Text, int Count)> LoggedProblems()
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        var found = new Dictionary<(string, string), int>();
        var order = new List<(string, string)>();
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var level = line.Length >= 5 ? line[..5] : "";
            if (level is not ("warn:" or "fail:" or "crit:"))
            {
                continue;
            }

            var message = reader.ReadLine()?.Trim() ?? "";
            var key = (level.TrimEnd(':'), $"{line[5..].Trim()} {message}");
            if (found.TryAdd(key, 1))
            {
                order.Add(key);
            }
            else
            {
                found[key]++;
            }
        }

        return order.Select(k => (k.Item1, k.Item2, found[k])).ToList();
    }

    /// <summary>Ends the server and everything it started; safe to call more than once and from any thread.</summary>
    public void Stop()
    {
        lock (_logLock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Already gone, or not ours to end any more.
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The server printed after we closed its log.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host running this program when there is one, else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? self
            : "dotnet";
    }
}
