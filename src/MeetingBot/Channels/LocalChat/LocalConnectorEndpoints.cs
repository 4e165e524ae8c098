using MeetingBot.Protocol.Activities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// The connector the bot answers through when an activity came from the local channel: the Bot Framework
/// Connector REST API (send, reply, update, delete, create conversation, members) under <c>/local/v3/conversations</c>,
/// writing into the local transcripts. An <c>Authorization</c> header is accepted and ignored.
/// </summary>
internal static class LocalConnectorEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(LocalChatDefaults.ConnectorPath + "/v3/conversations")
            .AllowAnonymous()
            .AddEndpointFilterFactory((context, next) => LocalChatHttp.LocalOnly(context, next, connectorErrors: true))
            .WithTags("LocalChat");

        group.MapPost("", CreateConversationAsync);
        group.MapPost("/{conversationId}/activities", SendAsync);
        group.MapPost("/{conversationId}/activities/{activityId}", ReplyAsync);
        group.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        group.MapDelete("/{conversationId}/activities/{activityId}", Delete);
        group.MapGet("/{conversationId}/members", GetMembers);
        group.MapGet("/{conversationId}/pagedmembers", GetPagedMembers);
        group.MapGet("/{conversationId}/members/{memberId}", GetMember);
    }

    /// <summary>A 1:1 conversation with <c>members[0]</c> (proactive messages); group conversations cannot be created, as in Teams.</summary>
    private static async Task<IResult> CreateConversationAsync(
        HttpContext http,
        [FromServices] LocalChatStore store,
        [FromServices] IOptions<LocalChatOptions> options,
        [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var body = await LocalChatHttp.ReadJsonAsync(http.Request, BotFrameworkJsonContext.Default.ConversationParameters, cancellationToken);
        if (body.Status == BodyStatus.TooLarge)
        {
            return TooLarge();
        }

        if (body.Value is not { } parameters)
        {
            return BadArgument(body.Error ?? "Send ConversationParameters with 'members'.");
        }

        if (parameters.IsGroup == true)
        {
            return BadArgument("The local channel, like Teams, cannot create group conversations; create a 1:1 conversation.");
        }

        if (parameters.Members is not [{ Id: { } memberId } member, ..] || !LocalChatIds.IsValidUserId(memberId))
        {
            return BadArgument("'members' must hold the member to talk to, e.g. [{\"id\":\"local-anna-alvarez\"}].");
        }

        var name = member.Name
            ?? store.ConfiguredMembers.FirstOrDefault(m => m.Id == memberId)?.Name
            ?? store.Channel.FindMember(memberId)?.Name
            ?? memberId;
        var conversation = store.GetOrCreatePersonal(new ChannelAccount { Id = memberId, Name = name });

        string? activityId = null;
        if (parameters.Activity is { } first)
        {
            var stored = conversation.Append(LocalChannelActivities.StampFromBot(first, replyToId: null), time.GetUtcNow());
            LocalChatLog.BotActivityStored(loggerFactory.CreateLogger(LocalChatLog.Category), "sent", stored.Type, stored.Id, conversation.Id);
            activityId = stored.Id;
        }

        return TypedResults.Json(
            new ConversationResourceResponse
            {
                Id = conversation.Id,
                ActivityId = activityId,
                ServiceUrl = LocalChatHttp.ServiceUrl(http.Request, options.Value),
            },
            BotFrameworkJsonContext.Default.ConversationResourceResponse,
            statusCode: StatusCodes.Status201Created);
    }

    private static Task<IResult> SendAsync(
        HttpContext http, string conversationId, [FromServices] LocalChatStore store, [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        StoreFromBotAsync(http, conversationId, replyToId: null, store, time, loggerFactory, cancellationToken);

    private static Task<IResult> ReplyAsync(
        HttpContext http, string conversationId, string activityId, [FromServices] LocalChatStore store, [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        StoreFromBotAsync(http, conversationId, activityId, store, time, loggerFactory, cancellationToken);

    private static async Task<IResult> StoreFromBotAsync(
        HttpContext http, string conversationId, string? replyToId, LocalChatStore store, TimeProvider time,
        ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return LocalChatHttp.ConversationNotFound(conversationId);
        }

        var (activity, error) = await ReadActivityAsync(http.Request, cancellationToken);
        if (activity is null)
        {
            return error ?? BadArgument("Send an activity.");
        }

        var stored = conversation.Append(LocalChannelActivities.StampFromBot(activity, replyToId), time.GetUtcNow());
        LocalChatLog.BotActivityStored(loggerFactory.CreateLogger(LocalChatLog.Category), replyToId is null ? "sent" : "replied", stored.Type, stored.Id, conversationId);
        return TypedResults.Json(new ResourceResponse { Id = stored.Id }, BotFrameworkJsonContext.Default.ResourceResponse);
    }

    private static async Task<IResult> UpdateAsync(
        HttpContext http, string conversationId, string activityId, [FromServices] LocalChatStore store, [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return LocalChatHttp.ConversationNotFound(conversationId);
        }

        var (activity, error) = await ReadActivityAsync(http.Request, cancellationToken);
        if (activity is null)
        {
            return error ?? BadArgument("Send the updated activity.");
        }

        if (conversation.Find(activityId) is not { } original)
        {
            return ActivityNotFound(activityId);
        }

        if (original.From?.Role != "bot")
        {
            return Forbidden("The bot can only update its own messages.");
        }

        var updated = conversation.Replace(activityId, current => LocalChannelActivities.StampFromBot(activity, activity.ReplyToId ?? current.ReplyToId) with
        {
            Timestamp = current.Timestamp,
        }, time.GetUtcNow());
        if (updated is null)
        {
            return ActivityNotFound(activityId);
        }

        LocalChatLog.BotActivityStored(loggerFactory.CreateLogger(LocalChatLog.Category), "updated", updated.Type, updated.Id, conversationId);
        return TypedResults.Json(new ResourceResponse { Id = updated.Id }, BotFrameworkJsonContext.Default.ResourceResponse);
    }

    private static IResult Delete(
        string conversationId, string activityId, [FromServices] LocalChatStore store, [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggerFactory)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return LocalChatHttp.ConversationNotFound(conversationId);
        }

        if (conversation.Find(activityId) is not { } original)
        {
            return ActivityNotFound(activityId);
        }

        if (original.From?.Role != "bot")
        {
            return Forbidden("The bot can only delete its own messages.");
        }

        if (!conversation.Remove(activityId, time.GetUtcNow()))
        {
            return ActivityNotFound(activityId);
        }

        LocalChatLog.BotActivityStored(loggerFactory.CreateLogger(LocalChatLog.Category), "deleted", original.Type, activityId, conversationId);
        return TypedResults.Ok();
    }

    private static IResult GetMembers(string conversationId, [FromServices] LocalChatStore store) =>
        store.Find(conversationId) is { } conversation
            ? TypedResults.Json(Roster(conversation), BotFrameworkJsonContext.Default.ListTeamsChannelAccount)
            : LocalChatHttp.ConversationNotFound(conversationId);

    /// <summary>The members who have written in the conversation (and the member of a 1:1 chat), in one page.</summary>
    private static IResult GetPagedMembers(string conversationId, [FromServices] LocalChatStore store) =>
        store.Find(conversationId) is { } conversation
            ? TypedResults.Json(new PagedMembersResult { Members = Roster(conversation) }, BotFrameworkJsonContext.Default.PagedMembersResult)
            : LocalChatHttp.ConversationNotFound(conversationId);

    private static IResult GetMember(string conversationId, string memberId, [FromServices] LocalChatStore store)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return LocalChatHttp.ConversationNotFound(conversationId);
        }

        return conversation.FindMember(memberId) is { } member
            ? TypedResults.Json(ToTeamsAccount(member), BotFrameworkJsonContext.Default.TeamsChannelAccount)
            : LocalChatHttp.ConnectorError(StatusCodes.Status404NotFound, "MemberNotFoundInConversation",
                $"'{memberId}' has not written in conversation '{conversationId}'.");
    }

    private static List<TeamsChannelAccount> Roster(LocalConversation conversation) =>
        [.. conversation.Members().Select(ToTeamsAccount)];

    private static TeamsChannelAccount ToTeamsAccount(ChannelAccount member) => new()
    {
        Id = member.Id,
        Name = member.Name,
        Role = "user",
        UserRole = "user",
        TenantId = LocalChatDefaults.TenantId,
    };

    private static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await LocalChatHttp.ReadJsonAsync(request, BotFrameworkJsonContext.Default.Activity, cancellationToken);
        return body switch
        {
            { Status: BodyStatus.TooLarge } => (null, TooLarge()),
            { Value: null } => (null, BadArgument(body.Error ?? "The body is empty; send an activity as JSON.")),
            { Value.Type: null or "" } => (null, BadArgument("The activity needs a 'type', such as \"message\" or \"typing\".")),
            _ => (body.Value, null),
        };
    }

    private static IResult BadArgument(string message) =>
        LocalChatHttp.ConnectorError(StatusCodes.Status400BadRequest, "BadArgument", message);

    private static IResult Forbidden(string message) =>
        LocalChatHttp.ConnectorError(StatusCodes.Status403Forbidden, "Forbidden", message);

    private static IResult TooLarge() =>
        LocalChatHttp.ConnectorError(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
            $"An activity may be at most {LocalChatDefaults.MaxBodyBytes / 1024} KB.");

    private static IResult ActivityNotFound(string activityId) =>
        LocalChatHttp.ConnectorError(StatusCodes.Status404NotFound, "ActivityNotFound", $"No activity '{activityId}' in this conversation.");
}
