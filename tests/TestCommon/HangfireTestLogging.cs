using Hangfire.Logging;

namespace DanVan.Feedback.TestCommon;

/// <summary>
/// Hangfire keeps one log provider for the whole process, bound to the logger factory of the last host
/// that configured it. Tests run several hosts in one process: when one shuts down, a job client created
/// by another would log through a disposed factory and throw. Each factory detaches Hangfire's logging
/// once its host has started (Hangfire has then taken its settings) and before it shuts down, so a host's
/// end never breaks another's request. Tests lose Hangfire's own log lines, not its behaviour.
/// </summary>
public static class HangfireTestLogging
{
    public static void Detach() => LogProvider.SetCurrentLogProvider(Silent.Instance);

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
