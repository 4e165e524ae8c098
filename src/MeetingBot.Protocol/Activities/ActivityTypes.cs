namespace MeetingBot.Protocol.Activities;

/// <summary>The activity types of the Bot Framework schema that the bot routes on.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string EndOfConversation = "endOfConversation";
    public const string Typing = "typing";

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        Message, ConversationUpdate, InstallationUpdate, Event, Invoke, MessageReaction,
        MessageUpdate, MessageDelete, EndOfConversation, Typing,
    };

    public static bool IsKnown(string? type) => type is not null && Known.Contains(type);
}
