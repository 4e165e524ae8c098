using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeetingBot.LoadBench;

/// <summary>
/// Bench-only instrumentation: listens to EF Core's <see cref="DiagnosticListener"/> and records the duration of
/// every database command (reads and writes apart) and of every transaction begin and commit. On SQLite these
/// durations include waiting for the single writer lock, so they show contention the bot's code cannot see.
/// </summary>
public sealed class DbCommandMeter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string? Started = RelationalEventId.TransactionStarted.Name;
    private static readonly string? Committed = RelationalEventId.TransactionCommitted.Name;
    private static readonly HashSet<string> Events = new EventId[]
    {
        RelationalEventId.CommandExecuted, RelationalEventId.CommandError,
        RelationalEventId.TransactionStarted, RelationalEventId.TransactionCommitted,
    }.Select(e => e.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _lock = new();
    private Recorded _recorded = new();

    public DbCommandMeter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Returns what was recorded since the last call and starts afresh.</summary>
    public DbCommandSamples Drain()
    {
        lock (_lock)
        {
            var r = _recorded;
            _recorded = new Recorded();
            return new DbCommandSamples([.. r.Reads], [.. r.Writes], [.. r.Begins], [.. r.Commits], r.Failures);
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_lock) _subscriptions.Add(listener.Subscribe(this, name => Events.Contains(name)));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> @event)
    {
        lock (_lock)
        {
            switch (@event.Value)
            {
                case CommandErrorEventData:
                    _recorded.Failures++;
                    break;
                case CommandExecutedEventData executed:
                    var isRead = executed.Command.CommandText.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
                    (isRead ? _recorded.Reads : _recorded.Writes).Add(executed.Duration.Ticks);
                    break;
                case TransactionEndEventData transaction when @event.Key == Started:
                    _recorded.Begins.Add(transaction.Duration.Ticks);
                    break;
                case TransactionEndEventData transaction when @event.Key == Committed:
                    _recorded.Commits.Add(transaction.Duration.Ticks);
                    break;
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var subscription in _subscriptions) subscription.Dispose();
            _subscriptions.Clear();
        }
    }

    private sealed class Recorded
    {
        public List<long> Reads { get; } = new(1 << 14);
        public List<long> Writes { get; } = new(1 << 14);
        public List<long> Begins { get; } = new(1 << 14);
        public List<long> Commits { get; } = new(1 << 14);
        public long Failures { get; set; }
    }
}

/// <summary>Durations (TimeSpan ticks, 100 ns) of the database work done during one phase, warm-up included.</summary>
public sealed record DbCommandSamples(long[] Reads, long[] Writes, long[] Begins, long[] Commits, long Failures)
{
    public static readonly DbCommandSamples None = new([], [], [], [], 0);
}
