namespace MeetingBot.Channels.LocalChat;

/// <summary>Log lines of the local chat channel. Never a token, never message text.</summary>
internal static partial class LocalChatLog
{
    public const string Category = "MeetingBot.Channels.LocalChat";

    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Local chat conversation {ConversationId} created")]
    public static partial void ConversationCreated(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Local chat forgot conversation {ConversationId}: it was the least recently used of {MaxConversations}")]
    public static partial void ConversationEvicted(ILogger logger, string conversationId, int maxConversations);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug,
        Message = "Local chat member {MemberId} posted {ActivityType} activity {ActivityId}")]
    public static partial void UserActivityPosted(ILogger logger, string memberId, string? activityType, string? activityId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug,
        Message = "Bot {Operation} {ActivityType} activity {ActivityId} in local conversation {ConversationId}")]
    public static partial void BotActivityStored(ILogger logger, string operation, string? activityType, string? activityId, string conversationId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "The bot answered local chat activity {ActivityId} with status {StatusCode}")]
    public static partial void IngressRejected(ILogger logger, string? activityId, int statusCode);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "The bot failed to accept local chat activity {ActivityId}")]
    public static partial void IngressFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error,
        Message = "No IActivityIngress is registered, so the local chat channel cannot hand activities to the bot")]
    public static partial void IngressMissing(ILogger logger);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning,
        Message = "Refused a local chat request from {RemoteAddress}: only this machine may use it unless LocalChat:AllowRemoteClients is true")]
    public static partial void RemoteRefused(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning,
        Message = "Could not apply the bot's invoke response to local chat activity {ActivityId}")]
    public static partial void InvokeResponseIgnored(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Debug, Message = "Local chat member {MemberId} uploaded {Count} file(s), {Bytes} bytes")]
    public static partial void FilesUploaded(ILogger logger, string memberId, int count, long bytes);
}
