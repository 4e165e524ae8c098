using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Messages;
using MeetingBot.Slack.WebApi;

namespace MeetingBot.Channels.Slack;

/// <summary>Who is in a Slack conversation: <c>conversations.members</c>, with names from the cached user directory; bots left out.</summary>
public sealed class SlackRoster(ISlackWebApi slack, SlackUserDirectory users) : IConversationRoster
{
    public async Task<IReadOnlyList<RosterMember>?> ListAsync(ConversationAddress conversation, int maxMembers, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids;
        try
        {
            ids = await slack.ListMembersAsync(conversation.ConversationId, cancellationToken);
        }
        catch (SlackApiException)
        {
            return null;
        }
        if (ids.Count > maxMembers) return null;
        var found = await users.GetManyAsync(ids, cancellationToken);
        return found.Values.Where(u => !u.IsBot).Select(u => new RosterMember(new Person(u.Id, u.Name))).ToList();
    }
}
