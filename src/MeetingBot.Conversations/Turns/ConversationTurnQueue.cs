using Microsoft.Extensions.Logging;

namespace MeetingBot.Conversations.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time, in arrival order, while different conversations
/// run in parallel. A conversation's worker exists only while it has work, so idle conversations cost nothing.
/// </summary>
public sealed partial class ConversationTurnQueue(IConversationLock conversationLock, ILogger<ConversationTurnQueue> logger) : IAsyncDisposable
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _running;

    /// <summary>Turns queued or running, across all conversations.</summary>
    public int Pending => Volatile.Read(ref _running);

    public void Enqueue(string conversationKey, Func<CancellationToken, Task> turn)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        Interlocked.Increment(ref _running);
        lock (_lock)
        {
            if (_lanes.TryGetValue(conversationKey, out var lane))
            {
                lane.Work.Enqueue(turn);
                return;
            }
            lane = new Lane();
            lane.Work.Enqueue(turn);
            _lanes[conversationKey] = lane;
            lane.Worker = Task.Run(() => DrainAsync(conversationKey, lane));
        }
    }

    private async Task DrainAsync(string conversationKey, Lane lane)
    {
        while (true)
        {
            Func<CancellationToken, Task>? next;
            lock (_lock)
            {
                if (!lane.Work.TryDequeue(out next))
                {
                    // Removed under the same lock that Enqueue takes, so no turn can slip in unseen.
                    _lanes.Remove(conversationKey);
                    return;
                }
            }
            try
            {
                // Other instances may hold turns of this conversation too (production mode): one at a time everywhere.
                await using (await conversationLock.AcquireAsync(conversationKey, _stopping.Token))
                    await next(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // A turn handles its own errors; reaching here is a bug, but it must not stop the lane.
                LogTurnFailed(logger, ex);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    /// <summary>Waits until every queued turn has run (tests, graceful shutdown).</summary>
    public async Task WhenIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Pending > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(10);
    }

    public async ValueTask DisposeAsync()
    {
        // Give running turns a moment to finish their replies, then cancel the rest.
        await WhenIdleAsync(TimeSpan.FromSeconds(10));
        await _stopping.CancelAsync();
        _stopping.Dispose();
    }

    private sealed class Lane
    {
        public Queue<Func<CancellationToken, Task>> Work { get; } = new();
        public Task? Worker { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed outside its own error handling")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);
}
