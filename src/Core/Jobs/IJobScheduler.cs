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
