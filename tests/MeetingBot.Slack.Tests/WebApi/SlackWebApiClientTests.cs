using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Slack.Tests.WebApi;

/// <summary>The Web API client against a loopback fake: JSON writes, query reads, the token, errors, 429s.</summary>
public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private ServiceProvider _services = null!;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "secret",
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl,
            ["Slack:RetryBaseDelay"] = "00:00:00.050",
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSlackProtocol(configuration)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private ISlackWebApi Api => _services.GetRequiredService<ISlackWebApi>();

    [Fact]
    public async Task A_message_is_posted_as_JSON_with_the_bot_token()
    {
        _slack.Then(200, """{"ok":true,"channel":"C0GENERAL","ts":"1743244200.000100"}""");

        var result = await Api.PostMessageAsync(new PostMessageRequest
        {
            Channel = "C0GENERAL", Text = "Agenda", ThreadTs = "1.5", Blocks = [new JsonObject { ["type"] = "divider" }],
        }, CancellationToken.None);

        var request = Assert.Single(_slack.Received);
        Assert.Equal(("POST", "chat.postMessage", "Bearer xoxb-test-token"), (request.Method, request.Path, request.Authorization));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"channel":"C0GENERAL","text":"Agenda","blocks":[{"type":"divider"}],"thread_ts":"1.5"}"""), JsonNode.Parse(request.Body)), request.Body);
        Assert.Equal("1743244200.000100", result.Ts);
    }

    [Theory]
    [InlineData("not_in_channel", SlackFailureKind.BotRemoved)]
    [InlineData("channel_not_found", SlackFailureKind.BotRemoved)]
    [InlineData("account_inactive", SlackFailureKind.BotRemoved)]
    [InlineData("user_not_in_channel", SlackFailureKind.Unreachable)]
    [InlineData("cannot_dm_bot", SlackFailureKind.Unreachable)]
    [InlineData("invalid_auth", SlackFailureKind.Configuration)]
    [InlineData("msg_too_long", SlackFailureKind.Other)]
    public async Task An_ok_false_answer_becomes_an_exception_with_Slacks_error_code(string error, SlackFailureKind kind)
    {
        _slack.Then(200, $$"""{"ok":false,"error":"{{error}}"}""");

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => Api.PostMessageAsync(new PostMessageRequest { Channel = "C1", Text = "x" }, CancellationToken.None));

        Assert.Equal(("chat.postMessage", error, kind), (failure.Method, failure.Error, failure.Kind));
        Assert.Single(_slack.Received);
    }

    [Fact]
    public async Task A_missing_scope_names_the_scope_to_add()
    {
        _slack.Then(200, """{"ok":false,"error":"missing_scope","needed":"im:write","provided":"chat:write"}""");

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => Api.OpenDirectMessageAsync("U0PHIL001", CancellationToken.None));

        Assert.Contains("im:write", failure.Message);
        Assert.Equal(SlackFailureKind.Configuration, failure.Kind);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_Retry_After_and_the_message_posted_once()
    {
        _slack.Then(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");
        _slack.Then(200, """{"ok":true,"channel":"C1","ts":"2.0"}""");
        var clock = Stopwatch.StartNew();

        var result = await Api.PostMessageAsync(new PostMessageRequest { Channel = "C1", Text = "Reminder" }, CancellationToken.None);

        Assert.Equal("2.0", result.Ts);
        var attempts = _slack.Received.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_500_is_not_retried_so_a_message_is_never_posted_twice()
    {
        _slack.Then(500, "oops");

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => Api.PostMessageAsync(new PostMessageRequest { Channel = "C1", Text = "x" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Single(_slack.Received);
    }

    [Fact]
    public async Task A_503_is_retried()
    {
        _slack.Then(503, "busy");

        await Api.PostMessageAsync(new PostMessageRequest { Channel = "C1", Text = "x" }, CancellationToken.None);

        Assert.Equal(2, _slack.Received.Count);
    }

    [Fact]
    public async Task Members_are_read_page_by_page_with_the_cursor()
    {
        _slack.Then(200, """{"ok":true,"members":["U1","U2"],"response_metadata":{"next_cursor":"dXNlcjpVMDYxTkZUVDI="}}""");
        _slack.Then(200, """{"ok":true,"members":["U3"],"response_metadata":{"next_cursor":""}}""");

        var members = await Api.ListMembersAsync("C0GENERAL", CancellationToken.None);

        Assert.Equal(["U1", "U2", "U3"], members);
        var requests = _slack.Received.ToList();
        Assert.Equal(("GET", "?channel=C0GENERAL&limit=999"), (requests[0].Method, requests[0].Query));
        Assert.Equal("?channel=C0GENERAL&limit=999&cursor=dXNlcjpVMDYxTkZUVDI%3D", requests[1].Query);
    }

    [Fact]
    public async Task A_direct_message_channel_is_opened_for_one_person()
    {
        _slack.Then(200, """{"ok":true,"channel":{"id":"D0PHIL001"}}""");

        Assert.Equal("D0PHIL001", await Api.OpenDirectMessageAsync("U0PHIL001", CancellationToken.None));
        Assert.Equal("""{"users":"U0PHIL001"}""", Assert.Single(_slack.Received).Body);
    }

    [Fact]
    public async Task Names_come_from_users_info_once_per_person_until_they_expire()
    {
        _slack.Then(200, """{"ok":true,"user":{"id":"U0PHIL001","name":"phil","real_name":"Phil R.","tz":"Europe/Berlin","profile":{"display_name":"Phil Reichel","real_name":"Phil R."}}}""");
        _slack.Then(200, """{"ok":true,"user":{"id":"U0PHIL001","name":"phil","profile":{"display_name":"","real_name":"Philipp Reichel"}}}""");
        // Its own clock: the HTTP pipeline's retries and timeouts keep the real one.
        var users = new SlackUserDirectory(Api, _services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<SlackOptions>>(), _time);

        var first = await users.GetAsync("U0PHIL001", CancellationToken.None);
        var cached = await users.GetAsync("U0PHIL001", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1.1));
        var refreshed = await users.GetAsync("U0PHIL001", CancellationToken.None);

        Assert.Equal(new SlackUser("U0PHIL001", "Phil Reichel", "Europe/Berlin", false), first);
        Assert.Same(first, cached);
        Assert.Equal("Philipp Reichel", refreshed.Name);
        Assert.Equal(2, _slack.Received.Count);
        Assert.Equal("?user=U0PHIL001", _slack.Received.First().Query);
    }

    [Fact]
    public async Task A_failed_name_lookup_falls_back_to_the_id()
    {
        _slack.Then(200, """{"ok":false,"error":"user_not_found"}""");

        var user = await _services.GetRequiredService<SlackUserDirectory>().GetAsync("U0GONE001", CancellationToken.None);

        Assert.Equal("U0GONE001", user.Name);
    }

    [Fact]
    public async Task The_bots_own_id_is_asked_once_when_events_do_not_tell_it()
    {
        _slack.Then(200, """{"ok":true,"user_id":"U0BOT0001","team_id":"T0ALLIANCE","bot_id":"B0BOT"}""");
        var identity = _services.GetRequiredService<SlackBotIdentity>();

        Assert.Equal("U0BOT0001", await identity.GetUserIdAsync(null, CancellationToken.None));
        Assert.Equal("U0BOT0001", await identity.GetUserIdAsync(null, CancellationToken.None));
        Assert.Equal("U0OTHER01", await identity.GetUserIdAsync("U0OTHER01", CancellationToken.None));
        Assert.Equal("auth.test", Assert.Single(_slack.Received).Path);
    }

    [Fact]
    public async Task A_response_url_outside_Slacks_hooks_host_is_never_contacted()
    {
        var client = _services.GetRequiredService<SlackResponseUrlClient>();

        Assert.False(await client.RespondAsync("https://hooks.example.org/commands/1/2", new ResponseUrlMessage { Text = "x" }, CancellationToken.None));
        Assert.False(await client.RespondAsync("not a url", new ResponseUrlMessage { Text = "x" }, CancellationToken.None));
        Assert.True(await client.RespondAsync(_slack.BaseUrl + "hook", new ResponseUrlMessage { Text = "x" }, CancellationToken.None));
        var hook = Assert.Single(_slack.Received);
        Assert.Equal("", hook.Authorization);
        Assert.Equal("""{"response_type":"ephemeral","text":"x"}""", hook.Body);
    }
}
