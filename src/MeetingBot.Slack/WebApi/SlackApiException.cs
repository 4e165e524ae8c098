using System.Net;

namespace MeetingBot.Slack.WebApi;

/// <summary>What a failed Web API call means for whoever sent it.</summary>
public enum SlackFailureKind
{
    /// <summary>Anything else: a bug, a bad argument, Slack having trouble.</summary>
    Other,
    /// <summary>The bot can no longer post to this conversation: not a member, channel archived or gone, app uninstalled.</summary>
    BotRemoved,
    /// <summary>The person cannot be reached: deactivated, unknown, not in the channel, or does not accept DMs from apps.</summary>
    Unreachable,
    /// <summary>The bot token is wrong, revoked or lacks a scope: a configuration problem for the operator.</summary>
    Configuration,
    /// <summary>Slack kept answering 429 even after waiting.</summary>
    RateLimited,
}

/// <summary>A Web API call answered <c>"ok": false</c> (with Slack's error code) or an HTTP error after any retries.</summary>
public sealed class SlackApiException : Exception
{
    private static readonly HashSet<string> BotRemovedCodes = new(StringComparer.Ordinal)
    {
        "not_in_channel", "channel_not_found", "is_archived", "account_inactive", "token_revoked", "team_access_not_granted",
        "ekm_access_denied", "org_login_required", "team_not_found",
    };

    private static readonly HashSet<string> UnreachableCodes = new(StringComparer.Ordinal)
    {
        "user_not_found", "user_not_in_channel", "user_disabled", "users_not_found", "cannot_dm_bot", "messages_tab_disabled",
        "user_is_restricted", "not_allowed_token_type_for_user",
    };

    private static readonly HashSet<string> ConfigurationCodes = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "missing_scope", "no_permission", "token_expired", "invalid_token", "not_allowed_token_type",
    };

    public SlackApiException(string method, string? error, HttpStatusCode statusCode, string? needed = null)
        : base(Describe(method, error, statusCode, needed))
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
        Needed = needed;
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, e.g. <c>not_in_channel</c>; null for a plain HTTP failure.</summary>
    public string? Error { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary>With <c>missing_scope</c>: the scope to add to the app.</summary>
    public string? Needed { get; }

    public SlackFailureKind Kind => Error switch
    {
        { } code when BotRemovedCodes.Contains(code) => SlackFailureKind.BotRemoved,
        { } code when UnreachableCodes.Contains(code) => SlackFailureKind.Unreachable,
        { } code when ConfigurationCodes.Contains(code) => SlackFailureKind.Configuration,
        "ratelimited" => SlackFailureKind.RateLimited,
        _ when StatusCode == HttpStatusCode.TooManyRequests => SlackFailureKind.RateLimited,
        _ => SlackFailureKind.Other,
    };

    /// <summary>Stop posting to this conversation until the bot hears from it again.</summary>
    public bool IsBotRemoved => Kind == SlackFailureKind.BotRemoved;

    private static string Describe(string method, string? error, HttpStatusCode statusCode, string? needed) =>
        error is null
            ? $"Slack answered HTTP {(int)statusCode} to {method}."
            : $"Slack refused {method}: {error}." + (needed is null ? "" : $" The app needs the scope {needed}; add it in the app's OAuth settings and reinstall.");
}
