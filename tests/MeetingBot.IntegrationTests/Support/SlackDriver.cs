using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Slack.Signing;

namespace MeetingBot.IntegrationTests.Support;

/// <summary>
/// Reads like a meeting transcript in Slack: <c>await slack.SayAsync(Anna, "agenda")</c> posts a signed Events API
/// message that mentions the bot (as Slack would deliver it) and returns what the bot posted in reply, in order.
/// <c>CommandAsync</c> uses the <c>/meeting</c> slash command, <c>PressAsync</c> a button. Requests are signed on
/// <paramref name="clock"/>, the bot's clock (tests that move it must sign on it too).
/// </summary>
public sealed class SlackDriver(BotHost bot, FakeSlackServer slack, TimeProvider? clock = null)
{
    public const string SigningSecret = "test-signing-secret-8f742231b10e";
    public const string General = "C0GENERAL";
    public const string Board = "C0BOARD01";

    public sealed record Member(string Id, string Name);

    public static readonly Member Anna = new("U0ANNA001", "Anna Alvarez");
    public static readonly Member Tobias = new("U0TOBIAS1", "Tobias Keller");
    public static readonly Member Phil = new("U0PHIL001", "Phil Reichel");
    public static readonly Member Maria = new("U0MARIA01", "Maria Costa");
    public static readonly Member Sam = new("U0SAM0001", "Sam Okafor");

    private static readonly Member[] Everyone = [Anna, Tobias, Phil, Maria, Sam];
    private int _ts;

