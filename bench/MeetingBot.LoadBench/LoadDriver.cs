using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace MeetingBot.LoadBench;

/// <summary>
/// Closed-loop load: each worker sends one activity, waits for its reply at the sink, and sends the next,
/// for warm-up plus the measured window. Only activities sent inside the measured window are recorded.
/// </summary>
public sealed class LoadDriver(HttpClient client, ReplySink sink, BenchOptions options, string runTag)
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public async Task<LevelSamples> RunAsync(ITarget target, int concurrency)
    {
        var endpoint = new Uri(new Uri(target.BaseUrl), "/api/messages");
        var factory = new ActivityFactory(sink.ServiceUrl, options.Users);
        var state = new LevelState(options.MaxActivitiesPerLevel);
        var measureFrom = Stopwatch.GetTimestamp() + ToTicks(options.Warmup);
        var endAt = measureFrom + ToTicks(options.Duration);

        var workers = Enumerable.Range(0, concurrency)
            .Select(w => Task.Run(() => WorkerAsync(target.Name, endpoint, factory, state, w, concurrency, measureFrom, endAt)))
            .ToArray();
        var results = await Task.WhenAll(workers);

        return new LevelSamples(
            concurrency,
            results.SelectMany(r => r.Latencies).ToArray(),
            results.SelectMany(r => r.Acks).ToArray(),
            results.Sum(r => r.Errors),
            results.Sum(r => r.Timeouts),
            results.Sum(r => r.WarmupFailures),
            results.Sum(r => r.Completed),
            options.Duration,
            state.HitCap);
    }

    /// <summary>Sends one activity and waits for its reply: proves the target answers before load starts.</summary>
    public async Task<TimeSpan> ProbeAsync(ITarget target, TimeSpan timeout)
    {
        var endpoint = new Uri(new Uri(target.BaseUrl), "/api/messages");
        var buffer = new ArrayBufferWriter<byte>(1024);
        var activityId = $"{runTag}-{target.Name}-probe";
        new ActivityFactory(sink.ServiceUrl, options.Users).Write(buffer, activityId, worker: 0, sequence: 0);
        using var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = Json;
        var sentAt = Stopwatch.GetTimestamp();
        var pending = sink.Expect(activityId, sentAt);
        try
        {
            using var response = await client.PostAsync(endpoint, content);
            if (response.StatusCode != HttpStatusCode.Accepted)
                throw new InvalidOperationException($"{target.Name} answered the probe with {(int)response.StatusCode} instead of 202.");
            var arrivedAt = await pending.Arrival.WaitAsync(timeout);
            return Stopwatch.GetElapsedTime(sentAt, arrivedAt);
        }
        finally
        {
            sink.Forget(activityId);
        }
    }

    private async Task<WorkerResult> WorkerAsync(string targetName, Uri endpoint, ActivityFactory factory, LevelState state,
        int worker, int concurrency, long measureFrom, long endAt)
    {
        var result = new WorkerResult();
        var buffer = new ArrayBufferWriter<byte>(1024);
        for (long sequence = 0; ; sequence++)
        {
            if (Stopwatch.GetTimestamp() >= endAt || !state.TryTakeOne()) break;

            var activityId = $"{runTag}-{targetName}-c{concurrency}-w{worker}-{sequence}";
            factory.Write(buffer, activityId, worker, sequence);
            using var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
            content.Headers.ContentType = Json;

            var sentAt = Stopwatch.GetTimestamp();
            var measured = sentAt >= measureFrom;
            var pending = sink.Expect(activityId, sentAt);
            try
            {
                using var response = await client.PostAsync(endpoint, content);
                var ackedAt = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    sink.Forget(activityId);
                    result.Fail(measured);
                    continue;
                }

                var arrivedAt = await pending.Arrival.WaitAsync(options.ReplyTimeout);
                result.Completed++;
                if (measured) result.Record(arrivedAt - sentAt, ackedAt - sentAt);
            }
            catch (TimeoutException)
            {
                sink.Forget(activityId);
                result.TimeOut(measured);
            }
            catch (HttpRequestException)
            {
                sink.Forget(activityId);
                result.Fail(measured);
            }
            catch (TaskCanceledException)
            {
                sink.Forget(activityId); // HttpClient.Timeout
                result.Fail(measured);
            }
        }
        return result;
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private sealed class LevelState(int cap)
    {
        private int _taken;
        public bool HitCap => Volatile.Read(ref _taken) > cap;
        public bool TryTakeOne() => Interlocked.Increment(ref _taken) <= cap;
    }

    private sealed class WorkerResult
    {
        public List<long> Latencies { get; } = new(4096);
        public List<long> Acks { get; } = new(4096);
        public long Errors { get; private set; }
        public long Timeouts { get; private set; }
        public long WarmupFailures { get; private set; }
        public long Completed { get; set; }

        public void Record(long latencyTicks, long ackTicks)
        {
            Latencies.Add(latencyTicks);
            Acks.Add(ackTicks);
        }

        public void Fail(bool measured)
        {
            if (measured) Errors++; else WarmupFailures++;
        }

        public void TimeOut(bool measured)
        {
            if (measured) Timeouts++; else WarmupFailures++;
        }
    }
}

/// <summary>Raw results of one target at one concurrency; latencies in Stopwatch ticks.</summary>
public sealed record LevelSamples(
    int Concurrency,
    long[] Latencies,
    long[] Acks,
    long Errors,
    long Timeouts,
    long WarmupFailures,
    long CompletedIncludingWarmup,
    TimeSpan Window,
    bool HitCap);
