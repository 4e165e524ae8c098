using System.Buffers;
using System.Text;
using System.Text.Json;
using MeetingBot.Slack;
using MeetingBot.Slack.Commands;
using MeetingBot.Slack.Events;
using MeetingBot.Slack.Interactivity;
using MeetingBot.Slack.Json;
using MeetingBot.Slack.Signing;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Slack's three request URLs: <c>POST /api/slack/events</c> (Events API), <c>/api/slack/commands</c> (the
/// <c>/meeting</c> slash command) and <c>/api/slack/interactivity</c> (button presses). Each: read the raw body →
/// verify Slack's signature over exactly those bytes → parse → hand to <see cref="SlackIngress"/> → answer at once.
/// With no signing secret configured the Slack channel is off and all three answer 404.
/// </summary>
public static partial class SlackEndpoints
{
    /// <summary>Largest body accepted; events with rich-text blocks stay far below.</summary>
    public const int MaxBodyBytes = 512 * 1024;
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/slack").DisableAntiforgery();
        group.MapPost("/events", HandleEventsAsync).WithName("SlackEvents");
        group.MapPost("/commands", HandleCommandAsync).WithName("SlackCommands");
        group.MapPost("/interactivity", HandleInteractivityAsync).WithName("SlackInteractivity");
        return endpoints;
    }

    private static async Task<IResult> HandleEventsAsync(HttpContext http, SlackIngress ingress, SlackSignatureVerifier verifier,
        IOptionsMonitor<SlackOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, options.CurrentValue, logger, cancellationToken);
        if (refusal is not null) return refusal;

        SlackEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, SlackJsonContext.Default.SlackEnvelope);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, "event", ex.Path ?? "$");
            return Results.Problem(title: "The request body is not a Slack event.", statusCode: StatusCodes.Status400BadRequest);
        }

        switch (envelope?.Type)
        {
            case SlackEnvelope.UrlVerification:
                return Results.Text(envelope.Challenge ?? string.Empty, "text/plain", Encoding.UTF8);
            case SlackEnvelope.EventCallback:
                await ingress.AcceptEventAsync(envelope, Header(http, RetryNumHeader), Header(http, RetryReasonHeader), cancellationToken);
                return Results.Ok();
            case SlackEnvelope.AppRateLimited:
                LogAppRateLimited(logger, envelope.TeamId ?? "(unknown)");
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private static async Task<IResult> HandleCommandAsync(HttpContext http, SlackIngress ingress, SlackSignatureVerifier verifier,
        IOptionsMonitor<SlackOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, options.CurrentValue, logger, cancellationToken);
        if (refusal is not null) return refusal;

        if (SlashCommand.Parse(Encoding.UTF8.GetString(body)) is not { } command)
        {
            LogMalformed(logger, "slash command", "form");
            return Results.Problem(title: "The request body is not a Slack slash command.", statusCode: StatusCodes.Status400BadRequest);
        }
        await ingress.AcceptCommandAsync(command, cancellationToken);
        // An empty 200: Slack shows nothing for the command itself; the answers follow as the bot's own messages
        // (visible to the channel) or ephemerally to the person, as each reply asks.
        return Results.Ok();
    }

    private static async Task<IResult> HandleInteractivityAsync(HttpContext http, SlackIngress ingress, SlackSignatureVerifier verifier,
        IOptionsMonitor<SlackOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, options.CurrentValue, logger, cancellationToken);
        if (refusal is not null) return refusal;

        if (InteractionPayload.Parse(Encoding.UTF8.GetString(body)) is not { } payload)
        {
            LogMalformed(logger, "interaction", "payload");
            return Results.Problem(title: "The request body is not a Slack interaction payload.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (payload.Type == InteractionPayload.BlockActions)
            await ingress.AcceptInteractionAsync(payload, cancellationToken);
        // view_submission, view_closed, shortcuts: no modal or shortcut is offered yet; an empty 200 closes a modal.
        return Results.Ok();
    }

    /// <summary>
    /// The raw body, read before anything parses it (a signature over a re-serialised body never matches), and the
    /// answer to give instead when Slack is off (404), the body is too large (413) or the signature fails (401).
    /// Nothing of the body is logged.
    /// </summary>
    private static async Task<(byte[] Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext http, SlackSignatureVerifier verifier, SlackOptions options,
        ILogger logger, CancellationToken cancellationToken)
    {
        if (!options.Enabled) return ([], Results.NotFound());
        if (http.Request.ContentLength > MaxBodyBytes) return ([], TooLarge());

        var body = await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null) return ([], TooLarge());

        var check = verifier.Verify(options.SigningSecret!, Header(http, SlackSignatureVerifier.TimestampHeader), Header(http, SlackSignatureVerifier.SignatureHeader), body);
        if (check != SignatureCheck.Valid)
        {
            LogUnauthorized(logger, http.Request.Path.Value ?? "", check.ToString());
            return ([], Results.Unauthorized());
        }
        return (body, null);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is { } length and > 0 ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0) break;
            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBodyBytes) return null;
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string? Header(HttpContext http, string name) =>
        http.Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static IResult TooLarge() => Results.Problem(
        title: "The request is too large.", detail: $"Slack requests up to {MaxBodyBytes / 1024} KB are accepted.", statusCode: StatusCodes.Status413PayloadTooLarge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Path}: Slack signature check {Result}")]
    private static partial void LogUnauthorized(ILogger logger, string path, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a malformed Slack {Kind} ({Where})")]
    private static partial void LogMalformed(ILogger logger, string kind, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack stopped sending events for workspace {TeamId} for a while: more than 30,000 events in an hour (app_rate_limited)")]
    private static partial void LogAppRateLimited(ILogger logger, string teamId);
}
