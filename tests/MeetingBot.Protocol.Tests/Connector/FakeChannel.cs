using System.Collections.Concurrent;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.Protocol.Tests.Connector;

internal sealed record ReceivedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset At);

internal sealed record ScriptedAnswer(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedAnswer Ok(string body) => new(200, body);
}

/// <summary>A Bot Framework channel on loopback: records each request and answers from a script (the last answer repeats).</summary>
internal sealed class FakeChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly ScriptedAnswer[] _script;
    private LoopbackServer? _server;
    private int _count;

    private FakeChannel(ScriptedAnswer[] script) => _script = script;

    public IReadOnlyList<ReceivedRequest> Received => _received.ToArray();

    /// <summary>The channel's serviceUrl, with a region path like Teams' (ends with '/').</summary>
    public string ServiceUrl => (_server?.BaseAddress ?? throw new InvalidOperationException("not started")) + "amer/";

    public static async Task<FakeChannel> StartAsync(params ScriptedAnswer[] script)
    {
        var channel = new FakeChannel(script);
        channel._server = await LoopbackServer.StartAsync(app => app.Run(channel.AnswerAsync));
        return channel;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        _received.Enqueue(new ReceivedRequest(context.Request.Method, rawTarget, context.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow));

        var index = Math.Min(Interlocked.Increment(ref _count) - 1, _script.Length - 1);
        var answer = _script[index];
        context.Response.StatusCode = answer.Status;
        context.Response.Headers["X-Correlating-OperationId"] = "corr-" + index;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
