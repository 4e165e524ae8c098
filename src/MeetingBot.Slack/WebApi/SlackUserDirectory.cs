using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.WebApi;

/// <summary>A Slack person as the bot needs them: the name people see and their time zone.</summary>
public sealed record SlackUser(string Id, string Name, string? TimeZone, bool IsBot);

/// <summary>
/// Names and time zones from <c>users.info</c>, cached for <see cref="SlackOptions.UserCacheDuration"/> so a busy
/// channel costs one lookup per person per hour. A failed lookup falls back to the id, and is not cached for long.
/// </summary>
public sealed class SlackUserDirectory(ISlackWebApi api, IOptionsMonitor<SlackOptions> options, TimeProvider time)
{
    private const int Capacity = 20_000;
    private static readonly TimeSpan FailureCacheDuration = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (SlackUser User, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);

    public async Task<SlackUser> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(userId, out var cached) && cached.Expires > now) return cached.User;

        SlackUser user;
        TimeSpan keep;
        try
        {
            var found = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            user = new SlackUser(userId, NameOf(found) ?? userId, found.Tz, found.IsBot == true);
            keep = options.CurrentValue.UserCacheDuration;
        }
        catch (SlackApiException)
        {
            user = cached.User ?? new SlackUser(userId, userId, null, false);
            keep = FailureCacheDuration;
        }

        if (_cache.Count >= Capacity) Trim(now);
        _cache[userId] = (user, now + keep);
        return user;
    }

    /// <summary>The names of several people, looked up once each.</summary>
    public async Task<IReadOnlyDictionary<string, SlackUser>> GetManyAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SlackUser>(StringComparer.Ordinal);
        foreach (var id in userIds.Distinct(StringComparer.Ordinal))
            found[id] = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>Display name, else real name, else the handle: what Slack itself shows.</summary>
    public static string? NameOf(SlackUserObject user) =>
        new[] { user.Profile?.DisplayName, user.Profile?.RealName, user.RealName, user.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim();

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _cache)
            if (entry.Expires <= now) _cache.TryRemove(key, out _);
        if (_cache.Count >= Capacity) _cache.Clear();
    }
}
