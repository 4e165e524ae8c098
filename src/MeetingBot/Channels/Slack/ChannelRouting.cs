using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Conversations.Messages;
using MeetingBot.Slack.Text;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Sends proactive messages through the channel a conversation (or person) belongs to: Slack keys (<c>slack|…</c>) and
/// Slack user ids to Slack, everything else to the channel registered before Slack (the Bot Framework).
/// </summary>
internal sealed class ChannelRoutingProactiveMessenger(SlackProactiveMessenger slack, IProactiveMessenger others) : IProactiveMessenger
{
    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, Reply reply, CancellationToken cancellationToken) =>
        IsSlack(conversationKey) ? slack.SendToConversationAsync(conversationKey, reply, cancellationToken) : others.SendToConversationAsync(conversationKey, reply, cancellationToken);

    /// <summary>
    /// A member of a linked meeting is reached on their own platform: a Slack person opted in to reminders of a series
    /// that lives in Teams arrives with the Teams channel as <see cref="PersonalAddress.ViaConversationKey"/>.
    /// </summary>
    public Task<ProactiveResult> SendToPersonAsync(PersonalAddress to, Reply reply, CancellationToken cancellationToken) =>
        IsSlack(to.PersonalConversationKey) || (to.PersonalConversationKey is null && (IsSlack(to.ViaConversationKey) || SlackIds.IsUserId(to.UserId)))
            ? slack.SendToPersonAsync(to, reply, cancellationToken)
            : others.SendToPersonAsync(to, reply, cancellationToken);

    public static bool IsSlack(string? conversationKey) => conversationKey?.StartsWith(SlackAdapter.KeyPrefix, StringComparison.Ordinal) == true;
}

internal sealed class ChannelRoutingRoster(SlackRoster slack, IConversationRoster others) : IConversationRoster
{
    public Task<IReadOnlyList<RosterMember>?> ListAsync(ConversationAddress conversation, int maxMembers, CancellationToken cancellationToken) =>
        conversation.ChannelId == SlackAdapter.ChannelId ? slack.ListAsync(conversation, maxMembers, cancellationToken) : others.ListAsync(conversation, maxMembers, cancellationToken);
}
