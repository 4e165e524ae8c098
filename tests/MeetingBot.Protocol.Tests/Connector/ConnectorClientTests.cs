using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Protocol.Activities;
using MeetingBot.Protocol.Connector;
using MeetingBot.Protocol.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1743244200123";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1743244200123";
    private static readonly Activity Reply = new() { Type = ActivityTypes.Message, Text = "Meeting created." };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reply_posts_to_the_activity_url_with_escaped_ids_and_the_bot_token(bool trailingSlash)
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"1:reply"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));
        var serviceUrl = trailingSlash ? channel.ServiceUrl : channel.ServiceUrl.TrimEnd('/');

        var response = await Client(services).ReplyToActivityAsync(serviceUrl, ConversationId, "1:xyz=", Reply, CancellationToken.None);

        var request = Assert.Single(channel.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities/1%3Axyz%3D", request.RawTarget);
        Assert.Equal("Bearer bot-token", request.Authorization);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"Meeting created."}"""), JsonNode.Parse(request.Body)), request.Body);
        Assert.Equal("1:reply", response.Id);
    }

    [Fact]
    public async Task Send_update_and_delete_use_the_connector_routes()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"1:a"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));
        var client = Client(services);

        await client.SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None);
        await client.UpdateActivityAsync(channel.ServiceUrl, ConversationId, "1:a", Reply, CancellationToken.None);
        await client.DeleteActivityAsync(channel.ServiceUrl, ConversationId, "1:a", CancellationToken.None);

        Assert.Equal(
            [
                ("POST", $"/amer/v3/conversations/{EscapedConversationId}/activities"),
                ("PUT", $"/amer/v3/conversations/{EscapedConversationId}/activities/1%3Aa"),
                ("DELETE", $"/amer/v3/conversations/{EscapedConversationId}/activities/1%3Aa"),
            ],
            channel.Received.Select(r => (r.Method, r.RawTarget)));
    }

    [Fact]
    public async Task Throttled_send_waits_for_Retry_After_and_delivers_once()
    {
        await using var channel = await FakeChannel.StartAsync(
            new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"Too many requests"}}""", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            ScriptedAnswer.Ok("""{"id":"1:sent"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));
        var stopwatch = Stopwatch.StartNew();

        var response = await Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None);

        Assert.Equal("1:sent", response.Id);
        Assert.Equal(2, channel.Received.Count);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {stopwatch.Elapsed}");
        Assert.True(channel.Received[1].At - channel.Received[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Temporary_refusals_are_retried_until_the_channel_accepts(int status)
    {
        await using var channel = await FakeChannel.StartAsync(new ScriptedAnswer(status), new ScriptedAnswer(status), ScriptedAnswer.Ok("""{"id":"1:sent"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var response = await Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None);

        Assert.Equal("1:sent", response.Id);
        Assert.Equal(3, channel.Received.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(408)]
    [InlineData(400)]
    public async Task Answers_that_may_mean_the_message_was_taken_are_not_retried(int status)
    {
        await using var channel = await FakeChannel.StartAsync(new ScriptedAnswer(status, """{"error":{"code":"ServiceError","message":"boom"}}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None));

        Assert.Single(channel.Received);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.False(error.IsBotRemovedFromConversation);
    }

    [Fact]
    public async Task Retries_stop_after_five_attempts()
    {
        await using var channel = await FakeChannel.StartAsync(new ScriptedAnswer(503));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(5, channel.Received.Count);
    }

    [Fact]
    public async Task Bot_removed_from_the_conversation_is_reported_with_the_correlation_id()
    {
        await using var channel = await FakeChannel.StartAsync(new ScriptedAnswer(403,
            """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).ReplyToActivityAsync(channel.ServiceUrl, ConversationId, "1:x", Reply, CancellationToken.None));

        Assert.True(error.IsBotRemovedFromConversation);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Equal("corr-0", error.CorrelationId);
        Assert.Single(channel.Received);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster", null, true)]
    [InlineData(403, "ConversationBlockedByUser", null, true)]
    [InlineData(403, "BotDisabledByAdmin", null, true)]
    [InlineData(403, "ForbiddenOperationException", null, true)]
    [InlineData(404, "ConversationNotFound", null, true)]
    [InlineData(404, "NotFound", "Conversation not found.", true)]
    [InlineData(404, "ActivityNotFound", "Activity not found.", false)]
    [InlineData(403, "Forbidden", null, false)]
    [InlineData(401, "BotNotInConversationRoster", null, false)]
    public void Removal_is_recognised_by_status_and_code(int status, string code, string? message, bool removed)
    {
        var error = new ConnectorException("SendToConversation", (HttpStatusCode)status, code, message, correlationId: null);

        Assert.Equal(removed, error.IsBotRemovedFromConversation);
    }

    [Fact]
    public async Task Paged_members_are_read_with_Teams_profile_fields()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""
            {
              "continuationToken": "next+page/=",
              "members": [
                { "id": "29:1abc", "name": "Tobias Secretary", "aadObjectId": "00000000-0000-0000-0000-00000000000a",
                  "givenName": "Tobias", "surname": "Secretary", "email": "tobias@contoso.com",
                  "userPrincipalName": "tobias@contoso.com", "tenantId": "tenant", "userRole": "user" },
                { "id": "29:2xyz", "name": "Guest", "userRole": "guest", "futureField": 1 }
              ]
            }
            """));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var page = await Client(services).GetPagedMembersAsync(channel.ServiceUrl, ConversationId, 50, "prev+page/=", CancellationToken.None);

        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/pagedmembers?pageSize=50&continuationToken=prev%2Bpage%2F%3D", Assert.Single(channel.Received).RawTarget);
        Assert.Equal("next+page/=", page.ContinuationToken);
        Assert.NotNull(page.Members);
        Assert.Equal(2, page.Members.Count);
        var tobias = page.Members[0];
        Assert.Equal(("Tobias", "Secretary", "tobias@contoso.com", "tobias@contoso.com", "user"),
            (tobias.GivenName, tobias.Surname, tobias.Email, tobias.UserPrincipalName, tobias.UserRole));
        Assert.Equal("guest", page.Members[1].UserRole);
    }

    [Fact]
    public async Task One_member_is_read_by_escaped_id()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"29:1abc","name":"Tobias","email":"tobias@contoso.com"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));

        var member = await Client(services).GetMemberAsync(channel.ServiceUrl, ConversationId, "29:1abc", CancellationToken.None);

        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/members/29%3A1abc", Assert.Single(channel.Received).RawTarget);
        Assert.Equal("tobias@contoso.com", member.Email);
    }

    [Fact]
    public async Task Create_conversation_returns_the_new_conversation()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"a:1on1","activityId":"1:first","serviceUrl":"https://smba.trafficmanager.net/amer/"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"));
        var parameters = new ConversationParameters { Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = "29:1abc" }], TenantId = "tenant" };

        var created = await Client(services).CreateConversationAsync(channel.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(channel.Received);
        Assert.Equal(("POST", "/amer/v3/conversations"), (request.Method, request.RawTarget));
        Assert.Equal(("a:1on1", "1:first"), (created.Id, created.ActivityId));
    }

    [Fact]
    public async Task Unauthorized_answer_is_retried_once_with_a_fresh_token()
    {
        await using var channel = await FakeChannel.StartAsync(new ScriptedAnswer(401), ScriptedAnswer.Ok("""{"id":"1:sent"}"""));
        var tokens = new StaticTokenProvider("stale-token", refreshedToken: "fresh-token");
        await using var services = CreateServices(tokens);

        await Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None);

        Assert.Equal(["Bearer stale-token", "Bearer fresh-token"], channel.Received.Select(r => r.Authorization));
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task Without_app_id_no_token_is_sent()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"1:sent"}"""));
        await using var services = TestConfiguration.BuildServices(new() { ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010" });

        await Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None);

        Assert.Null(Assert.Single(channel.Received).Authorization);
    }

    [Fact]
    public async Task Token_is_never_sent_to_a_host_outside_the_allow_list()
    {
        await using var channel = await FakeChannel.StartAsync(ScriptedAnswer.Ok("""{"id":"1:sent"}"""));
        await using var services = CreateServices(new StaticTokenProvider("bot-token"), allowLoopback: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Client(services).SendToConversationAsync(channel.ServiceUrl, ConversationId, Reply, CancellationToken.None));

        Assert.Empty(channel.Received);
    }

    private static IConnectorClient Client(IServiceProvider services) => services.GetRequiredService<IConnectorClient>();

    private static ServiceProvider CreateServices(IBotTokenProvider tokens, bool allowLoopback = true)
    {
        var settings = TestConfiguration.SingleTenantBot();
        settings["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010";
        if (allowLoopback)
        {
            settings["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1";
        }

        return TestConfiguration.BuildServices(settings, services => services.AddSingleton(tokens));
    }
}
