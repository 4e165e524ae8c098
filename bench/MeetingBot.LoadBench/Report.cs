using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MeetingBot.LoadBench;

/// <summary>One row of the report: latency and throughput of a target at one concurrency, and what it cost.</summary>
public sealed record PhaseResult(string Target, LevelSamples Samples, PhaseCost Cost, SinkCounters Sink, DbCommandSamples Db, ThreadPoolPeak Pool);

/// <summary>Markdown tables for stdout.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Latency(IReadOnlyList<PhaseResult> phases)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | c | act/s | p50 ms | p90 ms | p99 ms | max ms | ack p50 ms | ack p99 ms | turn p50 ms | turn p99 ms | n | errors | timeouts |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var phase in phases)
        {
            var s = phase.Samples;
            var latencies = Sorted(s.Latencies);
            var acks = Sorted(s.Acks);
            var turns = Sorted(s.Latencies.Zip(s.Acks, (latency, ack) => latency - ack).ToArray());
            text.AppendLine(Invariant, $"| {phase.Target} | {s.Concurrency} | {latencies.Length / s.Window.TotalSeconds:F0} | " +
                $"{Ms(Percentile(latencies, 50))} | {Ms(Percentile(latencies, 90))} | {Ms(Percentile(latencies, 99))} | {Ms(latencies.LastOrDefault())} | " +
                $"{Ms(Percentile(acks, 50))} | {Ms(Percentile(acks, 99))} | {Ms(Percentile(turns, 50))} | {Ms(Percentile(turns, 99))} | " +
                $"{latencies.Length} | {s.Errors} | {s.Timeouts} |");
        }
        return text.ToString();
    }

    public static string Resources(IReadOnlyList<PhaseResult> phases)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | c | CPU µs/act | alloc KB/act | GCs 0/1/2 | GC pause ms | heap MB | WS MB | peak WS MB (process so far) | pool threads max | pool queue max | typing | unmatched |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var phase in phases)
        {
            var c = phase.Cost;
            text.AppendLine(Invariant, $"| {phase.Target} | {phase.Samples.Concurrency} | {c.CpuMicrosPerActivity:F0} | {c.AllocatedKbPerActivity:F1} | " +
                $"{c.Collections} | {c.GcPauseMs:F0} | {Mb(c.After.HeapBytes)} | {Mb(c.After.WorkingSet)} | {Mb(c.After.PeakWorkingSet)} | " +
                $"{phase.Pool.Threads} | {phase.Pool.QueuedItems} | {phase.Sink.Others} | {phase.Sink.Unmatched} |");
        }
        return text.ToString();
    }

    public static string Database(IReadOnlyList<PhaseResult> phases)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | c | reads/act | read p50 / p99 ms | writes/act | write p50 / p99 / max ms | tx/act | begin p99 ms | commit p99 ms | DB ms/act | failed |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var phase in phases.Where(p => p.Db.Reads.Length + p.Db.Writes.Length > 0))
        {
            var db = phase.Db;
            double activities = Math.Max(1, phase.Samples.CompletedIncludingWarmup);
            var reads = Sorted(db.Reads);
            var writes = Sorted(db.Writes);
            var begins = Sorted(db.Begins);
            var commits = Sorted(db.Commits);
            var totalMs = (db.Reads.Sum() + db.Writes.Sum() + db.Begins.Sum() + db.Commits.Sum()) / (double)TimeSpan.TicksPerMillisecond;
            text.AppendLine(Invariant, $"| {phase.Target} | {phase.Samples.Concurrency} | {reads.Length / activities:F2} | " +
                $"{DbMs(Percentile(reads, 50))} / {DbMs(Percentile(reads, 99))} | {writes.Length / activities:F2} | " +
                $"{DbMs(Percentile(writes, 50))} / {DbMs(Percentile(writes, 99))} / {DbMs(writes.LastOrDefault())} | {begins.Length / activities:F2} | " +
                $"{DbMs(Percentile(begins, 99))} | {DbMs(Percentile(commits, 99))} | {totalMs / activities:F2} | {db.Failures} |");
        }
        return text.ToString();
    }

    private static long[] Sorted(long[] values)
    {
        var copy = (long[])values.Clone();
        Array.Sort(copy);
        return copy;
    }

    /// <summary>Nearest-rank percentile of a sorted array.</summary>
    private static long Percentile(long[] sorted, double percentile)
    {
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string Ms(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency).ToString("F2", Invariant);

    private static string DbMs(long timeSpanTicks) => (timeSpanTicks / (double)TimeSpan.TicksPerMillisecond).ToString("F2", Invariant);

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", Invariant);
}
