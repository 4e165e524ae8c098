namespace MeetingBot.Conversations.Turns;

/// <summary>
/// Holds a conversation for the length of one turn, across every instance of the bot. Within one process the
/// <see cref="ConversationTurnQueue"/> already runs a conversation's turns one at a time; this extends that
/// promise to several instances behind a load balancer (PostgreSQL advisory locks). Embedded mode (one
/// instance, SQLite) needs nothing more than the queue.
/// </summary>
public interface IConversationLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>The single-instance lock: the turn queue is enough.</summary>
public sealed class InProcessConversationLock : IConversationLock
{
    private static readonly IAsyncDisposable Nothing = new Released();

    public ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken) => ValueTask.FromResult(Nothing);

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
