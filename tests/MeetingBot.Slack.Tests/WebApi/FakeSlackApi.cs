using System.Collections.Concurrent;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Slack.Tests.WebApi;

/// <summary>A scripted Slack Web API on 127.0.0.1: answers queued per call, records every request.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<Answer> _answers = new();
    private LoopbackServer _server = null!;

    public sealed record Answer(int Status, string Body, string? RetryAfter = null);
    public sealed record Request(string Method, string Path, string Query, string Authorization, string Body, DateTimeOffset At);

    public ConcurrentQueue<Request> Received { get; } = new();
    public string BaseUrl => _server.BaseAddress + "api/";

    public static async Task<FakeSlackApi> StartAsync()
    {
        var fake = new FakeSlackApi();
        fake._server = await LoopbackServer.StartAsync(app => app.Map("/api/{method}", fake.HandleAsync));
        return fake;
    }

    public void Then(int status, string body, string? retryAfter = null) => _answers.Enqueue(new Answer(status, body, retryAfter));

    private async Task HandleAsync(HttpContext http, string method)
    {
        using var reader = new StreamReader(http.Request.Body);
        Received.Enqueue(new Request(http.Request.Method, method, http.Request.QueryString.Value ?? "", http.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync(), DateTimeOffset.UtcNow));
        var answer = _answers.TryDequeue(out var scripted) ? scripted : new Answer(200, """{"ok":true}""");
        http.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) http.Response.Headers.RetryAfter = answer.RetryAfter;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.Body);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
