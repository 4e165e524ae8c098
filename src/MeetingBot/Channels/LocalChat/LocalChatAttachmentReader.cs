using MeetingBot.Conversations.Messages;

namespace MeetingBot.Channels.LocalChat;

/// <summary>
/// Reads files uploaded on the local chat page straight from <see cref="LocalChatFiles"/>: no HTTP, and only a file
/// uploaded in the conversation the message is from (an address pasted into another conversation reads nothing).
/// </summary>
internal sealed class LocalChatAttachmentReader(LocalChatFiles files) : IAttachmentReader
{
    public bool Serves(string channelId) => channelId.Equals(LocalChatDefaults.ChannelId, StringComparison.OrdinalIgnoreCase);

    public Task<AttachmentText> ReadTextAsync(IncomingMessage message, IncomingAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        var file = LocalChatFiles.IdOf(attachment.Source) is { } id ? files.Find(id) : null;
        if (file is null || !string.Equals(file.ConversationId, message.Conversation.ConversationId, StringComparison.Ordinal))
        {
            return Task.FromResult(AttachmentText.Refused(AttachmentProblem.Unavailable));
        }

        return Task.FromResult(AttachmentTextDecoder.Decode(file.Content, maxBytes));
    }
}
