using System.Diagnostics;

namespace MeetingBot.LoadBench;

/// <summary>Process-wide CPU, allocation, GC and memory readings. Every target shares this process.</summary>
public sealed record ResourceSnapshot(
    TimeSpan Cpu,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    TimeSpan GcPause,
    long HeapBytes,
    long CommittedBytes,
    long WorkingSet,
    long PeakWorkingSet)
{
    public static ResourceSnapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new ResourceSnapshot(
            process.TotalProcessorTime,
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            info.HeapSizeBytes,
            info.TotalCommittedBytes,
            process.WorkingSet64,
            process.PeakWorkingSet64);
    }
}

/// <summary>What one phase (target × concurrency, warm-up included) cost the process.</summary>
public sealed record PhaseCost(ResourceSnapshot Before, ResourceSnapshot After, long Activities)
{
    public double CpuMicrosPerActivity => Activities == 0 ? 0 : (After.Cpu - Before.Cpu).TotalMicroseconds / Activities;
    public double AllocatedKbPerActivity => Activities == 0 ? 0 : (After.AllocatedBytes - Before.AllocatedBytes) / 1024.0 / Activities;
    public string Collections => $"{After.Gen0 - Before.Gen0}/{After.Gen1 - Before.Gen1}/{After.Gen2 - Before.Gen2}";
    public double GcPauseMs => (After.GcPause - Before.GcPause).TotalMilliseconds;
}
