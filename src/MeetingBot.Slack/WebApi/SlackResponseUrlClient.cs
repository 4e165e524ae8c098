using System.Net.Http.Headers;
using System.Text.Json;
using MeetingBot.Slack.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.WebApi;

/// <summary>
/// Posts to the <c>response_url</c> of a slash command or an interaction: the one way to answer in a conversation
/// the bot is not a member of (a DM between two people, a channel it was not invited to). Only Slack's hooks host
/// (or the configured API host) is contacted, and the bot token is never sent there.
/// </summary>
public sealed partial class SlackResponseUrlClient(IHttpClientFactory clients, IOptionsMonitor<SlackOptions> options, ILogger<SlackResponseUrlClient> logger)
{
    public const string HttpClientName = "slack-response-url";
    private const string HooksHost = "hooks.slack.com";

    public async Task<bool> RespondAsync(string? responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        if (!IsAllowed(responseUrl, out var uri))
        {
            LogRefusedUrl();
            return false;
        }
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(message, SlackJsonContext.Default.ResponseUrlMessage));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await clients.CreateClient(HttpClientName).PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return true;
        LogFailed((int)response.StatusCode);
        return false;
    }

    private bool IsAllowed(string? responseUrl, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var parsed)) return false;
        uri = parsed;
        var api = options.CurrentValue.ApiBaseUri;
        return (parsed.Scheme == Uri.UriSchemeHttps && string.Equals(parsed.Host, HooksHost, StringComparison.OrdinalIgnoreCase))
               || (parsed.Scheme == api.Scheme && string.Equals(parsed.Authority, api.Authority, StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to post to a response_url outside Slack's hooks host")]
    private partial void LogRefusedUrl();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack's response_url answered HTTP {Status}")]
    private partial void LogFailed(int status);
}
