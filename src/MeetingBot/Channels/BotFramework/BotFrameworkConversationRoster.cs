using System.Text.Json;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Connector;

namespace MeetingBot.Channels.BotFramework;

/// <summary>
/// A conversation's roster through the connector's paged members API (<c>GET v3/conversations/{id}/pagedmembers</c>),
/// at the service URL of the conversation's stored reference. Stops (and returns null) past the size asked for.
/// </summary>
internal sealed partial class BotFrameworkConversationRoster(
    IConversationDirectory directory,
    IConnectorClient connector,
    ILogger<BotFrameworkConversationRoster> logger) : IConversationRoster
{
    public async Task<IReadOnlyList<RosterMember>?> ListAsync(ConversationAddress conversation, int maxMembers, CancellationToken cancellationToken)
    {
        if (await directory.FindReferenceAsync(conversation.Key, cancellationToken) is not { } json)
        {
            return null;
        }

        ConversationReference? reference;
        try
        {
            reference = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            return null;
        }

        if (reference is null)
        {
            return null;
        }

        var members = new List<RosterMember>();
        string? continuation = null;
        try
        {
            do
            {
                var page = await connector.GetPagedMembersAsync(reference.ServiceUrl, conversation.ConversationId,
                    Math.Clamp(maxMembers + 1, 50, 500), continuation, cancellationToken);
                foreach (var member in page.Members ?? [])
                {
                    if (member.Id is not { Length: > 0 } id || id == reference.Bot?.Id) continue;
                    members.Add(new RosterMember(new Person(id, member.Name ?? string.Empty, member.AadObjectId)));
                }

                if (members.Count > maxMembers)
                {
                    LogTooLarge(logger, maxMembers);
                    return null;
                }

                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation));
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            LogUnavailable(logger, ex.Message);
            return null;
        }

        return members;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The roster has more than {Max} members; not read as the meeting's invitees")]
    private static partial void LogTooLarge(ILogger logger, int max);

    [LoggerMessage(Level = LogLevel.Information, Message = "The roster could not be read: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
