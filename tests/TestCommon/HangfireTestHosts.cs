using Hangfire.Logging;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// Hangfire keeps one log provider for the whole process, bound to the logger factory of the last host
/// that configured it. Tests run several hosts in one process: when one shuts down, a job client created
/// by another would log through a disposed factory and throw. Each factory detaches Hangfire's logging
/// once its host has started (Hangfire has then taken its settings) and before it shuts down, so a host's
/// end never breaks another's request. Tests lose Hangfire's own log lines, not its behaviour.
/// </summary>
public static class HangfireTestHosts
{
    public static void Detach() => LogProvider.SetCurrentLogProvider(Silent.Instance);

    /// <summary>
    /// Stops a test host. Hangfire.Storage.SQLite may throw as its connection closes under a poll still in
    /// flight ("unable to close due to unfinalized statements"); the class's tests are over by then and its
    /// database file is deleted next, so that error is not the test's to report.
    /// </summary>
    public static void StopQuietly(Action stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        try
        {
            stop();
        }
        catch (SQLite.SQLiteException)
        {
        }
    }

    public static async Task StopQuietlyAsync(Func<ValueTask> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        try
        {
            await stop();
        }
        catch (SQLite.SQLiteException)
        {
        }
    }

    private sealed class Silent : ILogProvider
    {
        public static readonly Silent Instance = new();

        public ILog GetLogger(string name) => SilentLog.Instance;
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
