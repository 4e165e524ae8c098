using MeetingBot.Conversations.Features.Linking;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.Conversations.Turns;

/// <summary>One event being handled, and the replies (posted to its conversation) produced so far.</summary>
public sealed class EventContext(IncomingEvent incoming)
{
    private readonly List<Reply> _replies = [];

    public IncomingEvent Event { get; } = incoming;
    public IReadOnlyList<Reply> Replies => _replies;

    public void Reply(Reply reply) => _replies.Add(reply);

    public void Reply(IEnumerable<Reply> replies) => _replies.AddRange(replies);
}

/// <summary>A feature that reacts to conversation events (an online meeting starting, people joining it).</summary>
public interface IConversationEventHandler
{
    Task HandleAsync(EventContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Handles one <see cref="IncomingEvent"/>: every registered handler sees it, in registration order. Channel-neutral,
/// like <see cref="TurnProcessor"/>; runs on the same per-conversation queue, so events and messages never interleave.
/// </summary>
public sealed class ConversationEventProcessor(IEnumerable<IConversationEventHandler> handlers, IScopeResolver scopes)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingEvent incoming, CancellationToken cancellationToken)
    {
        // A conversation linked into another team's meetings (Teams ⇄ Slack) acts in that team's scope.
        incoming = incoming with { Conversation = await scopes.ResolveAsync(incoming.Conversation, cancellationToken) };
        var context = new EventContext(incoming);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(context, cancellationToken);
        }

        return context.Replies;
    }
}
