namespace MeetingBot.Protocol.Activities;

/// <summary>
/// Everything needed to message a conversation later (proactively): where to post and as whom.
/// Refreshed from every inbound activity.
/// </summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }
    public required string ChannelId { get; init; }
    public required ConversationAccount Conversation { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ChannelAccount? User { get; init; }
    public string? ActivityId { get; init; }
    public string? Locale { get; init; }

    public static ConversationReference? From(Activity activity) =>
        activity is { ServiceUrl: { } serviceUrl, ChannelId: { } channelId, Conversation: { Id: not null } conversation }
            ? new ConversationReference
            {
                ServiceUrl = serviceUrl,
                ChannelId = channelId,
                Conversation = conversation,
                Bot = activity.Recipient,
                User = activity.From,
                ActivityId = activity.Id,
                Locale = activity.Locale,
            }
            : null;
}
