using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using MeetingBot.Conversations.Features.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.ReminderBench;
using Microsoft.Extensions.Options;

// One reminder of one meeting to every member of a big team who said "remind me", delivered by the real bot
// (Hangfire job → claim in the delivery ledger → connector call) to a loopback sink answering 200. Run once with the
// shipped rate limits and once with them off, which shows the bot's own overhead.

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

Console.WriteLine($"# MeetingBot reminder fan-out bench — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine();
Console.WriteLine($"- .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "Server" : "Workstation")} GC" +
#if DEBUG
    ", **DEBUG build: numbers are not representative**" +
#endif
    "");
Console.WriteLine($"- {options.Members:N0} members opted in to 1:1 reminders, one team channel; " +
    (options.FirstContact ? "no 1:1 chat exists yet (the bot opens each: 2 connector calls per member)" : "every member has a 1:1 chat with the bot (1 connector call per member)") +
    $"; reminder due {options.Lead.TotalSeconds:0.#} s after scheduling; SQLite + in-memory Hangfire, all on 127.0.0.1");
Console.WriteLine();

await using var sink = await DeliverySink.StartAsync();
var rows = new List<string>();
var failed = false;
foreach (var mode in options.Modes)
{
    sink.Reset();
    var limited = mode == "limited";
    await using var bot = await ReminderBot.StartAsync(limited);
    var limits = bot.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;
    var limitText = limited ? $"{limits.PerBotPerSecond:0.#}/s per bot, {limits.PerConversationPerSecond:0.#}/s per conversation" : "off";
    var meetingId = await bot.SeedAsync(sink.ServiceUrl, options.Members, knownChats: !options.FirstContact);
    Console.Error.WriteLine($"{mode}: seeded {options.Members:N0} members; scheduling");

    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes();
    var expected = options.Members + 1; // every member 1:1, and the channel once
    await using var memory = new MemorySampler();
    var scheduleStarted = Stopwatch.GetTimestamp();
    var pending = await bot.ScheduleAsync(meetingId, options.Lead);
    var scheduleMs = Stopwatch.GetElapsedTime(scheduleStarted).TotalMilliseconds;
    if (pending.Count != 1) throw new InvalidOperationException($"Expected one pending reminder, got {pending.Count}.");
    var dueAt = Stopwatch.GetTimestamp() + (long)((pending[0].DueUtc - DateTimeOffset.UtcNow).TotalSeconds * Stopwatch.Frequency);

    var deadline = Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
    var lastReport = Stopwatch.GetTimestamp();
    while (sink.Reminders < expected && Stopwatch.GetTimestamp() < deadline)
    {
        await Task.Delay(50);
        if (Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(10))
        {
            Console.Error.WriteLine($"  {mode}: {sink.Reminders:N0}/{expected:N0} delivered");
            lastReport = Stopwatch.GetTimestamp();
        }
    }
    await Task.Delay(1000); // room for a duplicate that must not come
    var cpu = process.TotalProcessorTime - cpuBefore;
    var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
    var ledger = await bot.LedgerAsync(meetingId);
    var (first, last) = sink.Window;
    var fanOutSeconds = (last - first) / (double)Stopwatch.Frequency;
    var totalSeconds = (last - scheduleStarted) / (double)Stopwatch.Frequency;
    var sinceDue = (last - dueAt) / (double)Stopwatch.Frequency;
    var ok = sink.Reminders == expected && sink.DistinctConversations == expected && sink.Duplicates == 0
             && ledger.GetValueOrDefault(ReminderDeliveryStatus.Sent) == expected && ledger.Count == 1;
    failed |= !ok;
    rows.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {mode} ({limitText}) | {scheduleMs:F0} ms | {totalSeconds:F1} s | {sinceDue:F1} s | {fanOutSeconds:F1} s | {(expected - 1) / Math.Max(fanOutSeconds, 0.001):F0} | " +
        $"{sink.Creates:N0} + {sink.Sends:N0} | {sink.Reminders:N0} / {sink.DistinctConversations:N0} / {sink.Duplicates} | {ledger.GetValueOrDefault(ReminderDeliveryStatus.Sent):N0} | " +
        $"{memory.PeakWorkingSet / 1048576.0:F0} MB / {memory.PeakHeap / 1048576.0:F0} MB | {cpu.TotalSeconds:F1} s | {allocated / 1048576.0:F0} MB | {(ok ? "yes" : "**NO**")} |"));
    Console.Error.WriteLine($"  {mode}: done, {sink.Reminders:N0} delivered");
}

Console.WriteLine("| rate limit | schedule call | scheduled → last delivery | due → last | first → last delivery | msg/s (1:1) | connector calls (create + send) | reminders received / distinct conversations / duplicates | ledger Sent | peak working set / managed heap | CPU | allocated | exactly once |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var row in rows) Console.WriteLine(row);
Console.WriteLine();
Console.WriteLine($"Expected per run: {options.Members:N0} 1:1 messages + 1 channel message = {options.Members + 1:N0}, each to its own conversation, none twice; " +
    "ledger Sent equal to that. Working set and heap are sampled every 100 ms and include the sink (same process).");
return failed ? 1 : 0;
