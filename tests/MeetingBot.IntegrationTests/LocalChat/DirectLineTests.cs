using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MeetingBot.Channels.LocalChat;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>The Direct Line 3.0 subset, driven over HTTP as the chat page and Web Chat drive it.</summary>
public sealed class DirectLineTests
{
    [Fact]
    public async Task Starting_a_conversation_without_a_body_opens_the_team_channel_with_a_fresh_token()
    {
        await using var server = await LocalChatServer.StartAsync();

        using var response = await server.Client.PostAsync("/v3/directline/conversations", content: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("local-channel", root.GetProperty("conversationId").GetString());
        Assert.True(root.GetProperty("token").GetString()!.Length >= 40);
        Assert.Equal(1800, root.GetProperty("expires_in").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("streamUrl").ValueKind);
    }

    [Fact]
    public async Task A_generated_token_starts_the_conversation_it_was_made_for()
    {
        await using var server = await LocalChatServer.StartAsync();
        using var generated = await server.Client.PostAsJsonAsync("/v3/directline/tokens/generate",
            new { conversation = "personal", user = new { name = "Maria Costa" } });
        using var generatedJson = JsonDocument.Parse(await generated.Content.ReadAsStringAsync());
        var token = generatedJson.RootElement.GetProperty("token").GetString();

        using var started = await server.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        using var json = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        Assert.Equal("local-dm-maria-costa", json.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal(token, json.RootElement.GetProperty("token").GetString());
    }

    [Fact]
    public async Task A_posted_message_comes_back_after_the_watermark_followed_by_the_bots_reply()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync(new { conversation = "channel" });
        using (var empty = await server.GetActivitiesAsync(conversationId, token))
        {
            Assert.Empty(empty.RootElement.GetProperty("activities").EnumerateArray());
        }

        var postedId = await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "When is the next meeting?");

        using var first = await server.GetActivitiesAsync(conversationId, token, watermark: "0");
        var activities = first.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        Assert.Equal(postedId, activities[0].GetProperty("id").GetString());
        Assert.Equal("When is the next meeting?", activities[0].GetProperty("text").GetString());
        Assert.Equal("bot", activities[1].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("echo: When is the next meeting?", activities[1].GetProperty("text").GetString());
        Assert.Equal(postedId, activities[1].GetProperty("replyToId").GetString());

        var watermark = first.RootElement.GetProperty("watermark").GetString();
        Assert.Equal("2", watermark);
        using var second = await server.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(second.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal(watermark, second.RootElement.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task The_channel_completes_a_posted_activity_as_Teams_would_before_the_bot_sees_it()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        var postedId = await server.PostMessageAsync(conversationId, token, "Tobias Keller", "hello");

        var received = Assert.Single(server.Bot.Received, a => a.Type == ActivityTypes.Message);
        Assert.Equal(postedId, received.Id);
        Assert.StartsWith("local-channel|", received.Id);
        Assert.Equal("directline", received.ChannelId);
        Assert.Equal($"http://{server.BaseAddress.Authority}/local/", received.ServiceUrl);
        Assert.Equal(TimeSpan.Zero, received.Timestamp!.Value.Offset);
        Assert.Equal(new ChannelAccount { Id = "meetingbot", Name = "MeetingBot", Role = "bot" }, received.Recipient);
        Assert.Equal("local-tobias-keller", received.From!.Id);
        Assert.Equal("Tobias Keller", received.From.Name);
        Assert.Equal("user", received.From.Role);
        Assert.Equal(new ConversationAccount
        {
            Id = "local-channel", Name = "General", ConversationType = "channel", IsGroup = true, TenantId = "local",
        }, received.Conversation);
        var channelData = received.ChannelData!.Value;
        Assert.Equal("local", channelData.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("local-team", channelData.GetProperty("team").GetProperty("id").GetString());
        Assert.Equal("Local alliance team", channelData.GetProperty("team").GetProperty("name").GetString());
        Assert.Equal("Europe/Brussels", received.LocalTimezone);
        Assert.Equal("2026-03-05T14:00:00.000+01:00", received.LocalTimestamp);
        Assert.Equal("en-GB", received.Locale);
    }

    [Fact]
    public async Task A_members_first_message_is_preceded_by_a_conversationUpdate_adding_them()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "hi");
        await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "again");
        await server.PostMessageAsync(conversationId, token, "Phil Reichel", "hi all");

        var received = server.Bot.Received.ToList();
        Assert.Equal(
            ["conversationUpdate", "message", "message", "conversationUpdate", "message"],
            received.Select(a => a.Type));
        Assert.Equal(["meetingbot", "local-anna-alvarez"], received[0].MembersAdded!.Select(m => m.Id));
        Assert.Equal(["local-phil-reichel"], received[3].MembersAdded!.Select(m => m.Id));
        Assert.Equal("teamMemberAdded", received[3].ChannelData!.Value.GetProperty("eventType").GetString());
    }

    [Fact]
    public async Task Members_in_the_team_channel_see_each_others_messages()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (channelId, annaToken) = await server.StartConversationAsync(new { conversation = "channel" });
        var (sameChannelId, kwameToken) = await server.StartConversationAsync(new { conversation = "channel" });
        Assert.Equal(channelId, sameChannelId);

        await server.PostMessageAsync(channelId, annaToken, "Anna Alvarez", "Agenda is up.");
        await server.PostMessageAsync(channelId, kwameToken, "Kwame Mensah", "Thanks Anna!");

        foreach (var token in new[] { annaToken, kwameToken })
        {
            using var set = await server.GetActivitiesAsync(channelId, token);
            var fromMembers = set.RootElement.GetProperty("activities").EnumerateArray()
                .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user")
                .Select(a => (a.GetProperty("from").GetProperty("name").GetString(), a.GetProperty("text").GetString()));
            Assert.Equal([("Anna Alvarez", "Agenda is up."), ("Kwame Mensah", "Thanks Anna!")], fromMembers);
        }
    }

