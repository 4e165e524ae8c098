using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace MeetingBot.LoadBench;

/// <summary>
/// Stands in for the Teams connector on 127.0.0.1: accepts
/// <c>POST v3/conversations/{conversationId}/activities/{activityId}</c>, matches the reply to the activity
/// that caused it (body <c>replyToId</c>, else the path's activity id) and completes that activity's wait
/// with the arrival timestamp. Typing indicators and repeated replies are counted, not matched.
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PendingReply> _pending = new(StringComparer.Ordinal);
    private long _messages;
    private long _others;
    private long _unmatched;

    private ReplySink(WebApplication app) => _app = app;

    /// <summary>Base URL with the trailing slash the Bot Framework uses for <c>serviceUrl</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    public SinkCounters Counters => new(Interlocked.Read(ref _messages), Interlocked.Read(ref _others), Interlocked.Read(ref _unmatched));

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", (RequestDelegate)sink.HandleAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.First() + "/";
        return sink;
    }

    /// <summary>Registers an activity before it is sent, so a reply that beats the 202 still finds it.</summary>
    public PendingReply Expect(string activityId, long sentAt)
    {
        var pending = new PendingReply(sentAt);
        _pending[activityId] = pending;
        return pending;
    }

    public void Forget(string activityId) => _pending.TryRemove(activityId, out _);

    private async Task HandleAsync(HttpContext http)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var (type, replyToId) = await ReadTypeAndReplyToAsync(http.Request);
        if (!string.Equals(type, "message", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _others);
        }
        else
        {
            Interlocked.Increment(ref _messages);
            replyToId ??= http.Request.RouteValues["activityId"] as string is { } raw ? Uri.UnescapeDataString(raw) : null;
            if (replyToId is null || !_pending.TryRemove(replyToId, out var pending) || !pending.Arrived(arrivedAt))
                Interlocked.Increment(ref _unmatched);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync($$"""{"id":"{{Guid.NewGuid():N}}"}""");
    }

    /// <summary>Reads only the two top-level properties the sink needs; everything else is skipped.</summary>
    private static async Task<(string? Type, string? ReplyToId)> ReadTypeAndReplyToAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, null);
        string? type = null, replyToId = null;
        if (document.RootElement.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String) type = t.GetString();
        if (document.RootElement.TryGetProperty("replyToId", out var r) && r.ValueKind == JsonValueKind.String) replyToId = r.GetString();
        return (type, replyToId);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One activity waiting for its reply; completes with the Stopwatch timestamp of the reply's arrival.</summary>
public sealed class PendingReply(long sentAt)
{
    private readonly TaskCompletionSource<long> _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long SentAt { get; } = sentAt;
    public Task<long> Arrival => _arrival.Task;
    public bool Arrived(long timestamp) => _arrival.TrySetResult(timestamp);
}

public sealed record SinkCounters(long Messages, long Others, long Unmatched)
{
    public SinkCounters Minus(SinkCounters before) => new(Messages - before.Messages, Others - before.Others, Unmatched - before.Unmatched);
}
