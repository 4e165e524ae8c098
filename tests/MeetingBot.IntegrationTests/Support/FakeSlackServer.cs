using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>A call the bot made to the fake Slack Web API (or to a response_url).</summary>
public sealed record SlackCall(string Method, JsonObject Body, string Authorization, DateTimeOffset ArrivedAt)
{
    public string? Channel => Body["channel"]?.GetValue<string>();
    public string? Text => Body["text"]?.GetValue<string>();
    public string? User => Body["user"]?.GetValue<string>();
    public string? ThreadTs => Body["thread_ts"]?.GetValue<string>();
    public JsonArray? Blocks => Body["blocks"] as JsonArray;
}

/// <summary>
/// A stand-in for Slack's Web API on 127.0.0.1: <c>/api/{method}</c> records what the bot posts (chat.postMessage,
/// chat.postEphemeral, chat.update, conversations.open), answers users.info from the people a test registers, and
/// serves <c>/hooks/{id}</c> as response_url. Tests can queue failure answers per method (429, ok:false).
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "U0MEETBOT";
    public const string TeamId = "T0ALLIANCE";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body, string? RetryAfter)>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Name, string? TimeZone)> _users = new(StringComparer.Ordinal);
    private int _ts = 1000;

    private FakeSlackServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "api/";
    public TimeSpan ResponseDelay { get; set; }
    public IReadOnlyList<SlackCall> Calls => _calls.ToArray();

    /// <summary>Messages seen in the conversation: chat.postMessage, chat.postEphemeral and response_url posts.</summary>
    public IReadOnlyList<SlackCall> Posts => _calls.Where(c => c.Method is "chat.postMessage" or "chat.postEphemeral" or "response_url").ToList();

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.MapPost("/api/{method}", server.HandleApiAsync);
        app.MapGet("/api/{method}", server.HandleApiAsync);
        app.MapPost("/hooks/{id}", server.HandleHookAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First() + "/";
        return server;
    }

    public void AddUser(string id, string name, string? timeZone = "Europe/Vienna") => _users[id] = (name, timeZone);

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of a success.</summary>
    public void AnswerNextWith(string method, int status, string body, int? retryAfterSeconds = null) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((status, body, retryAfterSeconds?.ToString()));

    public string ResponseUrl(string id = "1") => $"{BaseUrl}hooks/{id}";

    private async Task HandleApiAsync(HttpContext http, string method)
    {
        var body = await ReadBodyAsync(http);
        var call = new SlackCall(method, body, http.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow);
        if (ResponseDelay > TimeSpan.Zero) await Task.Delay(ResponseDelay);
        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            _calls.Enqueue(call with { Method = method + ":refused" });
            http.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null) http.Response.Headers.RetryAfter = scripted.RetryAfter;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(scripted.Body);
            return;
        }
        _calls.Enqueue(call);
        await http.Response.WriteAsJsonAsync(Answer(method, body));
    }

    private async Task HandleHookAsync(HttpContext http, string id)
    {
        _calls.Enqueue(new SlackCall("response_url", await ReadBodyAsync(http), http.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow));
        http.Response.StatusCode = 200;
    }

    private JsonObject Answer(string method, JsonObject body)
    {
        var ts = $"{1_743_244_000 + Interlocked.Increment(ref _ts)}.000100";
        switch (method)
        {
            case "chat.postMessage":
                return new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.DeepClone(), ["ts"] = ts };
            case "chat.postEphemeral":
                return new JsonObject { ["ok"] = true, ["message_ts"] = ts };
            case "chat.update":
                return new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.DeepClone(), ["ts"] = body["ts"]?.DeepClone() };
            case "conversations.open":
                return new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + body["users"]?.GetValue<string>() } };
            case "conversations.members":
                return new JsonObject { ["ok"] = true, ["members"] = new JsonArray(_users.Keys.Select(k => (JsonNode)k).ToArray()), ["response_metadata"] = new JsonObject { ["next_cursor"] = "" } };
            case "auth.test":
                return new JsonObject { ["ok"] = true, ["user_id"] = BotUserId, ["team_id"] = TeamId, ["bot_id"] = "B0MEETBOT" };
            case "users.info":
                var id = body["user"]?.GetValue<string>() ?? "";
                if (!_users.TryGetValue(id, out var user)) return new JsonObject { ["ok"] = false, ["error"] = "user_not_found" };
                return new JsonObject
                {
                    ["ok"] = true,
                    ["user"] = new JsonObject
                    {
                        ["id"] = id, ["name"] = user.Name.ToLowerInvariant().Replace(' ', '.'), ["real_name"] = user.Name, ["tz"] = user.TimeZone,
                        ["profile"] = new JsonObject { ["display_name"] = user.Name, ["real_name"] = user.Name },
                    },
                };
            default:
                return new JsonObject { ["ok"] = true };
        }
    }

    /// <summary>JSON bodies as they are; query strings and forms as string properties.</summary>
    private static async Task<JsonObject> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        if (text.TrimStart().StartsWith('{')) return JsonNode.Parse(text)!.AsObject();
        var fields = new JsonObject();
        foreach (var source in new[] { http.Request.QueryString.Value?.TrimStart('?') ?? "", text })
        {
            var parsed = HttpUtility.ParseQueryString(source);
            foreach (var key in parsed.AllKeys)
                if (key is not null) fields[key] = parsed[key];
        }
        return fields;
    }

    /// <summary>What a person sees of a posted message: its blocks' text (mentions as @Name), else its text.</summary>
    public string Visible(SlackCall call)
    {
        if (call.Blocks is not { Count: > 0 } blocks) return call.Text ?? "";
        var lines = new List<string>();
        foreach (var block in blocks.OfType<JsonObject>())
        {
            switch (block["type"]?.GetValue<string>())
            {
                case "rich_text":
                    var text = new System.Text.StringBuilder();
                    foreach (var section in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    foreach (var element in (section["elements"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        text.Append(element["type"]?.GetValue<string>() switch
                        {
                            "user" => "@" + (_users.TryGetValue(element["user_id"]!.GetValue<string>(), out var u) ? u.Name : element["user_id"]!.GetValue<string>()),
                            "link" => element["url"]?.GetValue<string>(),
                            _ => element["text"]?.GetValue<string>(),
                        });
                    }
                    lines.Add(text.ToString());
                    break;
                case "header":
                case "section":
                    if (block["text"]?["text"]?.GetValue<string>() is { } sectionText) lines.Add(sectionText);
                    if (block["fields"] is JsonArray fields)
                        foreach (var pair in fields.OfType<JsonObject>().Chunk(2))
                            lines.Add(string.Join(" ", pair.Select(f => f["text"]?.GetValue<string>())));
                    break;
                case "context":
                    foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                        lines.Add(element["text"]?.GetValue<string>() ?? "");
                    break;
            }
        }
        return string.Join("\n", lines);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
