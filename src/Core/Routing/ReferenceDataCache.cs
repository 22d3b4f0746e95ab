using DanVan.Feedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Feedback.Core.Routing;

/// <summary>Agencies, localities, topics and routing rules in memory, so that intake reads none of them from the database.</summary>
public sealed class ReferenceDataCache(IServiceScopeFactory scopeFactory, TimeProvider time)
    : CachedSnapshot<ReferenceDirectory>(scopeFactory, time)
{
    protected override async Task<ReferenceDirectory> LoadAsync(FeedbackDbContext db, CancellationToken cancellationToken) =>
        new(
            await db.Agencies.AsNoTracking().ToListAsync(cancellationToken),
            await db.Localities.AsNoTracking().ToListAsync(cancellationToken),
            await db.Topics.AsNoTracking().ToListAsync(cancellationToken),
            await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken));
}
