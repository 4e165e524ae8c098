using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MeetingBot.Conversations;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Runs one queued Bot Framework activity: refreshes the conversation reference, hands the message to the
/// channel-neutral <see cref="TurnProcessor"/>, and posts the replies through the connector.
/// </summary>
public sealed partial class BotFrameworkTurnRunner(
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    IOptions<BotBehaviourOptions> behaviour,
    TimeProvider time,
    ILogger<BotFrameworkTurnRunner> logger)
{
    private static readonly TimeSpan TypingAfter = TimeSpan.FromMilliseconds(800);

    // The reference last stored per conversation (UTF-8 JSON): most turns change nothing, so skip the write.
    private readonly ConcurrentDictionary<string, byte[]> _storedReferences = new(StringComparer.Ordinal);

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_referenceBuffer;
    [ThreadStatic] private static Utf8JsonWriter? t_referenceWriter;

    public async Task RunAsync(Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            await StoreReferenceAsync(services, activity, address, cancellationToken);
            var replies = activity.Type switch
            {
                ActivityTypes.Message => await HandleMessageAsync(services, activity, address, cancellationToken),
                ActivityTypes.ConversationUpdate => await HandleMembersAddedAsync(services, activity, address, cancellationToken),
                ActivityTypes.InstallationUpdate => await HandleInstallAsync(services, activity, address, cancellationToken),
                ActivityTypes.Event => await HandleEventAsync(services, activity, cancellationToken),
                _ => [],
            };
            // An event is not a message to answer: what it produces is posted to the conversation itself.
            var answering = activity.Type == ActivityTypes.Event ? activity with { Id = null } : activity;
            foreach (var reply in replies)
                await SendAsync(services, answering, BotFrameworkAdapter.ToActivity(reply, answering), cancellationToken);
        }
        catch (ConnectorException ex) when (ex.IsBotRemovedFromConversation)
        {
            LogRemoved(logger, (int)ex.StatusCode, ex.ErrorCode);
            await services.GetRequiredService<IConversationDirectory>().MarkInactiveAsync(address.Key, $"{(int)ex.StatusCode} {ex.ErrorCode}", CancellationToken.None);
            _storedReferences.TryRemove(address.Key, out _);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, activity.Type ?? "(none)", ex);
            await TryApologiseAsync(services, activity);
        }
    }

    private async Task<IReadOnlyList<Reply>> HandleMessageAsync(IServiceProvider services, Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        if (BotFrameworkAdapter.ToIncomingMessage(activity, address, time.GetUtcNow()) is not { } message) return [];
        var processor = services.GetRequiredService<TurnProcessor>();
        var turn = processor.HandleAsync(message, cancellationToken);
        // Show "typing…" only when the turn is slow, so quick answers cost no extra message (and most turns, answered
        // from memory, are already done here: no timer at all).
        if (!turn.IsCompleted)
        {
            using var typingTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var first = await Task.WhenAny(turn, Task.Delay(TypingAfter, time, typingTimer.Token));
            await typingTimer.CancelAsync(); // drop the timer now rather than let it fire for nothing
            if (first != turn)
                await SendAsync(services, activity, BotFrameworkAdapter.Typing(activity), cancellationToken, swallowErrors: true);
        }
        return await turn;
    }

    private async Task<IReadOnlyList<Reply>> HandleEventAsync(IServiceProvider services, Activity activity, CancellationToken cancellationToken)
    {
        if (TeamsMeetingEvents.ToIncomingEvent(activity, time.GetUtcNow()) is not { } incoming) return [];
        return await services.GetRequiredService<ConversationEventProcessor>().HandleAsync(incoming, cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> HandleMembersAddedAsync(IServiceProvider services, Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.MembersAdded?.Any(m => m.Id == botId) != true) return [];
        await BootstrapInstallerAsync(services, activity, address, cancellationToken);
        return [new Reply(Welcome(address))];
    }

    private async Task<IReadOnlyList<Reply>> HandleInstallAsync(IServiceProvider services, Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        if (activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
            await BootstrapInstallerAsync(services, activity, address, cancellationToken);
        return [];
    }

    /// <summary>Whoever installs the bot becomes chair of that team or chat, unless admins are configured.</summary>
    private Task BootstrapInstallerAsync(IServiceProvider services, Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        if (activity.From is not { Id: { } id } from || id == activity.Recipient?.Id) return Task.CompletedTask;
        return services.GetRequiredService<IMemberDirectory>().GetOrAddAsync(
            address.ScopeId, new Person(id, from.Name ?? string.Empty, from.AadObjectId), activity.LocalTimezone,
            bootstrapChair: behaviour.Value.Admins.Count == 0, cancellationToken);
    }

    private static string Welcome(ConversationAddress address) => address.Kind == ConversationKind.Personal
        ? "Hello, I'm MeetingBot. I help your alliance run its meetings: agenda items, reminders, the tour de table and the minutes. Say help to see what you can ask me."
        : "Hello everyone, I'm MeetingBot. I collect agenda items, send reminders, run the tour de table and draft the minutes. Mention me with help to see what you can ask.";

    private async Task StoreReferenceAsync(IServiceProvider services, Activity activity, ConversationAddress address, CancellationToken cancellationToken)
    {
        if (ConversationReference.From(activity) is not { } reference) return;
        var key = address.Key;
        // The user and activity id change with every message; the reference needs only where and as whom to post.
        if (ChangedReference(key, reference with { User = null, ActivityId = null, Locale = null }) is not { } json) return;
        await services.GetRequiredService<IConversationDirectory>().UpsertAsync(address, Encoding.UTF8.GetString(json), cancellationToken);
        _storedReferences[key] = json;
    }

    /// <summary>
    /// The reference as UTF-8 JSON when it differs from the one stored last for the conversation, else null.
    /// Written into a per-thread buffer, so the common case (unchanged) allocates nothing.
    /// </summary>
    private byte[]? ChangedReference(string conversationKey, ConversationReference reference)
    {
        var buffer = t_referenceBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_referenceWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, reference, BotFrameworkJsonContext.Default.ConversationReference);
        writer.Flush();
        return _storedReferences.TryGetValue(conversationKey, out var known) && buffer.WrittenSpan.SequenceEqual(known)
            ? null
            : buffer.WrittenSpan.ToArray();
    }

    private async Task SendAsync(IServiceProvider services, Activity inbound, Activity outbound, CancellationToken cancellationToken, bool swallowErrors = false)
    {
        try
        {
            if (inbound.Id is { Length: > 0 } replyToId)
                await connector.ReplyToActivityAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, replyToId, outbound, cancellationToken);
            else
                await connector.SendToConversationAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, outbound, cancellationToken);
        }
        catch (Exception ex) when (swallowErrors && ex is not OperationCanceledException)
        {
            LogTypingFailed(logger, ex.Message);
        }
    }

    private async Task TryApologiseAsync(IServiceProvider services, Activity activity)
    {
        if (activity.Type != ActivityTypes.Message) return;
        try
        {
            var reply = new Reply("Sorry, something went wrong on my side while handling that. Please try again in a moment; if it keeps happening, tell your secretariat.");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await SendAsync(services, activity, BotFrameworkAdapter.ToActivity(reply, activity), timeout.Token);
        }
        catch (Exception ex)
        {
            LogApologyFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn for a {Type} activity failed")]
    private static partial void LogTurnFailed(ILogger logger, string type, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot was removed or blocked in a conversation ({Status} {Code}); marked it inactive")]
    private static partial void LogRemoved(ILogger logger, int status, string? code);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not send a typing indicator: {Reason}")]
    private static partial void LogTypingFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology after a failed turn: {Reason}")]
    private static partial void LogApologyFailed(ILogger logger, string reason);
}
