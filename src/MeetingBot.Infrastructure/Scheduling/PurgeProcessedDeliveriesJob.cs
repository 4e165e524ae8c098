using MeetingBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Infrastructure.Scheduling;

/// <summary>Forgets delivery keys older than any channel retries (a day is plenty; keep a week).</summary>
public sealed class PurgeProcessedDeliveriesJob(MeetingBotDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(7);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Keep;
        // Materialise the cutoff rows first: SQLite compares the converted column, not the DateTimeOffset.
        var old = await db.ProcessedDeliveries.Where(p => p.ReceivedAt < cutoff).ToListAsync(cancellationToken);
        db.ProcessedDeliveries.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
        return old.Count;
    }
}
