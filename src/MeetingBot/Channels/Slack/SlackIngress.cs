using System.Text.Json;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Slack.Commands;
using MeetingBot.Slack.Events;
using MeetingBot.Slack.Interactivity;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Accepts verified, parsed Slack deliveries: drops repeats (Slack's retries, the same post arriving as both
/// <c>message</c> and <c>app_mention</c>), drops what is not a person's new message, and queues the turn on its
/// conversation's lane — the same <see cref="ConversationTurnQueue"/> the Bot Framework uses — so the HTTP request is
/// answered at once, well inside Slack's three seconds.
/// </summary>
public sealed partial class SlackIngress(
    IInboundDeduplicator deduplicator,
    ConversationTurnQueue queue,
    SlackTurnRunner runner,
    TimeProvider time,
    ILogger<SlackIngress> logger)
{
    public async ValueTask AcceptEventAsync(SlackEnvelope envelope, string? retryNum, string? retryReason, CancellationToken cancellationToken)
    {
        if (envelope.Event is not { } e || envelope.TeamId is not { Length: > 0 } teamId)
        {
            LogIgnored(logger, envelope.Event?.Type ?? "(none)", "no event or team");
            return;
        }
        if (retryNum is not null) LogRetry(logger, retryNum, retryReason ?? "(none)", envelope.EventId ?? "(none)");

        if (!SlackEventTypes.IsNewHumanMessage(e, envelope.BotUserId))
        {
            LogIgnored(logger, e.Subtype is null ? e.Type ?? "(none)" : $"{e.Type}/{e.Subtype}", "not a person's new message");
            return;
        }

        // Processed once per post (channel, ts): that covers Slack's retries of an event (same event id), a retry whose
        // original never arrived (processed now), and the same post delivered as both message and app_mention under
        // different event ids. Claimed across restarts and instances.
        if (!await deduplicator.TryClaimAsync(SlackAdapter.ChannelId, $"post|{e.Channel}|{e.Ts}", cancellationToken))
        {
            LogDuplicate(logger, e.Type!, envelope.EventId ?? "(no event id)");
            return;
        }

        var address = SlackAdapter.ToAddress(teamId, e.Channel!, e.ChannelType);
        Enqueue(new SlackInbound
        {
            Trigger = SlackTrigger.Event,
            Address = address,
            TeamId = teamId,
            Channel = e.Channel!,
            ChannelType = e.ChannelType,
            UserId = e.User!,
            RawText = e.Text ?? string.Empty,
            DeliveryId = e.Ts!,
            MessageTs = e.Ts,
            ThreadTs = e.ThreadTs,
            BotUserId = envelope.BotUserId,
            IsAppMention = e.Type == SlackEventTypes.AppMention,
            Attachments = SlackAdapter.ToAttachments(e.Files),
            Timestamp = SlackAdapter.TimeOf(e.Ts) ?? time.GetUtcNow(),
        });
    }

    public async ValueTask AcceptCommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var deliveryId = command.TriggerId ?? Guid.NewGuid().ToString("N");
        if (!await deduplicator.TryClaimAsync(SlackAdapter.ChannelId, "command|" + deliveryId, cancellationToken))
        {
            LogDuplicate(logger, "slash command", "trigger id");
            return;
        }
        var address = SlackAdapter.ToAddress(command.TeamId, command.ChannelId, channelName: command.ChannelName);
        Enqueue(new SlackInbound
        {
            Trigger = SlackTrigger.SlashCommand,
            Address = address,
            TeamId = command.TeamId,
            Channel = command.ChannelId,
            UserId = command.UserId,
            RawText = command.Text,
            DeliveryId = deliveryId,
            ResponseUrl = command.ResponseUrl,
            Timestamp = time.GetUtcNow(),
        });
    }

    /// <summary>A button press: a choice answers with its value; a card button sends its command plus the card's inputs.</summary>
    public async ValueTask AcceptInteractionAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        var action = payload.Actions?.FirstOrDefault();
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var teamId = payload.Team?.Id ?? payload.User?.TeamId;
        if (payload.Type != InteractionPayload.BlockActions || action?.ActionId is not { } actionId || action.Value is not { } value
            || channel is null || teamId is null || payload.User?.Id is not { } userId)
        {
            LogIgnored(logger, payload.Type ?? "(none)", "not a button of ours");
            return;
        }

        string text;
        JsonElement? submitted = null;
        if (actionId.StartsWith(BlockKitRenderer.ChoiceAction, StringComparison.Ordinal))
        {
            text = value;
        }
        else if (actionId.StartsWith(BlockKitRenderer.CommandAction, StringComparison.Ordinal))
        {
            text = string.Empty;
            var data = new Dictionary<string, string>(payload.InputValues(), StringComparer.Ordinal) { [CardSubmission.CommandField] = value };
            submitted = JsonSerializer.SerializeToElement(data, SlackHostJsonContext.Default.DictionaryStringString);
        }
        else
        {
            LogIgnored(logger, payload.Type, "not a button of ours");
            return;
        }

        var deliveryId = $"{userId}|{action.ActionTs ?? payload.TriggerId ?? Guid.NewGuid().ToString("N")}";
        if (!await deduplicator.TryClaimAsync(SlackAdapter.ChannelId, "action|" + deliveryId, cancellationToken))
        {
            LogDuplicate(logger, "button press", "action ts");
            return;
        }

        var address = SlackAdapter.ToAddress(teamId, channel, channelName: payload.Channel?.Name);
        Enqueue(new SlackInbound
        {
            Trigger = SlackTrigger.Interaction,
            Address = address,
            TeamId = teamId,
            Channel = channel,
            UserId = userId,
            RawText = text,
            Value = submitted,
            DeliveryId = deliveryId,
            MessageTs = payload.Container?.IsEphemeral == true ? null : payload.Message?.Ts ?? payload.Container?.MessageTs,
            ThreadTs = payload.Message?.ThreadTs ?? payload.Container?.ThreadTs,
            ResponseUrl = payload.ResponseUrl,
            PressedMessageBlocks = payload.Message?.Blocks,
            PressedMessageText = payload.Message?.Text,
            Timestamp = time.GetUtcNow(),
        });
    }

    private void Enqueue(SlackInbound inbound) => queue.Enqueue(inbound.Address.Key, ct => runner.RunAsync(inbound, ct));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a Slack {Type}: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string type, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a repeated Slack {Type} ({Key})")]
    private static partial void LogDuplicate(ILogger logger, string type, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({Reason}) of event {EventId}")]
    private static partial void LogRetry(ILogger logger, string retryNum, string reason, string eventId);
}
