using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Read, change, save an aggregate guarded by a version column, retrying when another writer got there first.
/// Changes to one aggregate queue up in this process (so concurrent agenda adds do not fight over the row);
/// the version check protects against other instances.
/// </summary>
internal static class VersionedUpdate
{
    private const int MaxAttempts = 20;

    public static async Task<T> RunAsync<TEntity, T>(
        DbContext db,
        ConcurrentDictionary<Guid, SemaphoreSlim> gates,
        Guid id,
        string versionProperty,
        Func<CancellationToken, Task<TEntity?>> load,
        Func<TEntity, T> change,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var gate = gates.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                var entity = await load(cancellationToken)
                             ?? throw new InvalidOperationException($"{typeof(TEntity).Name} {id} does not exist.");
                var result = change(entity);
                var version = db.Entry(entity).Property<int>(versionProperty);
                version.CurrentValue = version.OriginalValue + 1;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return result;
                }
                catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
                {
                    // Another instance changed it since it was read: read it again and re-apply.
                    await Task.Delay(Random.Shared.Next(5, 25) * attempt, cancellationToken);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Inserts a new aggregate; false when a unique key says another turn or instance inserted it first (theirs stands).
    /// </summary>
    public static async Task<bool> TryInsertAsync<TEntity>(DbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        db.Set<TEntity>().Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
