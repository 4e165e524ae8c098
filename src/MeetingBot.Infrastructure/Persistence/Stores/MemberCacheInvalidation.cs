using System.Runtime.CompilerServices;
using MeetingBot.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Drops members from <see cref="MemberCache"/> whenever a <c>SaveChanges</c> adds, changes or deletes them, through
/// the member directory or any other store: the cache cannot go stale behind a save it did not see. It forgets them
/// before the save (so nothing is served from the old entry meanwhile) and again after it (so a read that raced the
/// save does not put the old row back). <c>ExecuteUpdate</c> and raw SQL bypass it: write members with SaveChanges.
/// </summary>
internal sealed class MemberCacheInvalidation(MemberCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IReadOnlyList<(string, string)>> _saving = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => After(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return Task.CompletedTask;
    }

    private void Before(DbContext? context)
    {
        if (!cache.Enabled || context is null) return;
        var changed = context.ChangeTracker.Entries<Member>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity.ScopeId, e.Entity.UserId))
            .ToList();
        if (changed.Count == 0) return;
        cache.Forget(changed);
        _saving.AddOrUpdate(context, changed);
    }

    private void After(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var changed)) return;
        _saving.Remove(context);
        cache.Forget(changed);
    }
}
