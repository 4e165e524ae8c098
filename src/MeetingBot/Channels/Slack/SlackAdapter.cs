using System.Globalization;
using MeetingBot.Conversations.Messages;
using MeetingBot.Slack;
using MeetingBot.Slack.Events;
using MeetingBot.Slack.Text;
using MeetingBot.Slack.WebApi;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Translates between Slack's payloads and the channel-neutral message model: a Slack conversation → a
/// <see cref="ConversationAddress"/>, a <see cref="SlackInbound"/> → an <see cref="IncomingMessage"/>.
/// </summary>
public static class SlackAdapter
{
    public const string ChannelId = "slack";
    public const string KeyPrefix = ChannelId + "|";

    /// <summary>
    /// Conversation id = the Slack channel id; threads belong to their channel (one conversation, one queue, as Teams
    /// channel threads do) and replies go back into the thread they came from. Channels and private channels share
    /// their workspace's scope (<see cref="ConversationAddress.TeamId"/> = team id), so one workspace is one team and
    /// workspaces never see each other's data; direct messages and group DMs are scopes of their own, like Teams chats.
    /// </summary>
    public static ConversationAddress ToAddress(string teamId, string channel, string? channelType = null, string? channelName = null)
    {
        var type = SlackIds.TypeOf(channel, channelType, channelName);
        var kind = type switch
        {
            SlackConversationType.DirectMessage => ConversationKind.Personal,
            SlackConversationType.GroupDirectMessage => ConversationKind.GroupChat,
            _ => ConversationKind.Channel,
        };
        var name = channelName is { Length: > 0 } && type is SlackConversationType.PublicChannel or SlackConversationType.PrivateChannel && channelName != "privategroup"
            ? "#" + channelName
            : null;
        return new ConversationAddress(ChannelId, channel, kind, TenantId: teamId, TeamId: kind == ConversationKind.Channel ? teamId : null, Name: name);
    }

    public static string ChannelOf(string conversationKey) =>
        conversationKey.StartsWith(KeyPrefix, StringComparison.Ordinal) ? conversationKey[KeyPrefix.Length..] : conversationKey;

    public static string ChannelTypeOf(ConversationAddress address) => address.Kind switch
    {
        ConversationKind.Personal => "im",
        ConversationKind.GroupChat => "mpim",
        _ => address.ConversationId.StartsWith('G') ? "group" : "channel",
    };

    /// <summary>
    /// The normalised message: mentions with the names people see (looked up, cached), Slack links visible as
    /// "label (url)", the bot's mention removed. In a channel or group DM a message is addressed to the bot only when
    /// it mentions the bot; slash commands, button presses and direct messages always are.
    /// </summary>
    public static IncomingMessage ToIncomingMessage(SlackInbound inbound, string? botUserId, IReadOnlyDictionary<string, SlackUser> users)
    {
        var normalized = SlackMessageText.Normalize(inbound.RawText, botUserId, id => users.TryGetValue(id, out var user) ? user.Name : null);
        var sender = users.TryGetValue(inbound.UserId, out var found) ? found : new SlackUser(inbound.UserId, inbound.UserId, null, false);
        var addressed = inbound.Trigger != SlackTrigger.Event
                        || inbound.Address.Kind == ConversationKind.Personal
                        || normalized.MentionsBot
                        || inbound.IsAppMention;
        return new IncomingMessage
        {
            ActivityId = inbound.DeliveryId,
            Conversation = inbound.Address,
            From = new Person(inbound.UserId, sender.Name),
            Text = normalized.Text,
            RawText = inbound.RawText,
            IsAddressedToBot = addressed,
            Mentions = normalized.Mentions.Select(m => new Mention(m.UserId, m.Name)).ToList(),
            Attachments = inbound.Attachments,
            Value = inbound.Value,
            Timestamp = inbound.Timestamp,
            TimeZone = sender.TimeZone,
        };
    }

    /// <summary>
    /// The files of a message: name, media type, announced size, and as <see cref="IncomingAttachment.Source"/> the
    /// private download URL (which needs the bot token). Deleted files and files shared without a URL are left out.
    /// </summary>
    public static IReadOnlyList<IncomingAttachment> ToAttachments(IReadOnlyList<SlackFile>? files)
    {
        if (files is not { Count: > 0 }) return [];
        var attachments = new List<IncomingAttachment>(files.Count);
        foreach (var file in files)
        {
            if (file.Mode == "tombstone" || (file.UrlPrivateDownload ?? file.UrlPrivate) is not { Length: > 0 } url) continue;
            var name = new[] { file.Name, file.Title, file.Id }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "file";
            var type = string.IsNullOrWhiteSpace(file.Mimetype) ? "application/octet-stream" : file.Mimetype.Trim();
            attachments.Add(new IncomingAttachment(name, type, url) { Size = file.Size });
        }
        return attachments.Count == 0 ? [] : attachments;
    }

    /// <summary>Slack's message ts ("1743244200.000100", seconds since 1970) as a time; null when it is not one.</summary>
    public static DateTimeOffset? TimeOf(string? ts)
    {
        if (ts is null || !decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)) return null;
        if (seconds <= 0 || seconds > 32_503_680_000m) return null;
        return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
    }

    public static SlackConversationReference ReferenceOf(SlackInbound inbound) => new()
    {
        TeamId = inbound.TeamId,
        Channel = inbound.Channel,
        ChannelType = inbound.ChannelType ?? ChannelTypeOf(inbound.Address),
        Name = inbound.Address.Name,
    };
}
