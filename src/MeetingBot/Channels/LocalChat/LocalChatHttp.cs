using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Protocol.Activities;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>Request plumbing shared by the Direct Line and connector endpoints: body limits, errors, origin checks.</summary>
internal static class LocalChatHttp
{
    /// <summary>
    /// Reads a JSON body of at most <see cref="LocalChatDefaults.MaxBodyBytes"/>. An empty body gives
    /// <see cref="BodyStatus.Empty"/>; the caller decides whether that is allowed.
    /// </summary>
    public static async Task<BodyRead<T>> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > LocalChatDefaults.MaxBodyBytes)
        {
            return new BodyRead<T>(BodyStatus.TooLarge, null, null);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > LocalChatDefaults.MaxBodyBytes)
                {
                    return new BodyRead<T>(BodyStatus.TooLarge, null, null);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new BodyRead<T>(BodyStatus.TooLarge, null, null);
        }

        if (buffer.Length == 0)
        {
            return new BodyRead<T>(BodyStatus.Empty, null, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo);
            return value is null
                ? new BodyRead<T>(BodyStatus.Invalid, null, "The body is JSON null; send a JSON object.")
                : new BodyRead<T>(BodyStatus.Ok, value, null);
        }
        catch (JsonException e)
        {
            return new BodyRead<T>(BodyStatus.Invalid, null, $"The body is not valid JSON for this request ({e.Path ?? "$"}, line {e.LineNumber + 1}).");
        }
    }

    /// <summary>A Direct Line error, as RFC 9457 problem details with Direct Line's error code in <c>code</c>.</summary>
    public static IResult Problem(int statusCode, string code, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: statusCode, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult TooLargeProblem() => Problem(
        StatusCodes.Status413PayloadTooLarge,
        "MessageSizeTooBig",
        "The message is too large",
        $"A message may be at most {LocalChatDefaults.MaxBodyBytes / 1024} KB. Shorten it or split it into several messages.");

    /// <summary>A Bot Framework connector error: <c>{"error":{"code","message"}}</c>.</summary>
    public static IResult ConnectorError(int statusCode, string code, string message) =>
        TypedResults.Json(
            new ErrorResponse { Error = new ConnectorError { Code = code, Message = message } },
            BotFrameworkJsonContext.Default.ErrorResponse,
            statusCode: statusCode);

    public static IResult ConversationNotFound(string conversationId) => ConnectorError(
        StatusCodes.Status404NotFound,
        "ConversationNotFound",
        $"The local channel has no conversation '{conversationId}'. Use '{LocalChatDefaults.ChannelConversationId}', a member's "
        + $"'{LocalChatDefaults.PersonalConversationPrefix}…' conversation, or create one with POST v3/conversations.");

    /// <summary>The <c>serviceUrl</c> the bot answers through: this host's base URL + <c>/local/</c>.</summary>
    public static string ServiceUrl(HttpRequest request, LocalChatOptions options) =>
        BaseUrl(request, options) + LocalChatDefaults.ConnectorPath + "/";

    /// <summary>This host as the page and the bot reach it (<see cref="LocalChatOptions.ServiceUrl"/> when set), without a trailing '/'.</summary>
    public static string BaseUrl(HttpRequest request, LocalChatOptions options) =>
        (options.ServiceUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    /// <summary>
    /// Endpoint filter: refuses requests from other machines unless <see cref="LocalChatOptions.AllowRemoteClients"/>.
    /// Whoever reaches these endpoints can speak as any member, so they stay on loopback by default.
    /// </summary>
    public static EndpointFilterDelegate LocalOnly(EndpointFilterFactoryContext factoryContext, EndpointFilterDelegate next, bool connectorErrors) =>
        async invocation =>
        {
            var http = invocation.HttpContext;
            var options = http.RequestServices.GetRequiredService<IOptions<LocalChatOptions>>().Value;
            if (options.AllowRemoteClients || IsLoopback(http.Connection.RemoteIpAddress))
            {
                return await next(invocation);
            }

            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LocalChatLog.Category);
            LocalChatLog.RemoteRefused(logger, http.Connection.RemoteIpAddress?.ToString());
            const string message = "The local chat channel only answers this machine. To let others in on a trusted network, "
                + "set LocalChat:AllowRemoteClients to true.";
            return connectorErrors
                ? ConnectorError(StatusCodes.Status403Forbidden, "Forbidden", message)
                : Problem(StatusCodes.Status403Forbidden, "Forbidden", "Only this machine may use the local chat", message);
        };

    private static bool IsLoopback(IPAddress? address) =>
        address is null // in-memory test servers have no remote address
        || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}

internal enum BodyStatus
{
    Ok,
    Empty,
    TooLarge,
    Invalid,
}

internal readonly record struct BodyRead<T>(BodyStatus Status, T? Value, string? Error)
    where T : class;
