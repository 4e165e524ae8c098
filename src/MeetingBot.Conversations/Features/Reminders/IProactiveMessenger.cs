using MeetingBot.Conversations.Messages;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>How a proactive message went.</summary>
public enum ProactiveOutcome
{
    Sent,

    /// <summary>The bot cannot reach them there (removed, blocked, never installed, conversation gone): do not retry.</summary>
    Unreachable,

    /// <summary>Something else went wrong (the channel kept throttling or failing); the message was not delivered.</summary>
    Failed,
}

/// <param name="Reason">For people: "blocked the bot", "Teams kept answering 429 (too many requests)".</param>
/// <param name="PersonalConversationKey">For 1:1 messages: the 1:1 conversation used, to reuse next time.</param>
public sealed record ProactiveResult(ProactiveOutcome Outcome, string? Reason = null, string? PersonalConversationKey = null)
{
    public static ProactiveResult Delivered(string? personalConversationKey = null) => new(ProactiveOutcome.Sent, null, personalConversationKey);

    public bool Succeeded => Outcome == ProactiveOutcome.Sent;
}

/// <summary>A person to message 1:1: reached through the channel of a conversation the bot shares with them.</summary>
/// <param name="UserId">The channel's id for them.</param>
/// <param name="ViaConversationKey">A conversation of theirs the bot has a reference for (the team channel).</param>
/// <param name="PersonalConversationKey">Their 1:1 conversation with the bot, when known.</param>
public sealed record PersonalAddress(string UserId, string ViaConversationKey, string? PersonalConversationKey = null);

/// <summary>
/// Messages the bot sends on its own (reminders, notices), not as replies to a turn. The channel adapter implements
/// it with its stored conversation references, its rate limits and its own error codes; callers see only outcomes.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Posts to a conversation the bot has seen (a channel, group chat or 1:1 chat) by its key.</summary>
    Task<ProactiveResult> SendToConversationAsync(string conversationKey, Reply reply, CancellationToken cancellationToken);

    /// <summary>Sends a 1:1 message, opening the 1:1 conversation when the bot has none with them yet.</summary>
    Task<ProactiveResult> SendToPersonAsync(PersonalAddress to, Reply reply, CancellationToken cancellationToken);
}

/// <summary>Used when no channel is registered (tests of the conversation layer alone): every message fails, loudly.</summary>
internal sealed class NoProactiveMessenger : IProactiveMessenger
{
    private static readonly ProactiveResult NoChannel = new(ProactiveOutcome.Failed, "no channel is configured to send proactive messages");

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, Reply reply, CancellationToken cancellationToken) =>
        Task.FromResult(NoChannel);

    public Task<ProactiveResult> SendToPersonAsync(PersonalAddress to, Reply reply, CancellationToken cancellationToken) =>
        Task.FromResult(NoChannel);
}
