namespace MeetingBot.Conversations.Messages;

/// <summary>
/// A file sent with a message, as the channel describes it. <see cref="Source"/> is channel-specific (a Teams download
/// URL, a Slack file id, a local upload id): only the channel's <see cref="IAttachmentReader"/> interprets it.
/// </summary>
public sealed record IncomingAttachment(string Name, string ContentType, string Source)
{
    /// <summary>The size the channel announced, when it did; the reader still enforces the limit while reading.</summary>
    public long? Size { get; init; }
}

/// <summary>Why a file could not be read as text.</summary>
public enum AttachmentProblem
{
    None = 0,
    TooLarge,
    NotText,
    Unavailable,
}

/// <summary>The text of an attachment, or why there is none.</summary>
public sealed record AttachmentText(string? Text, AttachmentProblem Problem)
{
    public static AttachmentText Of(string text) => new(text, AttachmentProblem.None);
    public static AttachmentText Refused(AttachmentProblem problem) => new(null, problem);
}

/// <summary>
/// Reads a file sent with a message as UTF-8 text (UTF-16 with a byte-order mark accepted), at most
/// <c>maxBytes</c>: more is <see cref="AttachmentProblem.TooLarge"/> without reading further; binary content (NUL bytes,
/// invalid UTF-8) is <see cref="AttachmentProblem.NotText"/>. One implementation per channel, chosen by the message's
/// channel id.
/// </summary>
public interface IAttachmentReader
{
    /// <summary>Whether this reader serves messages of the channel (e.g. "msteams", "slack", "local").</summary>
    bool Serves(string channelId);

    Task<AttachmentText> ReadTextAsync(IncomingMessage message, IncomingAttachment attachment, long maxBytes, CancellationToken cancellationToken);
}
