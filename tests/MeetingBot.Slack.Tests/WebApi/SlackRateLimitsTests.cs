using MeetingBot.Slack.WebApi;

namespace MeetingBot.Slack.Tests.WebApi;

/// <summary>Per-method token buckets: a burst passes, the rest waits its turn; methods do not hold each other up.</summary>
public sealed class SlackRateLimitsTests
{
    [Fact]
    public async Task Calls_beyond_the_bucket_wait_for_a_refill()
    {
        // 6 per minute: a bucket of one call, refilled every ten seconds.
        await using var limits = new SlackRateLimits(new Dictionary<string, int> { ["chat.postMessage"] = 6 });
        using var first = await limits.AcquireAsync("chat.postMessage", CancellationToken.None);

        using var waiting = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await limits.AcquireAsync("chat.postMessage", waiting.Token));
    }

    [Fact]
    public async Task Each_method_has_its_own_bucket()
    {
        await using var limits = new SlackRateLimits(new Dictionary<string, int> { ["chat.postMessage"] = 6 });
        using var post = await limits.AcquireAsync("chat.postMessage", CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var lookup = await limits.AcquireAsync("users.info", timeout.Token);

        Assert.True(lookup.IsAcquired);
    }

    [Fact]
    public async Task A_limit_of_zero_turns_the_bucket_off()
    {
        await using var limits = new SlackRateLimits(new Dictionary<string, int> { ["chat.postMessage"] = 0 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        for (var i = 0; i < 500; i++)
        {
            using var lease = await limits.AcquireAsync("chat.postMessage", timeout.Token);
            Assert.True(lease.IsAcquired);
        }
    }
}
