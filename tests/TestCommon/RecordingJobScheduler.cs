using System.Collections.Concurrent;
using System.Linq.Expressions;
using DanVan.Feedback.Core.Jobs;

namespace DanVan.Feedback.TestCommon;

/// <summary>Keeps what was queued, so a test can run each job itself, when it chooses.</summary>
public sealed class RecordingJobScheduler : IJobScheduler
{
    public ConcurrentQueue<LambdaExpression> Enqueued { get; } = new();

    public void Enqueue<TJob>(Expression<Func<TJob, Task>> job) => Enqueued.Enqueue(job);

    /// <summary>The e-mail ids queued for <see cref="SendEmailJob"/>, read from the queued calls.</summary>
    public IReadOnlyList<long> QueuedEmailIds() =>
        Enqueued.Select(e => e.Body)
            .OfType<MethodCallExpression>()
            .Where(call => call.Method.DeclaringType == typeof(SendEmailJob))
            .Select(call => (long)Expression.Lambda(call.Arguments[0]).Compile().DynamicInvoke()!)
            .ToList();
}
