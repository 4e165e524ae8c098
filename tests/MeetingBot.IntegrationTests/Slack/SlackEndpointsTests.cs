using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Conversations.Turns;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.SlackDriver;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>
/// The Slack request URLs end to end on loopback: signatures, url_verification, fast acknowledgement, retries and
/// repeats processed once, what is ignored, and a Web API that throttles or has lost the bot.
/// </summary>
public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private BotHost _bot = null!;
    private SlackDriver _driver = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        AddPeople(_slack);
        _bot = await BotHost.StartAsync(settings: Settings(_slack));
        _driver = new SlackDriver(_bot, _slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Url_verification_is_answered_with_its_challenge()
    {
        var response = await _driver.PostSignedAsync("/api/slack/events",
            """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "/api/slack/events", """{"type":"url_verification","challenge":"abc"}""" },
        { "/api/slack/commands", "team_id=T0ALLIANCE&channel_id=C0GENERAL&user_id=U0ANNA001&command=%2Fmeeting&text=help" },
        { "/api/slack/interactivity", "payload=%7B%22type%22%3A%22block_actions%22%7D" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_without_Slacks_headers_is_refused(string path, string body)
    {
        var response = await _driver.PostSignedAsync(path, body, "application/x-www-form-urlencoded", sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_signed_with_another_secret_is_refused(string path, string body)
    {
        var response = await _driver.PostSignedAsync(path, body, "application/x-www-form-urlencoded", secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_replayed_request_signed_ten_minutes_ago_is_refused(string path, string body)
    {
        var response = await _driver.PostSignedAsync(path, body, "application/x-www-form-urlencoded", signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_event_runs_no_turn()
    {
        var envelope = _driver.MessageEvent(Anna, $"<@{FakeSlackServer.BotUserId}> help", General, "channel");

        var response = await _driver.PostSignedAsync("/api/slack/events", envelope.ToJsonString(), "application/json", secret: "not-the-secret");
        await _bot.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_slack.Posts);
    }

    [Fact]
    public async Task An_event_is_acknowledged_at_once_and_answered_afterwards()
    {
        _slack.ResponseDelay = TimeSpan.FromSeconds(4);
        var clock = Stopwatch.StartNew();

        var response = await _driver.PostEventAsync(_driver.MessageEvent(Anna, $"<@{FakeSlackServer.BotUserId}> help", "D" + Anna.Id, "im"));
        var acknowledged = clock.Elapsed;
        await _bot.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(2), $"acknowledged after {acknowledged.TotalMilliseconds:0} ms");
        Assert.Contains("Here is what you can ask me", _slack.Visible(Assert.Single(_slack.Posts)));
    }

    [Fact]
    public async Task A_retried_event_is_processed_once()
    {
        var envelope = _driver.MessageEvent(Anna, $"<@{FakeSlackServer.BotUserId}> help", General, "channel");

        var first = await _driver.CollectAsync(() => _driver.PostEventAsync(envelope));
        var retries = await _driver.CollectAsync(() => _driver.PostEventAsync(envelope, retryNum: 1));
        var again = await _driver.CollectAsync(() => _driver.PostEventAsync(envelope, retryNum: 2));

        Assert.Single(first);
        Assert.Empty(retries);
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_retry_whose_original_never_arrived_is_processed()
    {
        var envelope = _driver.MessageEvent(Anna, $"<@{FakeSlackServer.BotUserId}> help", General, "channel");

        var replies = await _driver.CollectAsync(() => _driver.PostEventAsync(envelope, retryNum: 1));

        Assert.Single(replies);
    }

    [Fact]
    public async Task A_post_delivered_as_message_and_as_app_mention_is_answered_once()
    {
        var ts = _driver.NextTs();
        var text = $"<@{FakeSlackServer.BotUserId}> help";

        var replies = await _driver.CollectAsync(async () =>
        {
            await _driver.PostEventAsync(_driver.MessageEvent(Anna, text, General, "channel", type: "app_mention", ts: ts));
            return await _driver.PostEventAsync(_driver.MessageEvent(Anna, text, General, "channel", type: "message", ts: ts));
        });

        Assert.Single(replies);
    }

    [Theory]
    [InlineData("""{"type":"message","subtype":"bot_message","bot_id":"B0OTHER","text":"<@U0MEETBOT> help","ts":"1743250000.1","channel":"C0GENERAL","channel_type":"channel"}""")]
    [InlineData("""{"type":"message","user":"U0MEETBOT","bot_id":"B0MEETBOT","text":"Here is what you can ask me","ts":"1743250000.2","channel":"C0GENERAL","channel_type":"channel"}""")]
    [InlineData("""{"type":"message","subtype":"message_changed","channel":"C0GENERAL","channel_type":"channel","ts":"1743250000.3","message":{"user":"U0ANNA001","text":"<@U0MEETBOT> help"}}""")]
    [InlineData("""{"type":"message","subtype":"message_deleted","channel":"C0GENERAL","channel_type":"channel","ts":"1743250000.4","deleted_ts":"1743250000.1"}""")]
    [InlineData("""{"type":"message","subtype":"channel_join","user":"U0ANNA001","text":"<@U0ANNA001> has joined the channel","ts":"1743250000.5","channel":"C0GENERAL","channel_type":"channel"}""")]
    public async Task Bot_messages_edits_and_other_non_human_subtypes_are_ignored(string eventJson)
    {
        var replies = await _driver.CollectAsync(() => _driver.PostEventAsync(Envelope(JsonNode.Parse(eventJson)!.AsObject())));

        Assert.Empty(replies);
        Assert.Equal(0, _bot.Services.GetRequiredService<ConversationTurnQueue>().Pending);
    }

    [Fact]
    public async Task Channel_chat_that_does_not_mention_the_bot_gets_no_answer()
    {
        Assert.Empty(await _driver.ChatAsync(Anna, "agenda add this is just a sentence in the channel"));
        Assert.Single(await _driver.SayAsync(Anna, "help"));
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        var replies = await _driver.SayPrivatelyAsync(Phil, "help");

        Assert.Contains("Here is what you can ask me", Assert.Single(replies));
        Assert.Equal("chat.postMessage", _slack.Posts[^1].Method);
        Assert.Equal("D" + Phil.Id, _slack.Posts[^1].Channel);
    }

    [Fact]
    public async Task A_reply_goes_into_the_thread_the_message_came_from()
    {
        await _driver.SayAsync(Anna, "help", threadTs: "1743249000.000100");

        Assert.Equal("1743249000.000100", _slack.Posts[^1].ThreadTs);
    }

    [Fact]
    public async Task A_429_from_Slack_is_waited_out_and_the_reply_posted_once()
    {
        _slack.AnswerNextWith("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfterSeconds: 1);

        var replies = await _driver.SayPrivatelyAsync(Anna, "help");

        Assert.Contains("Here is what you can ask me", Assert.Single(replies));
        var refused = _slack.Calls.Single(c => c.Method == "chat.postMessage:refused");
        var posted = _slack.Calls.Single(c => c.Method == "chat.postMessage");
        Assert.True(posted.ArrivedAt - refused.ArrivedAt >= TimeSpan.FromMilliseconds(900), $"retried after {(posted.ArrivedAt - refused.ArrivedAt).TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Help_and_refusals_in_a_channel_are_shown_only_to_the_sender()
    {
        await _driver.SayAsync(Anna, "help");
        await _driver.SayAsync(Phil, "schedule 31 Aug 2027 15:30 Europe/Vienna");

        var help = _slack.Posts[0];
        var refusal = _slack.Posts[1];
        Assert.Equal(("chat.postEphemeral", Anna.Id), (help.Method, help.User));
        Assert.Equal(("chat.postEphemeral", Phil.Id), (refusal.Method, refusal.User));
        Assert.StartsWith("Only the chair, vice-chair or secretary can use \"schedule\"", _slack.Visible(refusal));
    }

    [Fact]
    public async Task A_slash_command_where_the_bot_is_not_a_member_is_answered_through_its_response_url()
    {
        _slack.AnswerNextWith("chat.postMessage", 200, """{"ok":false,"error":"not_in_channel"}""");

        var replies = await _driver.CollectAsync(() => _driver.PostCommandAsync(Anna, "next meeting", channel: "C0NOTJOIND", channelName: "random"));

        var answer = Assert.Single(replies);
        Assert.Equal("response_url", answer.Method);
        Assert.Contains("Invite me with /invite @MeetingBot", answer.Text);
        Assert.Null(await _bot.Services.CreateScope().ServiceProvider.GetRequiredService<IConversationDirectory>().FindReferenceAsync("slack|C0NOTJOIND", CancellationToken.None));
    }

    [Fact]
    public async Task Every_call_to_Slack_carries_the_bot_token()
    {
        await _driver.SayAsync(Anna, "help");

        Assert.All(_slack.Calls, c => Assert.Equal("Bearer xoxb-test-token", c.Authorization));
    }
}

/// <summary>Without a signing secret the Slack channel is off.</summary>
public sealed class SlackOffTests
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactivity")]
    public async Task Slack_endpoints_answer_404_when_no_signing_secret_is_set(string path)
    {
        await using var bot = await BotHost.StartAsync();

        var response = await bot.Client.PostAsync(path, new StringContent("""{"type":"url_verification","challenge":"abc"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_signing_secret_without_a_bot_token_stops_start_up_with_the_settings_name()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Slack:SigningSecret"] = "secret" }));

        Assert.Contains("Slack:BotToken", failure.Message);
    }
}
