using MeetingBot.Conversations.Turns;
using MeetingBot.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Claims each delivery key with an insert on its primary key: a repeat fails the insert, on this instance or
/// another. A small in-memory set answers most repeats without touching the database.
/// </summary>
internal sealed class EfInboundDeduplicator(IServiceScopeFactory scopes, TimeProvider time) : IInboundDeduplicator
{
    private readonly RecentKeys _recent = new(capacity: 10_000);

    public async ValueTask<bool> TryClaimAsync(string channelId, string deliveryKey, CancellationToken cancellationToken)
    {
        var key = channelId + "|" + deliveryKey;
        if (!_recent.TryAdd(key)) return false;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        db.ProcessedDeliveries.Add(new ProcessedDeliveryRecord
        {
            ChannelId = channelId,
            DeliveryKey = deliveryKey.Length <= 500 ? deliveryKey : deliveryKey[..500],
            ReceivedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>A bounded set: the oldest keys fall out first.</summary>
    private sealed class RecentKeys(int capacity)
    {
        private readonly HashSet<string> _set = new(StringComparer.Ordinal);
        private readonly Queue<string> _order = new();
        private readonly Lock _lock = new();

        public bool TryAdd(string key)
        {
            lock (_lock)
            {
                if (!_set.Add(key)) return false;
                _order.Enqueue(key);
                if (_order.Count > capacity) _set.Remove(_order.Dequeue());
                return true;
            }
        }
    }
}
