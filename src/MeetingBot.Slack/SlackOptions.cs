namespace MeetingBot.Slack;

/// <summary>
/// The Slack app's settings, bound from the "Slack" section. Without a <see cref="SigningSecret"/> the Slack channel
/// is off: its endpoints answer 404 and nothing calls Slack.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Basic Information → App Credentials → Signing Secret. Verifies that requests come from Slack.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>OAuth &amp; Permissions → Bot User OAuth Token (<c>xoxb-…</c>). Required when Slack is on.</summary>
    public string? BotToken { get; set; }

    /// <summary>Base URL of the Web API; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// Calls per minute allowed per Web API method (Slack's tiers: 1 ≈ 1, 2 ≈ 20, 3 ≈ 50, 4 ≈ 100 per minute; posting
    /// ≈ 1 per second per channel). Entries here override <see cref="SlackRateLimits.Defaults"/>; 0 turns a limit off.
    /// </summary>
    public Dictionary<string, int> RateLimits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>First back-off delay when Slack answers 429/502/503/504 without Retry-After; Retry-After wins when sent.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a person's name and time zone from <c>users.info</c> are kept.</summary>
    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(SigningSecret);

    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