    /// <summary>The settings that turn Slack on and point it at the fake.</summary>
    public static Dictionary<string, string?> Settings(FakeSlackServer slack) => new()
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Slack:RetryBaseDelay"] = "00:00:00.100",
    };

    public static void AddPeople(FakeSlackServer slack)
    {
        foreach (var member in Everyone) slack.AddUser(member.Id, member.Name);
    }

    /// <summary>A message in a channel that mentions the bot; "@Name" of a known member becomes a real mention.</summary>
    public Task<IReadOnlyList<string>> SayAsync(Member who, string text, string channel = General, string? threadTs = null) =>
        VisibleAsync(() => PostEventAsync(MessageEvent(who, $"<@{FakeSlackServer.BotUserId}> {Markup(text)}", channel, "channel", threadTs: threadTs)));

    /// <summary>A message that mentions the bot, with the rest written in Slack's own markup (links, mentions).</summary>
    public Task<IReadOnlyList<string>> SayRawAsync(Member who, string slackText, string channel = General) =>
        VisibleAsync(() => PostEventAsync(MessageEvent(who, $"<@{FakeSlackServer.BotUserId}> {slackText}", channel, "channel")));

    /// <summary>Plain chat in a channel, not addressed to the bot.</summary>
    public Task<IReadOnlyList<string>> ChatAsync(Member who, string slackText, string channel = General) =>
        VisibleAsync(() => PostEventAsync(MessageEvent(who, slackText, channel, "channel")));

    /// <summary>A message in the person's direct message with the bot.</summary>
    public Task<IReadOnlyList<string>> SayPrivatelyAsync(Member who, string text) =>
        VisibleAsync(() => PostEventAsync(MessageEvent(who, Markup(text), "D" + who.Id, "im")));

    /// <summary><c>/meeting {text}</c> in a channel.</summary>
    public Task<IReadOnlyList<string>> CommandAsync(Member who, string text, string channel = General, string channelName = "general") =>
        VisibleAsync(() => PostCommandAsync(who, text, channel, channelName));

    public async Task<IReadOnlyList<string>> VisibleAsync(Func<Task<HttpResponseMessage>> send) =>
        (await CollectAsync(send)).Select(slack.Visible).ToList();

    /// <summary>Sends, waits for every turn to finish, and returns the messages the bot posted meanwhile.</summary>
    public async Task<IReadOnlyList<SlackCall>> CollectAsync(Func<Task<HttpResponseMessage>> send)
    {
        var before = slack.Calls.Count;
        var response = await send();
        response.EnsureSuccessStatusCode();
        await bot.WhenIdleAsync();
        return slack.Calls.Skip(before).Where(c => c.Method is "chat.postMessage" or "chat.postEphemeral" or "response_url").ToList();
    }

    public string NextTs() => $"{1_743_250_000 + Interlocked.Increment(ref _ts)}.000200";

    public JsonObject MessageEvent(Member who, string slackText, string channel, string channelType, string type = "message", string? ts = null, string? threadTs = null, string? eventId = null)
    {
        ts ??= NextTs();
        var inner = new JsonObject
        {
            ["type"] = type, ["user"] = who.Id, ["text"] = slackText, ["ts"] = ts, ["channel"] = channel, ["team"] = FakeSlackServer.TeamId, ["event_ts"] = ts,
        };
        if (type == "message") inner["channel_type"] = channelType;
        if (threadTs is not null) inner["thread_ts"] = threadTs;
        return Envelope(inner, eventId);
    }

    public static JsonObject Envelope(JsonObject inner, string? eventId = null) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = FakeSlackServer.TeamId,
        ["api_app_id"] = "A0MEETING",
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray { new JsonObject { ["team_id"] = FakeSlackServer.TeamId, ["user_id"] = FakeSlackServer.BotUserId, ["is_bot"] = true } },
        ["event"] = inner,
    };

    public Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, int? retryNum = null) =>
        PostSignedAsync("/api/slack/events", envelope.ToJsonString(), "application/json", retry: retryNum);

    public Task<HttpResponseMessage> PostCommandAsync(Member who, string text, string channel = General, string channelName = "general") =>
        PostSignedAsync("/api/slack/commands", Form(new()
        {
            ["token"] = "deprecated", ["team_id"] = FakeSlackServer.TeamId, ["team_domain"] = "alliance", ["channel_id"] = channel,
            ["channel_name"] = channelName, ["user_id"] = who.Id, ["user_name"] = who.Name.Split(' ')[0].ToLowerInvariant(),
            ["command"] = "/meeting", ["text"] = Markup(text), ["api_app_id"] = "A0MEETING",
            ["response_url"] = slack.ResponseUrl(Guid.NewGuid().ToString("N")), ["trigger_id"] = Guid.NewGuid().ToString("N"),
        }), "application/x-www-form-urlencoded");

    /// <summary>Presses a button of a message the bot posted.</summary>
    public Task<IReadOnlyList<string>> PressAsync(Member who, SlackCall posted, string buttonText, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = posted.Blocks!.OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>().Select(e => (Block: b, Element: e)))
            .First(p => p.Element["text"]!["text"]!.GetValue<string>() == buttonText);
        var state = new JsonObject();
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
            state["input-" + id] = new JsonObject { [id] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = who.Id, ["username"] = who.Name, ["team_id"] = FakeSlackServer.TeamId },
            ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId, ["domain"] = "alliance" },
            ["channel"] = new JsonObject { ["id"] = posted.Channel, ["name"] = "general" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1743244000.000100", ["channel_id"] = posted.Channel, ["is_ephemeral"] = false },
            ["message"] = new JsonObject { ["ts"] = "1743244000.000100", ["text"] = posted.Text, ["blocks"] = posted.Blocks!.DeepClone() },
            ["state"] = new JsonObject { ["values"] = state },
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "button", ["action_id"] = button.Element["action_id"]!.GetValue<string>(), ["block_id"] = button.Block["block_id"]?.GetValue<string>(),
                    ["value"] = button.Element["value"]!.GetValue<string>(), ["action_ts"] = NextTs(),
                },
            },
            ["response_url"] = slack.ResponseUrl(Guid.NewGuid().ToString("N")),
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
        };
        return VisibleAsync(() => PostSignedAsync("/api/slack/interactivity", Form(new() { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded"));
    }

    /// <summary>Posts a body signed as Slack signs it; tests of refusals pass another secret, time or no headers.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, string? secret = SigningSecret,
        DateTimeOffset? signedAt = null, int? retry = null, bool sign = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (sign)
        {
            var timestamp = (signedAt ?? (clock ?? TimeProvider.System).GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
            request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret!, timestamp, bytes));
        }
        if (retry is { } number)
        {
            request.Headers.Add("X-Slack-Retry-Num", number.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return bot.Client.SendAsync(request);
    }

    /// <summary>"@Phil Reichel" → "&lt;@U0PHIL001&gt;" for the known members; &amp;, &lt;, &gt; escaped as Slack does.</summary>
    public static string Markup(string text)
    {
        var escaped = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        foreach (var member in Everyone.OrderByDescending(m => m.Name.Length))
            escaped = escaped.Replace("@" + member.Name, $"<@{member.Id}>");
        return escaped;
    }

    private static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
