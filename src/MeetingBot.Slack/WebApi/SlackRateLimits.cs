using System.Threading.RateLimiting;

namespace MeetingBot.Slack.WebApi;

/// <summary>
/// One token bucket per Web API method, so the bot stays under Slack's tier limits instead of learning them from 429s.
/// A bucket holds ten seconds' worth of calls (bursts pass), refills evenly, and queues callers beyond that.
/// </summary>
public sealed class SlackRateLimits : IAsyncDisposable
{
    /// <summary>Calls per minute by method, after Slack's published tiers; other methods get <see cref="DefaultPerMinute"/>.</summary>
    public static readonly IReadOnlyDictionary<string, int> Defaults = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = 60,      // special tier: about one per second per channel
        ["chat.postEphemeral"] = 100,   // tier 4
        ["chat.update"] = 50,           // tier 3
        ["users.info"] = 100,           // tier 4
        ["conversations.members"] = 100,// tier 4
        ["conversations.open"] = 50,    // tier 3
        ["auth.test"] = 100,            // special, generous
    };

    public const int DefaultPerMinute = 50;
    private const int QueueLimit = 100_000;

    private readonly PartitionedRateLimiter<string> _limiter;

    public SlackRateLimits(IReadOnlyDictionary<string, int>? overrides = null)
    {
        var perMinute = new Dictionary<string, int>(Defaults, StringComparer.Ordinal);
        foreach (var (method, limit) in overrides ?? new Dictionary<string, int>()) perMinute[method] = limit;
        _limiter = PartitionedRateLimiter.Create<string, string>(method =>
        {
            var limit = perMinute.TryGetValue(method, out var configured) ? configured : DefaultPerMinute;
            if (limit <= 0) return RateLimitPartition.GetNoLimiter(method);
            return RateLimitPartition.GetTokenBucketLimiter(method, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limit / 6),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limit,
                QueueLimit = QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        });
    }

    /// <summary>Waits for a permit to call <paramref name="method"/>; the returned lease must be disposed.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string method, CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(method, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new SlackApiException(method, "ratelimited", System.Net.HttpStatusCode.TooManyRequests);
        }
        return lease;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}

/// <summary>Applies <see cref="SlackRateLimits"/> to every attempt (retries included) of a Web API call.</summary>
internal sealed class SlackRateLimitHandler(SlackRateLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments.LastOrDefault()?.Trim('/') ?? "";
        using var lease = await limits.AcquireAsync(method, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
