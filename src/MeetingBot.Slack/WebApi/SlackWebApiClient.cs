using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Slack.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.WebApi;

/// <summary>
/// <see cref="ISlackWebApi"/> over a typed <see cref="HttpClient"/> whose pipeline retries throttled calls
/// (<see cref="SlackResilience"/>) and keeps under the tier limits (<see cref="SlackRateLimits"/>). Writes go as JSON,
/// reads as query strings (several read methods do not take JSON bodies); the bot token goes in the Authorization header.
/// </summary>
public sealed partial class SlackWebApiClient(HttpClient httpClient, IOptionsMonitor<SlackOptions> options, ILogger<SlackWebApiClient> logger) : ISlackWebApi
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static SlackJsonContext Json => SlackJsonContext.Default;

    public Task<PostMessageResult> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken) =>
        PostAsync("chat.postMessage", message, Json.PostMessageRequest, Json.PostMessageResult, cancellationToken);

    public Task<PostEphemeralResult> PostEphemeralAsync(PostEphemeralRequest message, CancellationToken cancellationToken) =>
        PostAsync("chat.postEphemeral", message, Json.PostEphemeralRequest, Json.PostEphemeralResult, cancellationToken);

    public Task<UpdateMessageResult> UpdateMessageAsync(UpdateMessageRequest message, CancellationToken cancellationToken) =>
        PostAsync("chat.update", message, Json.UpdateMessageRequest, Json.UpdateMessageResult, cancellationToken);

    public async Task<SlackUserObject> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var result = await GetAsync("users.info", $"user={Uri.EscapeDataString(userId)}", Json.UserInfoResult, cancellationToken).ConfigureAwait(false);
        return result.User ?? throw new SlackApiException("users.info", "user_not_found", System.Net.HttpStatusCode.OK);
    }

    public async Task<IReadOnlyList<string>> ListMembersAsync(string channel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var members = new List<string>();
        string? cursor = null;
        do
        {
            var query = $"channel={Uri.EscapeDataString(channel)}&limit=999" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await GetAsync("conversations.members", query, Json.ConversationMembersResult, cancellationToken).ConfigureAwait(false);
            members.AddRange(page.Members ?? []);
            cursor = page.ResponseMetadata?.NextCursor is { Length: > 0 } next ? next : null;
        }
        while (cursor is not null);
        return members;
    }

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var result = await PostAsync("conversations.open", new ConversationsOpenRequest { Users = userId }, Json.ConversationsOpenRequest, Json.ConversationsOpenResult, cancellationToken)
            .ConfigureAwait(false);
        return result.Channel?.Id ?? throw new SlackApiException("conversations.open", "channel_not_found", System.Net.HttpStatusCode.OK);
    }

    public Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken) =>
        GetAsync("auth.test", query: null, Json.AuthTestResult, cancellationToken);

    private Task<TResult> PostAsync<TRequest, TResult>(string method, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
        where TResult : SlackResult
    {
        // Bytes, not a stream: a retry must be able to send the same body again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestType));
        content.Headers.ContentType = JsonMediaType;
        return SendAsync(method, HttpMethod.Post, Address(method, null), content, resultType, cancellationToken);
    }

    private Task<TResult> GetAsync<TResult>(string method, string? query, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
        where TResult : SlackResult =>
        SendAsync(method, HttpMethod.Get, Address(method, query), content: null, resultType, cancellationToken);

    private Uri Address(string method, string? query) =>
        new(options.CurrentValue.ApiBaseUri, query is null ? method : $"{method}?{query}");

    private async Task<TResult> SendAsync<TResult>(string method, HttpMethod verb, Uri uri, HttpContent? content, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
        where TResult : SlackResult
    {
        var token = options.CurrentValue.BotToken;
        if (string.IsNullOrWhiteSpace(token))
            throw new SlackApiException(method, "not_authed", System.Net.HttpStatusCode.Unauthorized);

        using var request = new HttpRequestMessage(verb, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        TResult? result = null;
        try
        {
            if (body.Length > 0) result = JsonSerializer.Deserialize(body, resultType);
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy, say: reported below by status, never by body.
        }

        if (!response.IsSuccessStatusCode || result is not { Ok: true })
        {
            var error = result?.Error ?? (response.IsSuccessStatusCode ? "invalid_response" : null);
            LogCallFailed(method, (int)response.StatusCode, error ?? "(none)");
            throw new SlackApiException(method, error, response.StatusCode, result?.Needed);
        }

        if (result.Warning is { Length: > 0 } warning) LogWarning(method, warning);
        LogCallSucceeded(method);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed: HTTP {Status}, error {Error}")]
    private partial void LogCallFailed(string method, int status, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Method} answered ok")]
    private partial void LogCallSucceeded(string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} answered ok with a warning: {Warning}")]
    private partial void LogWarning(string method, string warning);
}
