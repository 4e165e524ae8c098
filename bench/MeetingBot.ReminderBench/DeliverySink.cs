using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace MeetingBot.ReminderBench;

/// <summary>
/// Stands in for the Teams connector on 127.0.0.1 and answers 200 to everything: <c>POST v3/conversations</c> opens a
/// 1:1 chat ("a:dm-&lt;member id&gt;"), <c>POST v3/conversations/{id}/activities</c> takes a message. Counts every call,
/// and every reminder message per conversation, so duplicates show.
/// </summary>
public sealed class DeliverySink : IAsyncDisposable
{
    public const string ReminderMarker = "starts in";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _perConversation = new(StringComparer.Ordinal);
    private long _creates;
    private long _sends;
    private long _reminders;
    private long _firstAt;
    private long _lastAt;

    private DeliverySink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public long Creates => Interlocked.Read(ref _creates);
    public long Sends => Interlocked.Read(ref _sends);
    public long Reminders => Interlocked.Read(ref _reminders);
    public int DistinctConversations => _perConversation.Count;
    public int Duplicates => _perConversation.Values.Sum(n => n - 1);

    /// <summary>Stopwatch timestamps of the first and the last reminder message.</summary>
    public (long First, long Last) Window => (Interlocked.Read(ref _firstAt), Interlocked.Read(ref _lastAt));

    public static async Task<DeliverySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxConcurrentConnections = null);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new DeliverySink(app);
        app.MapPost("/v3/conversations", (RequestDelegate)sink.CreateAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", (RequestDelegate)sink.SendAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Urls.First() + "/";
        return sink;
    }

    public void Reset()
    {
        _perConversation.Clear();
        Interlocked.Exchange(ref _creates, 0);
        Interlocked.Exchange(ref _sends, 0);
        Interlocked.Exchange(ref _reminders, 0);
        Interlocked.Exchange(ref _firstAt, 0);
        Interlocked.Exchange(ref _lastAt, 0);
    }

    private async Task CreateAsync(HttpContext http)
    {
        Interlocked.Increment(ref _creates);
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var member = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString();
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync($$"""{"id":"a:dm-{{member}}"}""");
    }

    private async Task SendAsync(HttpContext http)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _sends);
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        if (text.Contains(ReminderMarker, StringComparison.Ordinal))
        {
            var conversation = Uri.UnescapeDataString(http.Request.RouteValues["conversationId"] as string ?? "");
            _perConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _reminders);
            Interlocked.CompareExchange(ref _firstAt, now, 0);
            InterlockedMax(ref _lastAt, now);
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync($$"""{"id":"{{Guid.NewGuid():N}}"}""");
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen) return;
            seen = previous;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
