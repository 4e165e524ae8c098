using System.Collections.Concurrent;
using System.Text.Json;
using MeetingBot.Protocol.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// A stand-in for the Teams connector service on 127.0.0.1: records every activity the bot posts to
/// <c>v3/conversations/{id}/activities[/{replyToId}]</c>. Tests can queue failure answers (429, 403…).
/// </summary>
public sealed class FakeChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _scriptedAnswers = new();
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private readonly ConcurrentDictionary<string, (int Status, string? Body)> _failingConversations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _createdFor = new();
    private int _attempts;

    private FakeChannelServer(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public IReadOnlyCollection<ReceivedActivity> Received => _received.ToArray();
    /// <summary>Every POST that reached the server, including those answered with a scripted failure.</summary>
    public int Attempts => Volatile.Read(ref _attempts);
    public TimeSpan ResponseDelay { get; set; }
    /// <summary>What <c>GET v3/conversations/{id}/pagedmembers</c> answers (one page), for any conversation.</summary>
    public List<TeamsChannelAccount> Roster { get; } = [];

    public static async Task<FakeChannelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChannelServer(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", server.HandleAsync);
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", (HttpContext http) =>
            http.Response.WriteAsJsonAsync(new PagedMembersResult { Members = server.Roster.ToList() }, BotFrameworkJsonContext.Default.PagedMembersResult));
        app.MapPost("/v3/conversations", server.CreateConversationAsync);
        await app.StartAsync();
        server.ServiceUrl = app.Urls.First() + "/";
        return server;
    }

    /// <summary>The next POST gets this answer instead of a success.</summary>
    public void AnswerNextWith(int status, string? body = null, TimeSpan? retryAfter = null) =>
        _scriptedAnswers.Enqueue(async response =>
        {
            response.StatusCode = status;
            if (retryAfter is { } wait) response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString();
            if (body is not null) await response.WriteAsync(body);
        });

    /// <summary>Every POST to this conversation (e.g. a member's 1:1 chat, <see cref="PersonalConversationId"/>) gets this answer.</summary>
    public void FailConversation(string conversationId, int status, string? body = null) => _failingConversations[conversationId] = (status, body);

    /// <summary>The 1:1 conversation <c>POST v3/conversations</c> opens for a member.</summary>
    public static string PersonalConversationId(string memberId) => "a:1to1-" + memberId;

    /// <summary>Members the bot opened a 1:1 conversation with, once per call.</summary>
    public IReadOnlyCollection<string> CreatedConversationsFor => _createdFor.ToArray();

    private async Task CreateConversationAsync(HttpContext http)
    {
        Interlocked.Increment(ref _attempts);
        var parameters = await JsonSerializer.DeserializeAsync(http.Request.Body, BotFrameworkJsonContext.Default.ConversationParameters);
        var memberId = parameters?.Members?.FirstOrDefault()?.Id ?? "";
        _createdFor.Enqueue(memberId);
        await http.Response.WriteAsJsonAsync(new ConversationResourceResponse { Id = PersonalConversationId(memberId) }, BotFrameworkJsonContext.Default.ConversationResourceResponse);
    }

    private async Task HandleAsync(HttpContext http, string conversationId, string? activityId)
    {
        Interlocked.Increment(ref _attempts);
        if (ResponseDelay > TimeSpan.Zero) await Task.Delay(ResponseDelay);
        if (_failingConversations.TryGetValue(Uri.UnescapeDataString(conversationId), out var failure))
        {
            http.Response.StatusCode = failure.Status;
            if (failure.Body is not null) await http.Response.WriteAsync(failure.Body);
            return;
        }
        if (_scriptedAnswers.TryDequeue(out var scripted))
        {
            await scripted(http.Response);
            return;
        }
        var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, BotFrameworkJsonContext.Default.Activity);
        _received.Enqueue(new ReceivedActivity(Uri.UnescapeDataString(conversationId), activityId is null ? null : Uri.UnescapeDataString(activityId),
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? "", http.Request.Headers.Authorization.ToString(), activity!, DateTimeOffset.UtcNow));
        _arrivals.Release();
        await http.Response.WriteAsJsonAsync(new ResourceResponse { Id = Guid.NewGuid().ToString("N") }, BotFrameworkJsonContext.Default.ResourceResponse);
    }

    /// <summary>Waits until at least <paramref name="count"/> message activities (not typing) have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Messages.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Expected {count} message(s) from the bot, got {Messages.Count}: {string.Join(" | ", Messages.Select(m => m.Activity.Text))}");
            await _arrivals.WaitAsync(left);
        }
        return Messages;
    }

    public IReadOnlyList<ReceivedActivity> Messages => _received.Where(r => r.Activity.Type == ActivityTypes.Message).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, string Path, string Authorization, Activity Activity, DateTimeOffset ArrivedAt);
