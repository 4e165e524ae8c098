using MeetingBot.Protocol.Activities;

namespace MeetingBot.Protocol.Connector;

/// <summary>
/// The Bot Framework connector REST API (protocol.md §3): how the bot talks back to a channel. Every call takes the
/// <c>serviceUrl</c> of the conversation's latest inbound activity. Error answers throw <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>: answer a message (threads in Teams channels).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>: post to the conversation (proactive messages).</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: replace a message the bot sent (e.g. a card).</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>: start a conversation, e.g. a 1:1 chat with a member.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET v3/conversations/{conversationId}/pagedmembers</c>: one page of members; pass the continuation token for the next.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary><c>GET v3/conversations/{conversationId}/members/{memberId}</c>: one member with Teams profile fields.</summary>
    Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);
}
