using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace DanVan.Feedback.Bench.IntakeLoad;

/// <summary>What one target is: where to post, what success looks like, and how a virtual user gets ready.</summary>
internal sealed record LoadTarget(
    string Name,
    ServerProcess Server,
    string SubmitPath,
    string ExpectedLocationPrefix,
    Func<VirtualUser, CancellationToken, Task<byte[][]>> PrepareAsync);

/// <summary>The figures of one measured phase.</summary>
internal sealed record PhaseResult(
    string Target,
    int Concurrency,
    TimeSpan Elapsed,
    long Submissions,
    double[] LatenciesMs,
    IReadOnlyDictionary<string, long> Errors,
    string? FirstErrorSample,
    TimeSpan ServerCpu,
    TimeSpan ClientCpu,
    long[] PerSecond,
    double MachineCores,
    double IoStall)
{
    public double Rate => Submissions / Elapsed.TotalSeconds;

    /// <summary>Several measured slices of one target as one result (rates and CPU weighted by time).</summary>
    public static PhaseResult Combine(IReadOnlyList<PhaseResult> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var elapsed = TimeSpan.FromTicks(parts.Sum(p => p.Elapsed.Ticks));
        var latencies = parts.SelectMany(p => p.LatenciesMs).ToArray();
        Array.Sort(latencies);
        double Weighted(Func<PhaseResult, double> value) => parts.Sum(p => value(p) * p.Elapsed.TotalSeconds) / elapsed.TotalSeconds;
        return new PhaseResult(
            parts[0].Target,
            parts[0].Concurrency,
            elapsed,
            parts.Sum(p => p.Submissions),
            latencies,
            parts.SelectMany(p => p.Errors).GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal),
            parts.Select(p => p.FirstErrorSample).FirstOrDefault(s => s is not null),
            TimeSpan.FromTicks(parts.Sum(p => p.ServerCpu.Ticks)),
            TimeSpan.FromTicks(parts.Sum(p => p.ClientCpu.Ticks)),
            parts.SelectMany(p => p.PerSecond).ToArray(),
            Weighted(p => p.MachineCores),
            Weighted(p => p.IoStall));
    }

    public long ErrorCount => Errors.Values.Sum();

    /// <summary>Nearest-rank percentile of the successful submissions' latency.</summary>
    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Length);
        return LatenciesMs[Math.Clamp(rank - 1, 0, LatenciesMs.Length - 1)];
    }

    /// <summary>Server CPU per second of wall time: 2.0 is both cores of this machine.</summary>
    public double ServerCores => ServerCpu.TotalSeconds / Elapsed.TotalSeconds;

    public double ClientCores => ClientCpu.TotalSeconds / Elapsed.TotalSeconds;

    /// <summary>CPU that neither the server nor this client used: other processes on the machine.</summary>
    public double OtherCores => Math.Max(0, MachineCores - ServerCores - ClientCores);
}

