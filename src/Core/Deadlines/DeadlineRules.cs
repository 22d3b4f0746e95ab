using DanVan.Feedback.Core.Data;
using DanVan.Feedback.Core.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Deadlines;

/// <summary>The deadline policies and the working calendar as administrators last left them.</summary>
public sealed class DeadlineRules(IReadOnlyList<DeadlinePolicy> policies, WorkingCalendar calendar)
{
    public IReadOnlyList<DeadlinePolicy> Policies { get; } = policies;

    public WorkingCalendar Calendar { get; } = calendar;

    public DeadlineStatus? StatusOf(CaseClock clock, DateOnly today) => DeadlineCalculator.Calculate(clock, Policies, Calendar, today);

    /// <summary>Built from the shipped seed alone, for pure tests and tools that need no database.</summary>
    public static DeadlineRules CreateDefault() => new(SeedData.DeadlinePolicies(), WorkingCalendar.CreateDefault());
}

/// <summary>Keeps <see cref="DeadlineRules"/> in memory; the calendar is built from the administrators' entries in the database.</summary>
public sealed class DeadlineRulesCache(IServiceScopeFactory scopeFactory, TimeProvider time)
    : CachedSnapshot<DeadlineRules>(scopeFactory, time)
{
    protected override async Task<DeadlineRules> LoadAsync(FeedbackDbContext db, CancellationToken cancellationToken) =>
        new(
            await db.DeadlinePolicies.AsNoTracking().ToListAsync(cancellationToken),
            new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken)));
}
