using MeetingBot.Conversations.Turns;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Infrastructure.Persistence.Stores;

/// <summary>
/// Duplicate check for a single instance (SQLite): a delivery is claimed in memory, so the channel's 202 never waits
/// for the disk, and the claimed keys are written behind, in one transaction every 100 ms and at shutdown. At start
/// the keys of the last hour are read back, so a channel's retry that arrives after a restart is still dropped.
/// </summary>
/// <remarks>
/// Channels retry within seconds or minutes, so an hour is remembered. A crash (not a shutdown) can lose the keys
/// of its last 100 ms. Keys are written on a dedicated connection and thread: a write that waits for SQLite's lock
/// must not hold a thread-pool thread.
/// </remarks>
internal sealed partial class WriteBehindInboundDeduplicator(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<WriteBehindInboundDeduplicator> logger) : IInboundDeduplicator, IHostedService, IDisposable
{
    public static readonly TimeSpan Remembered = TimeSpan.FromHours(1);
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(100);

    private readonly RecentDeliveryKeys _recent = new(Remembered);
    private readonly UnwrittenClaims _unwritten = new();
    private readonly List<(string ChannelId, string DeliveryKey, DateTimeOffset ReceivedAt)> _batch = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private Task? _started;
    private Thread? _writer;
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private ProcessedDeliverySql? _sql;

    public ValueTask<bool> TryClaimAsync(string channelId, string deliveryKey, CancellationToken cancellationToken)
    {
        var started = EnsureStarted();
        return started.IsCompletedSuccessfully
            ? ValueTask.FromResult(Claim(channelId, deliveryKey))
            : ClaimWhenStartedAsync(started, channelId, deliveryKey, cancellationToken);
    }

    private async ValueTask<bool> ClaimWhenStartedAsync(Task started, string channelId, string deliveryKey, CancellationToken cancellationToken)
    {
        await started.WaitAsync(cancellationToken);
        return Claim(channelId, deliveryKey);
    }

    private bool Claim(string channelId, string deliveryKey)
    {
        var key = ProcessedDeliverySql.Clip(deliveryKey);
        var now = time.GetUtcNow();
        if (!_recent.TryAdd(channelId, key, now)) return false;
        _unwritten.Add(channelId, key, now);
        return true;
    }

    public Task StartAsync(CancellationToken cancellationToken) => EnsureStarted().WaitAsync(cancellationToken);

    /// <summary>Reads the last hour's keys back and starts the writer, once: at host start, or at the first claim if earlier.</summary>
    private Task EnsureStarted()
    {
        if (_started is { } started) return started;
        lock (_startLock) return _started ??= StartCoreAsync();
    }

    private async Task StartCoreAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingBotDbContext>();
        var since = time.GetUtcNow() - Remembered;
        var recent = await db.ProcessedDeliveries.AsNoTracking()
            .Where(p => p.ReceivedAt >= since)
            .Select(p => new { p.ChannelId, p.DeliveryKey, p.ReceivedAt })
            .ToListAsync(_stopping.Token);
        foreach (var claim in recent) _recent.TryAdd(claim.ChannelId, claim.DeliveryKey, claim.ReceivedAt);

        _sql = ProcessedDeliverySql.For(db);
        _connection = new SqliteConnection(db.Database.GetConnectionString());
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
            pragmas.ExecuteNonQuery();
        }
        _insert = _connection.CreateCommand();
        _insert.CommandText = _sql.Insert("$channel", "$key", "$received");
        // Types are inferred from the values: the time's stored form is the model's business (see ProcessedDeliverySql).
        _insert.Parameters.AddWithValue("$channel", DBNull.Value);
        _insert.Parameters.AddWithValue("$key", DBNull.Value);
        _insert.Parameters.AddWithValue("$received", DBNull.Value);
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "Delivery key writer" };
        _writer.Start();
        LogLoaded(logger, recent.Count);
    }

    private void WriteLoop()
    {
        while (!_stopping.Token.WaitHandle.WaitOne(FlushEvery))
            Flush();
    }

    /// <summary>Writes every claim not yet written, in one transaction; on failure they stay for the next flush.</summary>
    private void Flush()
    {
        _unwritten.TakeAll(_batch);
        if (_batch.Count == 0 || _connection is null || _insert is null || _sql is null) return;
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _insert.Transaction = transaction;
            foreach (var claim in _batch)
            {
                _insert.Parameters[0].Value = claim.ChannelId;
                _insert.Parameters[1].Value = claim.DeliveryKey;
                _insert.Parameters[2].Value = _sql.ReceivedAt(claim.ReceivedAt);
                _insert.ExecuteNonQuery();
            }
            transaction.Commit();
            _batch.Clear();
        }
        catch (Exception ex)
        {
            // Whatever it is, it must not end the writer's thread (and with it the process): keep the keys, try again.
            LogWriteFailed(logger, _batch.Count, ex);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_writer is { } writer) await Task.Run(writer.Join, cancellationToken);
        _writer = null;
        Flush();
    }

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested) _stopping.Cancel();
        _writer?.Join();
        Flush();
        _insert?.Dispose();
        _connection?.Dispose();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Duplicate check ready: {Count} delivery keys of the last hour read back")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} delivery keys; trying again at the next flush")]
    private static partial void LogWriteFailed(ILogger logger, int count, Exception exception);
}
