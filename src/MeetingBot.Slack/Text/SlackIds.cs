using System.Text.RegularExpressions;

namespace MeetingBot.Slack.Text;

/// <summary>What Slack's ids look like: users <c>U…</c>/<c>W…</c>, conversations <c>C…</c>, <c>G…</c>, <c>D…</c>.</summary>
public static partial class SlackIds
{
    [GeneratedRegex("^[UW][A-Z0-9]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();

    /// <summary>True for a Slack user id (not a Teams <c>29:…</c> or a local chat id).</summary>
    public static bool IsUserId(string? id) => id is not null && UserId().IsMatch(id);

    /// <summary>
    /// The kind of a conversation from what the payload tells: <c>channel_type</c> on message events, the
    /// <c>channel_name</c> of slash commands (<c>directmessage</c>, <c>mpdm-…</c>, <c>privategroup</c>), else the id's
    /// first letter (<c>D</c> direct message, <c>C</c>/<c>G</c> channel).
    /// </summary>
    public static SlackConversationType TypeOf(string channelId, string? channelType = null, string? channelName = null)
    {
        switch (channelType)
        {
            case "im": return SlackConversationType.DirectMessage;
            case "mpim": return SlackConversationType.GroupDirectMessage;
            case "channel": return SlackConversationType.PublicChannel;
            case "group": return SlackConversationType.PrivateChannel;
        }
        if (string.Equals(channelName, "directmessage", StringComparison.Ordinal)) return SlackConversationType.DirectMessage;
        if (channelName?.StartsWith("mpdm-", StringComparison.Ordinal) == true) return SlackConversationType.GroupDirectMessage;
        if (string.Equals(channelName, "privategroup", StringComparison.Ordinal)) return SlackConversationType.PrivateChannel;
        return channelId.Length == 0 ? SlackConversationType.PublicChannel : channelId[0] switch
        {
            'D' => SlackConversationType.DirectMessage,
            'G' => SlackConversationType.PrivateChannel,
            _ => SlackConversationType.PublicChannel,
        };
    }
}

public enum SlackConversationType
{
    PublicChannel,
    PrivateChannel,
    DirectMessage,
    GroupDirectMessage,
}
