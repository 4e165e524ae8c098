using MeetingBot.Channels.BotFramework;
using MeetingBot.Protocol.Activities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// The Direct Line 3.0 subset the chat page (or the official Web Chat control, with <c>webSocket: false</c>)
/// talks to: start or resume a conversation, post activities (and files, see <see cref="DirectLineUploads"/>), poll for
/// new ones with a watermark.
/// No secret exists locally: starting a conversation mints its token; every other call needs that token.
/// </summary>
internal static class DirectLineEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(LocalChatDefaults.DirectLinePath)
            .AllowAnonymous()
            .AddEndpointFilterFactory((context, next) => LocalChatHttp.LocalOnly(context, next, connectorErrors: false))
            .WithTags("LocalChat");

        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        DirectLineUploads.Map(group);
    }

    /// <summary>Mints a token bound to the conversation the body names (see <see cref="DirectLineStartRequest"/>).</summary>
    private static async Task<IResult> GenerateTokenAsync(
        HttpContext http, [FromServices] LocalChatStore store, [FromServices] LocalChatTokens tokens, CancellationToken cancellationToken)
    {
        var (conversation, error) = await ChooseConversationAsync(http.Request, store, cancellationToken);
        if (conversation is null)
        {
            return error ?? TypedResults.BadRequest();
        }

        var token = tokens.Issue(conversation.Id);
        return TypedResults.Json(
            new DirectLineConversation(conversation.Id, token.Value, tokens.SecondsLeft(token), StreamUrl: null),
            LocalChatJsonContext.Default.DirectLineConversation);
    }

    private static IResult RefreshToken(HttpContext http, [FromServices] LocalChatTokens tokens)
    {
        var check = tokens.Check(http.Request.Headers.Authorization);
        if (check is not { Status: TokenStatus.Valid, Token: { } token })
        {
            return TokenProblem(http, check.Status);
        }

        var fresh = tokens.Issue(token.ConversationId);
        return TypedResults.Json(
            new DirectLineConversation(fresh.ConversationId, fresh.Value, tokens.SecondsLeft(fresh), StreamUrl: null),
            LocalChatJsonContext.Default.DirectLineConversation);
    }

    /// <summary>
    /// With a token (from tokens/generate): that token's conversation, 200. Without: the conversation the body
    /// names, with a new token, 201.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpContext http, [FromServices] LocalChatStore store, [FromServices] LocalChatTokens tokens, CancellationToken cancellationToken)
    {
        if (http.Request.Headers.Authorization.Count > 0)
        {
            var check = tokens.Check(http.Request.Headers.Authorization);
            if (check is not { Status: TokenStatus.Valid, Token: { } existing })
            {
                return TokenProblem(http, check.Status);
            }

            return store.Find(existing.ConversationId) is null
                ? ConversationEnded(existing.ConversationId)
                : TypedResults.Json(
                    new DirectLineConversation(existing.ConversationId, existing.Value, tokens.SecondsLeft(existing), StreamUrl: null),
                    LocalChatJsonContext.Default.DirectLineConversation);
        }

        var (conversation, error) = await ChooseConversationAsync(http.Request, store, cancellationToken);
        if (conversation is null)
        {
            return error ?? TypedResults.BadRequest();
        }

        var token = tokens.Issue(conversation.Id);
        return TypedResults.Json(
            new DirectLineConversation(conversation.Id, token.Value, tokens.SecondsLeft(token), StreamUrl: null),
            LocalChatJsonContext.Default.DirectLineConversation,
            statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(
        HttpContext http, string conversationId, [FromServices] LocalChatStore store, [FromServices] LocalChatTokens tokens)
    {
        var check = tokens.Check(http.Request.Headers.Authorization, conversationId);
        if (check is not { Status: TokenStatus.Valid, Token: { } token })
        {
            return TokenProblem(http, check.Status);
        }

        return store.Find(conversationId) is null
            ? ConversationEnded(conversationId)
            : TypedResults.Json(
                new DirectLineConversation(conversationId, token.Value, tokens.SecondsLeft(token), StreamUrl: null),
                LocalChatJsonContext.Default.DirectLineConversation);
    }

    /// <summary>
    /// A member's activity: validated, completed as a real channel would, stored so every watcher sees it,
    /// then handed to the bot through <see cref="IActivityIngress"/>.
    /// </summary>
    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        string conversationId,
        [FromServices] LocalChatStore store,
        [FromServices] LocalChatTokens tokens,
        [FromServices] IOptions<LocalChatOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        if (Authorize(http, conversationId, store, tokens, out var refusal) is not { } conversation)
        {
            return refusal;
        }

        var body = await LocalChatHttp.ReadJsonAsync(http.Request, BotFrameworkJsonContext.Default.Activity, cancellationToken);
        if (body.Status == BodyStatus.TooLarge)
        {
            return LocalChatHttp.TooLargeProblem();
        }

        if (body.Value is not { } posted)
        {
            return BadActivity(body.Error ?? "The body is empty; send an activity as JSON.");
        }

        if (LocalChannelActivities.Validate(posted, conversation, out var sender) is { } invalid)
        {
            return BadActivity(invalid);
        }

        return await DeliverAsync(http, conversation, posted, sender, options.Value, time, loggerFactory.CreateLogger(LocalChatLog.Category), cancellationToken);
    }

    /// <summary>
    /// Hands a member's validated activity to the bot as a real channel would: a <c>conversationUpdate</c> first when
    /// the member writes here for the first time, then the activity, stored in the transcript so every watcher sees it.
    /// Answers the Direct Line <c>ResourceResponse</c>.
    /// </summary>
    /// <summary>Who "@Name" can mention on the page: the conversation's members and the configured ones.</summary>
    private static IReadOnlyList<ChannelAccount> MentionablePeople(HttpContext http, LocalConversation conversation)
    {
        var configured = http.RequestServices.GetService<LocalChatStore>()?.ConfiguredMembers
            .Select(m => new ChannelAccount { Id = m.Id, Name = m.Name }) ?? [];
        return [.. conversation.Members().Concat(configured).DistinctBy(p => p.Id)];
    }

    internal static async Task<IResult> DeliverAsync(
        HttpContext http,
        LocalConversation conversation,
        Activity posted,
        ChannelAccount sender,
        LocalChatOptions options,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var ingress = http.RequestServices.GetService<IActivityIngress>();
        if (ingress is null)
        {
            LocalChatLog.IngressMissing(logger);
            return LocalChatHttp.Problem(StatusCodes.Status503ServiceUnavailable, "BotNotReady", "The bot is not listening",
                "The local chat channel is running but no bot is connected to it. Check the server log.");
        }

        var serviceUrl = LocalChatHttp.ServiceUrl(http.Request, options);
        if (conversation.AddWriter(sender, out var isFirstWriter))
        {
            var added = LocalChannelActivities.MemberAdded(sender, isFirstWriter, conversation, serviceUrl, time.GetUtcNow());
            await TryAcceptAsync(ingress, added, logger, cancellationToken);
        }

        var stored = conversation.Append(
            LocalChannelActivities.StampFromClient(posted, sender, conversation, serviceUrl, MentionablePeople(http, conversation)),
            time.GetUtcNow());
        LocalChatLog.UserActivityPosted(logger, sender.Id ?? "", stored.Type, stored.Id);

        var result = await TryAcceptAsync(ingress, stored, logger, cancellationToken);
        if (result is null || result.StatusCode >= 400)
        {
            return LocalChatHttp.Problem(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not take the message",
                "Your message is in the transcript, but the bot did not accept it. Check the server log, then try again.");
        }

        if (stored.Type == ActivityTypes.Invoke && result.InvokeResponseBody is { } invokeResponse)
        {
            LocalInvokeResponses.Apply(conversation, stored, invokeResponse, time.GetUtcNow(), logger);
        }

        return TypedResults.Json(new ResourceResponse { Id = stored.Id }, BotFrameworkJsonContext.Default.ResourceResponse);
    }

    private static IResult GetActivities(
        HttpContext http, string conversationId, string? watermark, [FromServices] LocalChatStore store, [FromServices] LocalChatTokens tokens)
    {
        if (Authorize(http, conversationId, store, tokens, out var refusal) is not { } conversation)
        {
            return refusal;
        }

        long? after = long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : null;
        var (activities, next) = conversation.ReadSince(after);
        return TypedResults.Json(
            new DirectLineActivitySet(activities, next.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            LocalChatJsonContext.Default.DirectLineActivitySet);
    }

    private static async Task<(LocalConversation? Conversation, IResult? Error)> ChooseConversationAsync(
        HttpRequest request, LocalChatStore store, CancellationToken cancellationToken)
    {
        var body = await LocalChatHttp.ReadJsonAsync(request, LocalChatJsonContext.Default.DirectLineStartRequest, cancellationToken);
        switch (body.Status)
        {
            case BodyStatus.TooLarge:
                return (null, LocalChatHttp.TooLargeProblem());
            case BodyStatus.Invalid:
                return (null, BadStart(body.Error ?? "The body is not valid JSON."));
        }

        var start = body.Value ?? new DirectLineStartRequest();
        switch (start.Conversation?.ToLowerInvariant())
        {
            case null or "channel":
                return (store.Channel, null);
            case "personal":
                var user = start.User;
                var name = user?.Name?.Trim();
                var id = user?.Id ?? (string.IsNullOrEmpty(name) ? null : LocalChatIds.MemberId(name));
                if (id is null || !LocalChatIds.IsValidUserId(id) || string.Equals(id, LocalChatDefaults.BotId, StringComparison.OrdinalIgnoreCase))
                {
                    return (null, BadStart("A 1:1 conversation needs 'user' with a 'name' (and optionally an 'id' such as 'local-anna-alvarez')."));
                }

                if (name is { Length: > LocalChatIds.MaxNameLength })
                {
                    return (null, BadStart($"'user.name' must be at most {LocalChatIds.MaxNameLength} characters."));
                }

                return (store.GetOrCreatePersonal(new ChannelAccount { Id = id, Name = string.IsNullOrEmpty(name) ? id : name }), null);
            default:
                return (null, BadStart("'conversation' must be \"channel\" (the team channel) or \"personal\" (a 1:1 chat with the bot)."));
        }
    }

    /// <summary>The conversation a request with its token may use, or null and the refusal to answer.</summary>
    internal static LocalConversation? Authorize(
        HttpContext http, string conversationId, LocalChatStore store, LocalChatTokens tokens, out IResult refusal)
    {
        var check = tokens.Check(http.Request.Headers.Authorization, conversationId);
        var conversation = check.Status == TokenStatus.Valid ? store.Find(conversationId) : null;
        refusal = check.Status != TokenStatus.Valid ? TokenProblem(http, check.Status)
            : conversation is null ? ConversationEnded(conversationId)
            : TypedResults.Empty;
        return conversation;
    }

    private static IResult TokenProblem(HttpContext http, TokenStatus status)
    {
        if (status is TokenStatus.Missing or TokenStatus.Unknown)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return LocalChatHttp.Problem(StatusCodes.Status401Unauthorized, "TokenMissing", "A Direct Line token is needed",
                "Send 'Authorization: Bearer <token>' with the token from POST /v3/directline/conversations or tokens/generate.");
        }

        return status == TokenStatus.Expired
            ? LocalChatHttp.Problem(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired",
                "Start the conversation again (POST /v3/directline/conversations) to get a new token.")
            : LocalChatHttp.Problem(StatusCodes.Status403Forbidden, "TokenForOtherConversation", "The token is for another conversation",
                "Use the token you got when you started this conversation.");
    }

    private static IResult ConversationEnded(string conversationId) => LocalChatHttp.Problem(
        StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation is not here any more",
        $"The local channel no longer has conversation '{conversationId}' (the server restarted or forgot it). Start a new one.");

    internal static IResult BadActivity(string detail) =>
        LocalChatHttp.Problem(StatusCodes.Status400BadRequest, "BadArgument", "The activity is not valid", detail);

    private static IResult BadStart(string detail) =>
        LocalChatHttp.Problem(StatusCodes.Status400BadRequest, "BadArgument", "The conversation cannot be started", detail);

    private static async Task<IngressResult?> TryAcceptAsync(IActivityIngress ingress, Activity activity, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var result = await ingress.AcceptAsync(activity, cancellationToken);
            if (result.StatusCode >= 400)
            {
                LocalChatLog.IngressRejected(logger, activity.Id, result.StatusCode);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LocalChatLog.IngressFailed(logger, e, activity.Id);
            return null;
        }
    }
}
