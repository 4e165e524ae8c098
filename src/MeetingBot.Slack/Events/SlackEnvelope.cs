using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Events;

/// <summary>
/// What <c>POST /api/slack/events</c> carries: a <c>url_verification</c> challenge, or an <c>event_callback</c> with one
/// event. Unknown fields are kept so nothing is lost when Slack adds some.
/// </summary>
public sealed record SlackEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
    public const string AppRateLimited = "app_rate_limited";

    public string? Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long? EventTime { get; init; }
    public SlackEvent? Event { get; init; }
    public IReadOnlyList<SlackAuthorization>? Authorizations { get; init; }
    public bool? IsExtSharedChannel { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The bot's own user id in this workspace, from the authorization the event was delivered for.</summary>
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a.IsBot == true)?.UserId;
}

/// <summary>One entry of <c>authorizations</c>: whom the event was delivered for.</summary>
public sealed record SlackAuthorization
{
    public string? EnterpriseId { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool? IsBot { get; init; }
    public bool? IsEnterpriseInstall { get; init; }
}