    [Fact]
    public async Task A_personal_conversation_is_one_members_own_and_has_no_team()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync(new
        {
            conversation = "personal",
            user = new { id = "local-jo-dedeyne", name = "Jo Dedeyne" },
        });
        Assert.Equal("local-dm-jo-dedeyne", conversationId);

        await server.PostMessageAsync(conversationId, token, "Jo Dedeyne", "hi bot");
        using var intruder = await server.PostActivityAsync(conversationId, token, LocalChatServer.Message("Maria Costa", "me too"));

        Assert.Equal(HttpStatusCode.BadRequest, intruder.StatusCode);
        var received = server.Bot.Received.Single(a => a.Type == ActivityTypes.Message);
        Assert.Equal(new ConversationAccount
        {
            Id = "local-dm-jo-dedeyne", ConversationType = "personal", IsGroup = false, TenantId = "local",
        }, received.Conversation);
        Assert.False(received.ChannelData!.Value.TryGetProperty("team", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token-this-server-made")]
    public async Task Reading_or_posting_without_a_valid_token_is_unauthorized(string? token)
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, _) = await server.StartConversationAsync();

        using var get = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        using var post = await server.PostActivityAsync(conversationId, token, LocalChatServer.Message("Anna Alvarez", "hi"));
        using var reconnect = await server.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reconnect.StatusCode);
        Assert.Equal("Bearer", get.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(server.Bot.Received);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_another()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (_, personalToken) = await server.StartConversationAsync(new { conversation = "personal", user = new { name = "Anna Alvarez" } });

        using var response = await server.SendAsync(HttpMethod.Get, "/v3/directline/conversations/local-channel/activities", personalToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string, string> BadActivities => new()
    {
        { """{"type":"message","text":"hi"}""", "'from' is required" },
        { """{"type":"message","text":"hi","from":{"name":"Anna Alvarez"}}""", "'from.id'" },
        { """{"type":"message","text":"hi","from":{"id":"local anna","name":"Anna"}}""", "'from.id'" },
        { """{"type":"message","text":"hi","from":{"id":"meetingbot","name":"MeetingBot"}}""", "bot's own id" },
        { $$$"""{"type":"message","text":"hi","from":{"id":"local-anna","name":"{{{new string('A', 81)}}}"}}""", "'from.name'" },
        { """{"type":"conversationUpdate","from":{"id":"local-anna","name":"Anna"}}""", "'type'" },
        { """{"type":"message",""", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task An_invalid_activity_is_refused_with_problem_details_that_say_what_is_wrong(string body, string expectedDetail)
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await server.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expectedDetail, json.RootElement.GetProperty("detail").GetString());
        Assert.Empty(server.Bot.Received);
    }

    [Fact]
    public async Task A_message_over_256_KB_is_refused_as_too_large()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await server.PostActivityAsync(conversationId, token,
            LocalChatServer.Message("Anna Alvarez", new string('x', LocalChatDefaults.MaxBodyBytes)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(server.Bot.Received);
    }

    [Fact]
    public async Task Typing_at_MeetingBot_mentions_the_bot_as_Teams_does()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "@MeetingBot schedule the March meeting");

        var received = server.Bot.Received.Single(a => a.Type == ActivityTypes.Message);
        Assert.Equal("<at>MeetingBot</at> schedule the March meeting", received.Text);
        var mention = Assert.Single(received.Entities!);
        Assert.Equal("mention", mention.Type);
        Assert.Equal("meetingbot", mention.Mentioned?.Id);
        Assert.Equal("<at>MeetingBot</at>", mention.Text);
    }

    [Fact]
    public async Task Web_Chats_client_activity_id_is_kept_so_it_recognises_its_own_echo()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();

        using var response = await server.PostActivityAsync(conversationId, token, new
        {
            type = "message",
            text = "hi",
            from = new { id = "dl_123", name = "Web Chat user" },
            channelData = new { clientActivityID = "abc123", tenant = new { id = "spoofed" } },
        });
        response.EnsureSuccessStatusCode();

        using var set = await server.GetActivitiesAsync(conversationId, token);
        var channelData = set.RootElement.GetProperty("activities")[0].GetProperty("channelData");
        Assert.Equal("abc123", channelData.GetProperty("clientActivityID").GetString());
        Assert.Equal("local", channelData.GetProperty("tenant").GetProperty("id").GetString());
    }
}
