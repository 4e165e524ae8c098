using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.LoadBench;

/// <summary>
/// The floor to compare the bot against: bare Kestrel doing the same receive-and-reply work with nothing else.
/// <c>POST /api/messages</c> deserialises a minimal activity, starts the reply POST to
/// <c>{serviceUrl}v3/conversations/{id}/activities/{id}</c> on a shared HttpClient, and answers 202 at once.
/// </summary>
public sealed class BaselineServer : ITarget
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private long _replyFailures;

    private BaselineServer(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    public string Name => "baseline";
    public string BaseUrl => _app.Urls.First();
    public long BackgroundFailures => Interlocked.Read(ref _replyFailures);

    public static async Task<BaselineServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new BaselineServer(app, LoopbackHttp.CreateClient());
        app.MapPost("/api/messages", (RequestDelegate)server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, BaselineJson.Default.InboundActivity, http.RequestAborted);
        if (activity is not { Id: { } id, ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        _ = ReplyAsync(activity, serviceUrl, conversationId, id); // acknowledge first, reply later, like the bot
        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task ReplyAsync(InboundActivity inbound, string serviceUrl, string conversationId, string activityId)
    {
        try
        {
            await Task.Yield(); // never run the reply on the request's thread before the 202 goes out
            var reply = new ReplyActivity("message", "Here is what I can do.", inbound.Recipient, inbound.From, inbound.Conversation, activityId);
            var url = $"{serviceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
            using var content = JsonContent.Create(reply, BaselineJson.Default.ReplyActivity);
            using var response = await _client.PostAsync(url, content);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref _replyFailures);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _replyFailures);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }
}

public sealed record Account(string? Id, string? Name);
public sealed record ConversationRef(string? Id);
public sealed record InboundActivity(string? Type, string? Id, string? ServiceUrl, Account? From, Account? Recipient, ConversationRef? Conversation, string? Text);
public sealed record ReplyActivity(string Type, string Text, Account? From, Account? Recipient, ConversationRef? Conversation, string ReplyToId);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InboundActivity))]
[JsonSerializable(typeof(ReplyActivity))]
internal sealed partial class BaselineJson : JsonSerializerContext;
