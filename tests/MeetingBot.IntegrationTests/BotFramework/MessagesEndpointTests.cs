using System.Net;
using System.Text.Json;
using MeetingBot.IntegrationTests.Support;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.BotFramework;

/// <summary>POST /api/messages on real Kestrel, answered through a fake Teams connector on loopback.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_message_is_acknowledged_and_answered_as_a_reply_to_it()
    {
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");

        var response = await _bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = Assert.Single(await _channel.WaitForMessagesAsync(1));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(message.Conversation!.Id!)}/activities/{message.Id}", reply.Path);
        Assert.Equal(message.Id, reply.Activity.ReplyToId);
        Assert.Equal(message.Conversation.Id, reply.Activity.Conversation?.Id);
        Assert.Contains("help", reply.Activity.Text);
        Assert.Equal(Activities.BotId, reply.Activity.From?.Id);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var message = Activities.ChannelMessage(_channel.ServiceUrl, "help");

        var first = await _bot.PostActivityAsync(message);
        var second = await _bot.PostActivityAsync(message);
        await _bot.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_channel.Messages);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":5}")]
    public async Task Malformed_json_or_a_missing_type_is_refused_with_problem_details(string body)
    {
        var response = await _bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_body_over_256_KB_is_refused_with_413()
    {
        var message = Activities.ChannelMessage(_channel.ServiceUrl, new string('x', 300 * 1024));

        var response = await _bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await _bot.WhenIdleAsync();
        Assert.Empty(_channel.Messages);
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_is_refused_with_413()
    {
        var json = JsonSerializer.Serialize(Activities.ChannelMessage(_channel.ServiceUrl, new string('y', 300 * 1024)), BotFrameworkJsonContext.Default.Activity);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))) };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new("application/json");

        var response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        var activity = Activities.ChannelMessage(_channel.ServiceUrl, "help") with { Type = "somethingNew" };

        var response = await _bot.PostActivityAsync(activity);
        await _bot.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.Messages);
    }

    [Fact]
    public async Task A_channel_answering_429_with_retry_after_gets_exactly_one_reply_after_the_wait()
    {
        _channel.AnswerNextWith(429, "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}", retryAfter: TimeSpan.FromSeconds(1));
        var started = DateTimeOffset.UtcNow;

        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
        var replies = await _channel.WaitForMessagesAsync(1);
        await _bot.WhenIdleAsync();

        Assert.Single(_channel.Messages);
        Assert.Equal(2, _channel.Attempts);
        Assert.True(replies[0].ArrivedAt - started >= TimeSpan.FromSeconds(0.9), "the retry must wait for Retry-After");
    }

    [Fact]
    public async Task The_endpoint_answers_before_a_slow_reply_is_delivered()
    {
        _channel.ResponseDelay = TimeSpan.FromSeconds(2);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
        var acknowledged = watch.Elapsed;
        await _channel.WaitForMessagesAsync(1);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(1.5), $"acknowledged after {acknowledged}");
    }

    [Fact]
    public async Task Messages_of_one_conversation_are_answered_in_order()
    {
        for (var i = 0; i < 15; i++)
            await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, $"help nosuch{i}"));

        var replies = await _channel.WaitForMessagesAsync(15);

        var order = replies.Select(r => System.Text.RegularExpressions.Regex.Match(r.Activity.Text!, @"nosuch(\d+)").Groups[1].Value).Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(0, 15), order);
    }

    [Fact]
    public async Task The_bots_mention_is_removed_before_the_command_is_read()
    {
        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "profile"));

        var reply = Assert.Single(await _channel.WaitForMessagesAsync(1));

        Assert.Contains("Anna Alvarez", reply.Activity.Text);
    }

    [Fact]
    public async Task Help_lists_the_commands_for_the_askers_role()
    {
        // The first person to talk in a team becomes its chair; the second is a member.
        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
        await _channel.WaitForMessagesAsync(1);
        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help", fromId: "29:phil", fromName: "Phil Reichel"));
        var replies = await _channel.WaitForMessagesAsync(2);

        var chairHelp = replies[0].Activity.Text!;
        var memberHelp = replies[1].Activity.Text!;
        Assert.Contains("role @name", chairHelp);
        Assert.DoesNotContain("role @name", memberHelp);
        Assert.Contains("profile", memberHelp);
    }

    [Fact]
    public async Task A_member_is_refused_a_chair_command_with_a_sentence_naming_who_may()
    {
        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "help"));
        await _channel.WaitForMessagesAsync(1);

        await _bot.PostActivityAsync(Activities.ChannelMessage(_channel.ServiceUrl, "role @Anna guest", fromId: "29:phil", fromName: "Phil Reichel"));
        var replies = await _channel.WaitForMessagesAsync(2);

        Assert.StartsWith("Only the chair, vice-chair or secretary", replies[1].Activity.Text);
    }

    [Fact]
    public async Task Health_reports_database_and_scheduler()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage response;
        do
        {
            response = await _bot.Client.GetAsync("/healthz");
            if (response.IsSuccessStatusCode) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_scheduler_dashboard_opens_from_loopback_but_not_through_a_proxy()
    {
        var direct = await _bot.Client.GetAsync("/hangfire");
        var proxied = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var forwarded = await _bot.Client.SendAsync(proxied);

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forwarded.StatusCode);
    }
}
