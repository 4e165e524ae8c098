namespace MeetingBot.LoadBench;

/// <summary>
/// Samples the thread pool every 50 ms during a phase: a growing thread count with a long work queue means
/// work is blocking pool threads (starvation), not just using CPU.
/// </summary>
public sealed class ThreadPoolSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _maxThreads;
    private long _maxQueue;

    public ThreadPoolSampler() => _loop = SampleAsync(_stop.Token);

    public ThreadPoolPeak Peak => new(Volatile.Read(ref _maxThreads), Interlocked.Read(ref _maxQueue));

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
                _maxQueue = Math.Max(_maxQueue, ThreadPool.PendingWorkItemCount);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

public sealed record ThreadPoolPeak(int Threads, long QueuedItems);
