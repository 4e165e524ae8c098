using System.Diagnostics;

namespace MeetingBot.ReminderBench;

/// <summary>Samples the process's working set and managed heap every 100 ms and keeps the peaks of one run.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakWorkingSet;
    private long _peakHeap;

    public MemorySampler() => _loop = RunAsync();

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);
    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    private async Task RunAsync()
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            process.Refresh();
            Interlocked.Exchange(ref _peakWorkingSet, Math.Max(PeakWorkingSet, process.WorkingSet64));
            Interlocked.Exchange(ref _peakHeap, Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false)));
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
