using System.Buffers;
using System.Text.Json;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint that Azure Bot Service (Teams) and the Emulator call.
/// Authenticate → parse → hand to <see cref="IActivityIngress"/> → answer at once.
/// </summary>
public static partial class MessagesEndpoint
{
    /// <summary>Largest activity accepted; Teams messages are at most about 100 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotFrameworkMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync)
            .WithName("BotFrameworkMessages")
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IActivityIngress ingress,
        IChannelTokenValidator validator,
        IOptions<BotAuthenticationOptions> authOptions,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // Created only on the paths that log: the factory's lookup is not free, and an accepted activity logs nothing here.
        ILogger Logger() => loggers.CreateLogger(typeof(MessagesEndpoint));
        var authorization = http.Request.Headers.Authorization.ToString();
        var authEnabled = authOptions.Value.AuthenticationEnabled;

        // Refuse an unauthenticated caller before reading its body.
        if (authEnabled && authorization.Length == 0)
        {
            LogUnauthorized(Logger(), "no Authorization header");
            return Unauthorized();
        }

        if (http.Request.ContentLength > MaxBodyBytes)
            return TooLarge();

        var body = await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null)
            return TooLarge();

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Value.Span, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            LogMalformed(Logger(), ex.Path ?? "$", ex.LineNumber ?? 0);
            return Results.Problem(
                title: "The request body is not a valid activity.",
                detail: $"Malformed JSON near {ex.Path ?? "the start"} (line {(ex.LineNumber ?? 0) + 1}).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            body.Value.Dispose();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Results.Problem(
                title: "The activity has no type.",
                detail: "Every activity needs a \"type\", such as \"message\".",
                statusCode: StatusCodes.Status400BadRequest);

        if (authEnabled || authorization.Length > 0)
        {
            var result = await validator.ValidateAsync(authorization, activity, cancellationToken);
            if (!result.IsAuthenticated)
            {
                LogUnauthorized(Logger(), result.FailureReason ?? "token rejected");
                return Unauthorized();
            }
        }

        if (!ActivityTypes.IsKnown(activity.Type))
        {
            // Spec A2014: unknown activity types are ignored, not refused.
            LogUnknownType(Logger(), activity.Type.Length <= 40 ? activity.Type : activity.Type[..40]);
            return Results.Ok();
        }

        var outcome = await ingress.AcceptAsync(activity, cancellationToken);
        return outcome.InvokeResponseBody is { } invokeBody
            ? Results.Content(invokeBody, "application/json", statusCode: outcome.StatusCode)
            : Results.StatusCode(outcome.StatusCode);
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger (chunked bodies have no length up front).</summary>
    private static async Task<PooledBody?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length and > 0 ? (int)length + 1 : 16 * 1024);
        var count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (buffer.Length > MaxBodyBytes) break;
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, count).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(count), cancellationToken);
                if (read == 0) break;
                count += read;
                if (count > MaxBodyBytes) break;
            }
            if (count > MaxBodyBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }
            return new PooledBody(buffer, count);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private readonly record struct PooledBody(byte[] Buffer, int Length) : IDisposable
    {
        public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);
        public void Dispose() => ArrayPool<byte>.Shared.Return(Buffer);
    }

    // No detail in the body: nothing here should help someone forging tokens.
    private static IResult Unauthorized() => new UnauthorizedWithChallenge();

    private static IResult TooLarge() => Results.Problem(
        title: "The activity is too large.",
        detail: $"Activities up to {MaxBodyBytes / 1024} KB are accepted.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    private sealed class UnauthorizedWithChallenge : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused malformed activity JSON at {Path} (line {Line})")]
    private static partial void LogMalformed(ILogger logger, string path, long line);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an activity of unknown type {Type}")]
    private static partial void LogUnknownType(ILogger logger, string type);
}
