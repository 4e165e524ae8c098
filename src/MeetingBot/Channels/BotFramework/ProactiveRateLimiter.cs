using System.Threading.RateLimiting;
using MeetingBot.Conversations.Features.Reminders;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Paces proactive connector calls with token buckets: one for the whole bot (Teams allows about 30 per second per app
/// and tenant) and one per conversation (about 7 per second). Callers wait their turn rather than being refused, so a
/// fan-out to thousands runs at the configured rate; 429 answers are still handled by the connector's retries
/// (Retry-After). Limits are per instance; 0 turns a limit off.
/// </summary>
public sealed class ProactiveRateLimiter : IAsyncDisposable
{
    private readonly RateLimiter? _perBot;
    private readonly PartitionedRateLimiter<string>? _perConversation;

    public ProactiveRateLimiter(IOptions<ReminderOptions> options)
    {
        var settings = options.Value;
        if (settings.PerBotPerSecond > 0) _perBot = new TokenBucketRateLimiter(Bucket(settings.PerBotPerSecond));
        if (settings.PerConversationPerSecond > 0)
        {
            var perConversation = Bucket(settings.PerConversationPerSecond);
            _perConversation = PartitionedRateLimiter.Create<string, string>(conversationId =>
                RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => perConversation));
        }
    }

    /// <summary>Waits until one more call may go to <paramref name="conversationId"/> (or, when null, to the bot's API).</summary>
    public async ValueTask WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is not null && _perConversation is not null)
        {
            using var lease = await _perConversation.AcquireAsync(conversationId, 1, cancellationToken);
            EnsureAcquired(lease);
        }
        if (_perBot is not null)
        {
            using var lease = await _perBot.AcquireAsync(1, cancellationToken);
            EnsureAcquired(lease);
        }
    }

    /// <summary>A bucket of about one second's calls, refilled evenly; fractional rates (0.5 a second) are allowed.</summary>
    private static TokenBucketRateLimiterOptions Bucket(double perSecond)
    {
        var tokens = (int)Math.Max(1, Math.Ceiling(perSecond));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    private static void EnsureAcquired(RateLimitLease lease)
    {
        if (!lease.IsAcquired) throw new InvalidOperationException("The proactive rate limiter refused a call although its queue is unbounded.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_perBot is not null) await _perBot.DisposeAsync();
        if (_perConversation is not null) await _perConversation.DisposeAsync();
    }
}
