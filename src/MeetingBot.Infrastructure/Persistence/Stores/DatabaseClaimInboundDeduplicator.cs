using MeetingBot.Conversations.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Duplicate check for several instances on one database: each delivery is claimed by an atomic insert on its primary
/// key, so exactly one instance wins, whichever received it. Nothing is answered from memory: another instance
/// may have claimed the key a moment ago.
/// </summary>
internal sealed class DatabaseClaimInboundDeduplicator(IServiceScopeFactory scopes, TimeProvider time) : IInboundDeduplicator
{
    private ProcessedDeliverySql? _sql;
    private string? _insert;

    public async ValueTask<bool> TryClaimAsync(string channelId, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var sql = _sql ??= ProcessedDeliverySql.For(db);
        var insert = _insert ??= sql.Insert("{0}", "{1}", "{2}");
        var inserted = await db.Database.ExecuteSqlRawAsync(
            insert, [channelId, ProcessedDeliverySql.Clip(deliveryKey), sql.ReceivedAt(time.GetUtcNow())], cancellationToken);
        return inserted == 1;
    }
}
