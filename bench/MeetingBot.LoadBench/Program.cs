using System.Diagnostics;
using System.Runtime;
using MeetingBot.LoadBench;

// End-to-end latency and throughput of the bot (POST /api/messages → reply at a loopback sink) against a
// bare Kestrel baseline doing the same receive-and-reply work. Everything runs in this process on 127.0.0.1.

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

Console.WriteLine($"# MeetingBot load bench — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine();
Console.WriteLine($"- .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "Server" : "Workstation")} GC " +
    $"({GCSettings.LatencyMode}), {(Debugger.IsAttached ? "debugger attached" : "no debugger")}" +
#if DEBUG
    ", **DEBUG build: numbers are not representative**" +
#endif
    "");
Console.WriteLine($"- closed loop, {options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s measured per level; " +
    $"levels {string.Join(", ", options.Levels)}; {options.Users} users per team; one conversation per worker; " +
    $"reply timeout {options.ReplyTimeout.TotalSeconds:0.#} s; cap {options.MaxActivitiesPerLevel} activities per level");

await using var sink = await ReplySink.StartAsync();
using var client = LoopbackHttp.CreateClient();
var driver = new LoadDriver(client, sink, options, runTag: Guid.NewGuid().ToString("N")[..8]);
using var dbMeter = new DbCommandMeter();
var phases = new List<PhaseResult>();
var notes = new List<string>();

foreach (var targetName in options.Targets)
{
    var beforeStart = ResourceSnapshot.Take();
    var startedAt = Stopwatch.GetTimestamp();
    await using ITarget target = targetName == "bot" ? await BotTarget.StartAsync() : await BaselineServer.StartAsync();
    var afterStart = ResourceSnapshot.Take();
    var firstReply = await driver.ProbeAsync(target, TimeSpan.FromSeconds(30));
    notes.Add($"{target.Name}: started in {Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds:F0} ms " +
        $"(working set {Report.Mb(beforeStart.WorkingSet)} → {Report.Mb(afterStart.WorkingSet)} MB), first reply (cold) {firstReply.TotalMilliseconds:F0} ms");

    foreach (var concurrency in options.Levels)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = ResourceSnapshot.Take();
        var sinkBefore = sink.Counters;
        dbMeter.Drain();
        LevelSamples samples;
        ThreadPoolPeak pool;
        await using (var sampler = new ThreadPoolSampler())
        {
            samples = await driver.RunAsync(target, concurrency);
            pool = sampler.Peak;
        }
        await Task.Delay(200); // let replies to timed-out activities land inside this phase's counters
        var phase = new PhaseResult(target.Name, samples, new PhaseCost(before, ResourceSnapshot.Take(), samples.CompletedIncludingWarmup), sink.Counters.Minus(sinkBefore), dbMeter.Drain(), pool);
        phases.Add(phase);
        Console.Error.WriteLine($"  {target.Name} c={concurrency}: {samples.Latencies.Length} replies, {samples.Errors} errors, {samples.Timeouts} timeouts");
        if (samples.WarmupFailures > 0) notes.Add($"{target.Name} c={concurrency}: {samples.WarmupFailures} failures during warm-up (not in the table)");
        if (samples.HitCap) notes.Add($"{target.Name} c={concurrency}: stopped at the activity cap before the time ran out");
    }
    if (target is BaselineServer { BackgroundFailures: > 0 } baseline) notes.Add($"baseline: {baseline.BackgroundFailures} reply POSTs failed");
}

Console.WriteLine();
Console.WriteLine("## Latency (POST sent → reply at sink) and throughput, measured window only");
Console.WriteLine();
Console.Write(Report.Latency(phases));
Console.WriteLine();
Console.WriteLine("## Cost per phase (whole process: driver + sink + target; warm-up included)");
Console.WriteLine();
Console.Write(Report.Resources(phases));
Console.WriteLine();
Console.WriteLine("## Database work per phase (bench-side EF Core diagnostics; durations include SQLite lock waits)");
Console.WriteLine();
Console.Write(Report.Database(phases));
Console.WriteLine();
Console.WriteLine($"Process peak working set at the end: {Report.Mb(ResourceSnapshot.Take().PeakWorkingSet)} MB.");
foreach (var note in notes) Console.WriteLine($"- {note}");
return 0;
