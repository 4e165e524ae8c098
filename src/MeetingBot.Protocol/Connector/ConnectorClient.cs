using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Protocol.Connector;

/// <summary>
/// <see cref="IConnectorClient"/> over a typed <see cref="HttpClient"/> whose pipeline adds retries (see
/// <see cref="ConnectorResilience"/>) and the bot token (see <see cref="BotTokenHandler"/>).
/// </summary>
public sealed partial class ConnectorClient(HttpClient httpClient, ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static BotFrameworkJsonContext Json => BotFrameworkJsonContext.Default;

    public async Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUrls.Activity(serviceUrl, conversationId, replyToId);
        return await SendAsync("ReplyToActivity", HttpMethod.Post, uri, Body(activity, Json.Activity), Json.ResourceResponse, cancellationToken)
            .ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUrls.Activities(serviceUrl, conversationId);
        return await SendAsync("SendToConversation", HttpMethod.Post, uri, Body(activity, Json.Activity), Json.ResourceResponse, cancellationToken)
            .ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ConnectorUrls.Activity(serviceUrl, conversationId, activityId);
        return await SendAsync("UpdateActivity", HttpMethod.Put, uri, Body(activity, Json.Activity), Json.ResourceResponse, cancellationToken)
            .ConfigureAwait(false) ?? new ResourceResponse();
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var uri = ConnectorUrls.Activity(serviceUrl, conversationId, activityId);
        await SendAsync<ResourceResponse>("DeleteActivity", HttpMethod.Delete, uri, content: null, responseType: null, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = ConnectorUrls.Conversations(serviceUrl);
        return await SendAsync("CreateConversation", HttpMethod.Post, uri, Body(parameters, Json.ConversationParameters), Json.ConversationResourceResponse, cancellationToken)
            .ConfigureAwait(false) ?? new ConversationResourceResponse();
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var uri = ConnectorUrls.PagedMembers(serviceUrl, conversationId, pageSize, continuationToken);
        return await SendAsync("GetPagedMembers", HttpMethod.Get, uri, content: null, Json.PagedMembersResult, cancellationToken)
            .ConfigureAwait(false) ?? new PagedMembersResult { Members = [] };
    }

    public async Task<TeamsChannelAccount> GetMemberAsync(
        string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var uri = ConnectorUrls.Member(serviceUrl, conversationId, memberId);
        return await SendAsync("GetMember", HttpMethod.Get, uri, content: null, Json.TeamsChannelAccount, cancellationToken)
            .ConfigureAwait(false) ?? new TeamsChannelAccount { Id = memberId };
    }

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        // Bytes, not a stream: a retry attempt must be able to send the same body again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private async Task<T?> SendAsync<T>(
        string operation, HttpMethod method, Uri uri, HttpContent? content, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        // Added as text: the same header on the wire, without parsing a header value object per request.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            var error = ReadError(body);
            LogCallFailed(operation, (int)response.StatusCode, error?.Code, correlationId);
            throw new ConnectorException(operation, response.StatusCode, error?.Code, error?.Message, correlationId);
        }

        LogCallSucceeded(operation, (int)response.StatusCode, correlationId);
        if (responseType is null || body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, responseType);
        }
        catch (JsonException ex)
        {
            LogUnreadableAnswer(operation, correlationId, ex);
            return null;
        }
    }

    private static ConnectorError? ReadError(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, Json.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "Connector {Operation} failed with {StatusCode} {ErrorCode}; X-Correlating-OperationId {CorrelationId}")]
    private partial void LogCallFailed(string operation, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug,
        Message = "Connector {Operation} answered {StatusCode}; X-Correlating-OperationId {CorrelationId}")]
    private partial void LogCallSucceeded(string operation, int statusCode, string? correlationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered with a body that is not the expected JSON; X-Correlating-OperationId {CorrelationId}")]
    private partial void LogUnreadableAnswer(string operation, string? correlationId, Exception exception);
}
