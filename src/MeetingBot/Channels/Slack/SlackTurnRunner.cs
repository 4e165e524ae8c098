using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Slack;
using MeetingBot.Slack.Json;
using MeetingBot.Slack.Text;
using MeetingBot.Slack.WebApi;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Runs one queued Slack turn: refreshes the conversation reference, turns the delivery into an
/// <see cref="IncomingMessage"/> (names from <c>users.info</c>, cached), hands it to the channel-neutral
/// <see cref="TurnProcessor"/>, and posts the replies as Block Kit — privately (ephemeral) where a reply is meant for
/// the sender alone, into the thread it came from, and through the command's <c>response_url</c> where the bot is
/// not a member of the conversation.
/// </summary>
public sealed partial class SlackTurnRunner(
    IServiceScopeFactory scopes,
    ISlackWebApi slack,
    SlackResponseUrlClient responseUrls,
    SlackUserDirectory users,
    SlackBotIdentity identity,
    ILogger<SlackTurnRunner> logger)
{
    private const string NotAMemberHint = "(Only you can see this: I am not a member of this conversation. Invite me with /invite @MeetingBot so everyone sees my answers.)";

    // The reference last stored per conversation: most turns change nothing, so skip the write.
    private readonly ConcurrentDictionary<string, string> _storedReferences = new(StringComparer.Ordinal);

    public async Task RunAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            await StoreReferenceAsync(services.GetRequiredService<IConversationDirectory>(), inbound, cancellationToken);
            var botUserId = await identity.GetUserIdAsync(inbound.BotUserId, cancellationToken);
            var people = await users.GetManyAsync([inbound.UserId, .. SlackMessageText.MentionedUserIds(inbound.RawText)], cancellationToken);
            var message = SlackAdapter.ToIncomingMessage(inbound, botUserId, people);

            var replies = await services.GetRequiredService<TurnProcessor>().HandleAsync(message, cancellationToken);
            if (inbound is { Trigger: SlackTrigger.Interaction, RawText.Length: > 0 })
                await MarkAnsweredAsync(inbound, message.From.Name, cancellationToken);
            foreach (var reply in replies)
                await SendAsync(services, inbound, reply, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, inbound.Trigger.ToString(), ex);
            await TryApologiseAsync(services, inbound);
        }
    }

    private async Task SendAsync(IServiceProvider services, SlackInbound inbound, Reply reply, CancellationToken cancellationToken)
    {
        var rendering = BlockKitRenderer.Render(reply);
        var privately = reply.PrivateToSender && inbound.Address.Kind != ConversationKind.Personal;
        try
        {
            if (privately)
            {
                await slack.PostEphemeralAsync(new PostEphemeralRequest
                {
                    Channel = inbound.Channel, User = inbound.UserId, Text = rendering.Text, Blocks = rendering.Blocks, ThreadTs = inbound.ThreadTs,
                }, cancellationToken);
            }
            else
            {
                await slack.PostMessageAsync(new PostMessageRequest
                {
                    Channel = inbound.Channel, Text = rendering.Text, Blocks = rendering.Blocks, ThreadTs = inbound.ThreadTs,
                }, cancellationToken);
            }
        }
        catch (SlackApiException ex) when (ex.Kind is SlackFailureKind.BotRemoved or SlackFailureKind.Unreachable)
        {
            LogNotPosted(logger, ex.Method, ex.Error ?? "(none)");
            if (ex.IsBotRemoved)
            {
                await services.GetRequiredService<IConversationDirectory>().MarkInactiveAsync(inbound.Address.Key, $"slack {ex.Error}", CancellationToken.None);
                _storedReferences.TryRemove(inbound.Address.Key, out _);
            }
            // A slash command or a button works where the bot is not a member: answer the person through Slack's hook.
            if (inbound.ResponseUrl is null) return;
            await responseUrls.RespondAsync(inbound.ResponseUrl, new ResponseUrlMessage
            {
                Text = rendering.Text + (privately ? "" : "\n" + NotAMemberHint),
                Blocks = rendering.Blocks,
            }, cancellationToken);
        }
    }

    /// <summary>Takes the choice buttons off the prompt that was answered, so nobody presses them twice.</summary>
    private async Task MarkAnsweredAsync(SlackInbound inbound, string who, CancellationToken cancellationToken)
    {
        if (inbound is not { MessageTs: { } ts, PressedMessageBlocks: { } pressed }) return;
        var blocks = new JsonArray();
        foreach (var block in pressed)
        {
            if (block is JsonObject o && o["block_id"]?.GetValue<string>() == "choices") continue;
            blocks.Add(block?.DeepClone());
        }
        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray { new JsonObject { ["type"] = "plain_text", ["text"] = $"{who} answered: {inbound.RawText}", ["emoji"] = true } },
        });
        try
        {
            await slack.UpdateMessageAsync(new UpdateMessageRequest { Channel = inbound.Channel, Ts = ts, Text = inbound.PressedMessageText ?? inbound.RawText, Blocks = blocks }, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            LogNotPosted(logger, ex.Method, ex.Error ?? "(none)");
        }
    }

    private async Task StoreReferenceAsync(IConversationDirectory directory, SlackInbound inbound, CancellationToken cancellationToken)
    {
        var reference = SlackAdapter.ReferenceOf(inbound);
        // Events carry no channel name; keep the one a slash command told, rather than flap between it and none.
        if (reference.Name is null && _storedReferences.TryGetValue(inbound.Address.Key, out var known)
            && JsonSerializer.Deserialize(known, SlackJsonContext.Default.SlackConversationReference) is { Name: { } name })
            reference = reference with { Name = name };
        var json = JsonSerializer.Serialize(reference, SlackJsonContext.Default.SlackConversationReference);
        if (_storedReferences.TryGetValue(inbound.Address.Key, out var stored) && stored == json) return;
        await directory.UpsertAsync(inbound.Address with { Name = reference.Name }, json, cancellationToken);
        _storedReferences[inbound.Address.Key] = json;
    }

    private async Task TryApologiseAsync(IServiceProvider services, SlackInbound inbound)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var apology = new Reply("Sorry, something went wrong on my side while handling that. Please try again in a moment; if it keeps happening, tell your secretariat.")
            {
                PrivateToSender = true,
            };
            await SendAsync(services, inbound, apology, timeout.Token);
        }
        catch (Exception ex)
        {
            LogApologyFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack turn ({Trigger}) failed")]
    private static partial void LogTurnFailed(ILogger logger, string trigger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused {Method} ({Error}) for a reply")]
    private static partial void LogNotPosted(ILogger logger, string method, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology after a failed Slack turn: {Reason}")]
    private static partial void LogApologyFailed(ILogger logger, string reason);
}
