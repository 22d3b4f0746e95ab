using System.Linq.Expressions;
using Hangfire;

namespace DanVan.Feedback.Core.Jobs;

/// <summary>Queues work for the background server. The one place application code meets Hangfire.</summary>
public interface IJobScheduler
{
    void Enqueue<TJob>(Expression<Func<TJob, Task>> job);
}

public sealed class HangfireJobScheduler(IBackgroundJobClient client) : IJobScheduler
{
    public void Enqueue<TJob>(Expression<Func<TJob, Task>> job) => client.Enqueue(job);
}

public static class EmailJobSchedulerExtensions
{
    /// <summary>Queues a stored message for sending. A lost enqueue only delays the mail: the sweep sends every stored message that is due.</summary>
    public static void EnqueueEmail(this IJobScheduler jobs, long emailId, Microsoft.Extensions.Logging.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        try
        {
            jobs.Enqueue<SendEmailJob>(job => job.ExecuteAsync(emailId, CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, ex, "Could not queue e-mail {EmailId}; the unsent-mail sweep will send it", emailId);
        }
    }

    /// <summary>
    /// Queues a recomputation of every stored due date after a calendar or policy change. A lost enqueue
    /// only delays it to the nightly run: the administrator's change is saved either way.
    /// </summary>
    public static void EnqueueDeadlineRefresh(this IJobScheduler jobs, Microsoft.Extensions.Logging.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        try
        {
            jobs.Enqueue<RefreshDeadlinesJob>(job => job.ExecuteAsync(CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, ex, "Could not queue the deadline refresh; the nightly run will recompute the due dates");
        }
    }
}