/// <summary>
/// One simulated filer: its own connection pool and cookie jar (so the antiforgery cookie stays
/// with its token), no automatic redirects, one request at a time.
/// </summary>
internal sealed class VirtualUser : IDisposable
{
    public VirtualUser(int index, Uri baseAddress)
    {
        Index = index;
        Cookies = new CookieContainer();
        Client = new HttpClient(
            new SocketsHttpHandler
            {
                CookieContainer = Cookies,
                UseCookies = true,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                MaxConnectionsPerServer = 4,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
                UseProxy = false,
            },
            disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public int Index { get; }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public byte[][] Bodies { get; set; } = [];

    public void Dispose() => Client.Dispose();
}

internal static partial class LoadRunner
{
    private static readonly MediaTypeHeaderValue FormContentType = new("application/x-www-form-urlencoded");

    /// <summary>Creates the virtual users and lets each get ready (for the Portal: fetch the form and its token).</summary>
    public static async Task<VirtualUser[]> PrepareUsersAsync(LoadTarget target, int count, CancellationToken cancellationToken)
    {
        var users = Enumerable.Range(0, count).Select(i => new VirtualUser(i, target.Server.BaseAddress)).ToArray();
        try
        {
            // A few at a time: the point is to get ready, not to load the form page.
            using var gate = new SemaphoreSlim(4);
            await Task.WhenAll(users.Select(async user =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    user.Bodies = await target.PrepareAsync(user, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));
            return users;
        }
        catch
        {
            foreach (var user in users)
            {
                user.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Closed loop: every virtual user posts, waits for the answer, and posts again until
    /// <paramref name="duration"/> is over (requests in flight at that moment finish and count).
    /// </summary>
    public static async Task<PhaseResult> RunAsync(LoadTarget target, VirtualUser[] users, TimeSpan duration, CancellationToken cancellationToken)
    {
        var uri = new Uri(target.SubmitPath, UriKind.Relative);
        var stats = users.Select(_ => new UserStats()).ToArray();
        var perSecond = new long[(int)Math.Ceiling(duration.TotalSeconds) + 1];
        string? firstErrorSample = null;

        var machineBefore = MachineSample.Take();
        var serverCpuBefore = target.Server.CpuTime;
        var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        await Task.WhenAll(users.Select(user => Task.Run(
            async () =>
            {
                var mine = stats[user.Index];
                var i = 0;
                while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
                {
                    var body = user.Bodies[i++ % user.Bodies.Length];
                    using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.ContentType = FormContentType;
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await user.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                        var elapsed = Stopwatch.GetElapsedTime(sent);
                        var status = (int)response.StatusCode;
                        var location = response.Headers.Location;
                        if (status is 303 or 302 && location is not null)
                        {
                            var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
                            if (path.StartsWith(target.ExpectedLocationPrefix, StringComparison.OrdinalIgnoreCase))
                            {
                                mine.Latencies.Add(elapsed.TotalMilliseconds);
                                var second = (int)Stopwatch.GetElapsedTime(start).TotalSeconds;
                                Interlocked.Increment(ref perSecond[Math.Min(second, perSecond.Length - 1)]);
                                continue;
                            }

                            mine.Error($"{status} to {Truncate(path, 60)}");
                            continue;
                        }

                        mine.Error($"HTTP {status}");
                        if (firstErrorSample is null)
                        {
                            var text = await response.Content.ReadAsStringAsync(cancellationToken);
                            Interlocked.CompareExchange(ref firstErrorSample, $"HTTP {status}: {Summarise(text)}", null);
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (TaskCanceledException)
                    {
                        mine.Error("client timeout (30 s)");
                    }
                    catch (HttpRequestException ex)
                    {
                        mine.Error($"{ex.HttpRequestError}");
                        Interlocked.CompareExchange(ref firstErrorSample, ex.Message, null);
                    }
                }
            },
            cancellationToken)));

        var wall = Stopwatch.GetElapsedTime(start);
        var serverCpu = target.Server.CpuTime - serverCpuBefore;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
        var machineAfter = MachineSample.Take();

        var latencies = stats.SelectMany(s => s.Latencies).ToArray();
        Array.Sort(latencies);
        var errors = stats.SelectMany(s => s.Errors)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
        return new PhaseResult(target.Name, users.Length, wall, latencies.Length, latencies, errors, firstErrorSample, serverCpu, clientCpu, perSecond,
            MachineSample.BusyCores(machineBefore, machineAfter), MachineSample.IoStallShare(machineBefore, machineAfter, wall));
    }

    /// <summary>The Portal's form page: fetch it once per virtual user, keep the cookie, read the antiforgery token.</summary>
    public static async Task<string> FetchAntiforgeryTokenAsync(VirtualUser user, string formPath, CancellationToken cancellationToken)
    {
        using var response = await user.Client.GetAsync(new Uri(formPath, UriKind.Relative), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchException(
                $"GET {formPath} answered HTTP {(int)response.StatusCode}, not 200 " +
                $"(location: {response.Headers.Location?.ToString() ?? "none"}). Is the Portal's intake form there yet?\n" +
                $"Body: {Summarise(html)}");
        }

        var token = FindToken(html) ?? throw new BenchException(
            $"GET {formPath} answered 200 but the page has no <input name=\"__RequestVerificationToken\" value=\"...\">, " +
            "so the bench cannot post the form. Does the page render a <form method=\"post\"> through the form tag helper " +
            "(or @Html.AntiForgeryToken())?\n" +
            $"Body: {Summarise(html)}");

        if (user.Cookies.GetCookies(user.Client.BaseAddress!).Count == 0)
        {
            throw new BenchException(
                $"GET {formPath} gave a token but no cookie this client would send back over http:// " +
                "(an antiforgery cookie marked Secure, or none at all). Every POST would fail antiforgery validation.");
        }

        return WebUtility.HtmlDecode(token);
    }

    /// <summary>The token's value from the hidden input, whatever the attribute order and quotes.</summary>
    internal static string? FindToken(string html)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (!TokenName().IsMatch(tag))
            {
                continue;
            }

            var value = ValueAttribute().Match(tag);
            if (value.Success && value.Groups["v"].Value.Length > 0)
            {
                return value.Groups["v"].Value;
            }
        }

        return null;
    }

    private static string Summarise(string text)
    {
        var collapsed = Whitespace().Replace(Tags().Replace(text, " "), " ").Trim();
        return Truncate(collapsed.Length == 0 ? "(empty)" : collapsed, 600);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"\bname\s*=\s*[""']?__RequestVerificationToken\b", RegexOptions.IgnoreCase)]
    private static partial Regex TokenName();

    [GeneratedRegex(@"\bvalue\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>|<[^>]+>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class UserStats
    {
        public List<double> Latencies { get; } = new(capacity: 4096);

        public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

        public void Error(string label) => Errors[label] = Errors.GetValueOrDefault(label) + 1;
    }
}
