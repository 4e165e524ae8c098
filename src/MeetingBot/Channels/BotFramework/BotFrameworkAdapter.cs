using System.Text.Json;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Text;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// Translates between Bot Framework activities and the channel-neutral message model:
/// inbound activity → <see cref="IncomingMessage"/>, <see cref="Reply"/> → outbound activity.
/// </summary>
public static class BotFrameworkAdapter
{
    public static ConversationAddress? ToAddress(Activity activity)
    {
        if (activity is not { ChannelId: { } channelId, Conversation: { Id: { } conversationId } conversation }) return null;
        var kind = conversation.ConversationType?.ToLowerInvariant() switch
        {
            "personal" => ConversationKind.Personal,
            "channel" => ConversationKind.Channel,
            "groupchat" => ConversationKind.GroupChat,
            _ => conversation.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
        };
        var teamId = ReadString(activity.ChannelData, "team", "id");
        var tenantId = conversation.TenantId ?? ReadString(activity.ChannelData, "tenant", "id");
        // A Teams channel thread ("19:…;messageid=…") belongs to its channel: one conversation, one queue.
        var baseId = conversationId.Split(";messageid=", 2)[0];
        return new ConversationAddress(channelId, baseId, kind, tenantId, teamId, conversation.Name);
    }

    public static IncomingMessage? ToIncomingMessage(Activity activity, DateTimeOffset receivedAt) =>
        ToAddress(activity) is { } address ? ToIncomingMessage(activity, address, receivedAt) : null;

    /// <summary>As above, for an activity whose address is already known (the turn runner has it from the ingress).</summary>
    public static IncomingMessage? ToIncomingMessage(Activity activity, ConversationAddress address, DateTimeOffset receivedAt)
    {
        if (activity.From is not { Id: { } fromId } from) return null;
        var normalized = TeamsMessageText.Normalize(activity);
        return new IncomingMessage
        {
            ActivityId = activity.Id ?? string.Empty,
            Conversation = address,
            From = new Person(fromId, from.Name ?? string.Empty, from.AadObjectId),
            Text = normalized.Text,
            RawText = activity.Text,
            IsAddressedToBot = IsAddressedToBot(activity, address),
            Mentions = normalized.Mentions.Count == 0 ? [] : normalized.Mentions.Select(m => new Mention(m.Id, m.Name)).ToList(),
            Attachments = BotFrameworkAttachments.ToIncoming(activity),
            Value = activity.Value,
            Timestamp = activity.Timestamp ?? receivedAt,
            TimeZone = activity.LocalTimezone ?? ClientInfoTimeZone(activity),
            Locale = activity.Locale,
        };
    }

    /// <summary>
    /// In Teams channels and group chats the bot receives only messages that mention it, unless resource-specific consent
    /// (RSC, see the manifest) lets it read every message: those without a mention are seen (a meeting keeps their links
    /// and attendance) but never answered. A card button press carries no mention and is always for the bot. Other
    /// channels (Direct Line, the local chat page) send only what is meant for the bot.
    /// </summary>
    private static bool IsAddressedToBot(Activity activity, ConversationAddress address) =>
        address.Kind == ConversationKind.Personal
        || !string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
        || activity.Value is { ValueKind: JsonValueKind.Object }
        || activity.Entities?.Any(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                                       && e.Mentioned?.Id is { Length: > 0 } id
                                       && string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The outbound activity for a reply: text (with real mentions) and suggested actions for choices.</summary>
    public static Activity ToActivity(Reply reply, Activity inbound)
    {
        var text = reply.Text;
        List<Entity>? entities = null;
        foreach (var mention in reply.Mentions)
        {
            var span = $"<at>{System.Net.WebUtility.HtmlEncode(mention.Name)}</at>";
            var plain = "@" + mention.Name;
            if (!text.Contains(plain, StringComparison.Ordinal)) continue;
            text = text.Replace(plain, span, StringComparison.Ordinal);
            (entities ??= []).Add(new Entity
            {
                Type = "mention",
                Text = span,
                Mentioned = new ChannelAccount { Id = mention.UserId, Name = mention.Name },
            });
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            // With a card, the card carries the content; the text would repeat it above the card.
            Text = reply.Card is null ? text : null,
            Summary = reply.Card is null ? null : Shorten(reply.Text),
            Attachments = reply.Card is null ? null : [AdaptiveCardRenderer.Render(reply.Card, CardLinks.AppendTo(reply.Text, reply.Card))],
            TextFormat = "markdown",
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation,
            ReplyToId = inbound.Id,
            Entities = entities,
            SuggestedActions = reply.Choices.Count == 0 ? null : new SuggestedActions
            {
                Actions = reply.Choices.Select(c => new CardAction { Type = "imBack", Title = c, Value = JsonSerializer.SerializeToElement(c, BotFrameworkJsonContext.Default.String) }).ToList(),
            },
        };
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    public static Activity Typing(Activity inbound) => new()
    {
        Type = ActivityTypes.Typing,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
    };

    private static string? ClientInfoTimeZone(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase) || entity.ExtensionData is null) continue;
            foreach (var (key, value) in entity.ExtensionData)
                if (key.Equals("timezone", StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
        }
        return null;
    }

    private static string? ReadString(JsonElement? element, string objectName, string property)
    {
        if (element is not { ValueKind: JsonValueKind.Object } root) return null;
        foreach (var outer in root.EnumerateObject())
        {
            if (!outer.NameEquals(objectName) && !outer.Name.Equals(objectName, StringComparison.OrdinalIgnoreCase)) continue;
            if (outer.Value.ValueKind != JsonValueKind.Object) return null;
            foreach (var inner in outer.Value.EnumerateObject())
                if (inner.Name.Equals(property, StringComparison.OrdinalIgnoreCase) && inner.Value.ValueKind == JsonValueKind.String)
                    return inner.Value.GetString();
        }
        return null;
    }
}
