using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MeetingBot.IntegrationTests.LocalChat;

/// <summary>The connector endpoints the bot answers through when a message came from the local channel.</summary>
public sealed class LocalConnectorTests
{
    [Fact]
    public async Task Posting_to_an_unknown_conversation_is_404_with_a_Bot_Framework_error()
    {
        await using var server = await LocalChatServer.StartAsync();

        using var response = await server.Client.PostAsJsonAsync("/local/v3/conversations/19%3Anowhere/activities",
            new { type = "message", text = "hello?" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ConversationNotFound", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("19:nowhere", json.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Paged_members_lists_the_members_who_wrote_in_the_conversation()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "one");
        await server.PostMessageAsync(conversationId, token, "Maria Costa", "two");
        await server.PostMessageAsync(conversationId, token, "Anna Alvarez", "three");

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/local/v3/conversations/local-channel/pagedmembers"));
        using var one = JsonDocument.Parse(await server.Client.GetStringAsync("/local/v3/conversations/local-channel/members/local-maria-costa"));
        using var stranger = await server.Client.GetAsync("/local/v3/conversations/local-channel/members/local-jo-dedeyne");

        Assert.Equal(
            [("local-anna-alvarez", "Anna Alvarez"), ("local-maria-costa", "Maria Costa")],
            json.RootElement.GetProperty("members").EnumerateArray()
                .Select(m => (m.GetProperty("id").GetString(), m.GetProperty("name").GetString())));
        Assert.Equal("Maria Costa", one.RootElement.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_proactive_message_to_a_new_1_1_conversation_reaches_that_members_page()
    {
        await using var server = await LocalChatServer.StartAsync();

        using var created = await server.Client.PostAsJsonAsync("/local/v3/conversations", new
        {
            bot = new { id = "meetingbot" },
            members = new[] { new { id = "local-kwame-mensah" } },
            isGroup = false,
            tenantId = "local",
        });
        using var createdJson = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var conversationId = createdJson.RootElement.GetProperty("id").GetString();
        using var sent = await server.Client.PostAsJsonAsync($"/local/v3/conversations/{conversationId}/activities",
            new { type = "message", text = "Reminder: the meeting is on Thursday." });
        var (pageConversationId, token) = await server.StartConversationAsync(new { conversation = "personal", user = new { name = "Kwame Mensah" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("local-dm-kwame-mensah", conversationId);
        Assert.Equal(pageConversationId, conversationId);
        sent.EnsureSuccessStatusCode();
        using var set = await server.GetActivitiesAsync(pageConversationId, token);
        var activity = Assert.Single(set.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("Reminder: the meeting is on Thursday.", activity.GetProperty("text").GetString());
        Assert.Equal("bot", activity.GetProperty("from").GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_updated_reply_reaches_watchers_again_with_the_same_id_and_a_deleted_one_leaves_a_messageDelete()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        await server.PostMessageAsync(conversationId, token, "Tobias Keller", "draft the minutes");
        using var before = await server.GetActivitiesAsync(conversationId, token);
        var watermark = before.RootElement.GetProperty("watermark").GetString();
        var replyId = before.RootElement.GetProperty("activities")[1].GetProperty("id").GetString()!;
        var replyPath = $"/local/v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(replyId)}";

        using var updated = await server.Client.PutAsJsonAsync(replyPath, new { type = "message", text = "Minutes drafted." });
        using var afterUpdate = await server.GetActivitiesAsync(conversationId, token, watermark);
        using var deleted = await server.Client.DeleteAsync(replyPath);
        using var afterDelete = await server.GetActivitiesAsync(conversationId, token, afterUpdate.RootElement.GetProperty("watermark").GetString());

        updated.EnsureSuccessStatusCode();
        var again = Assert.Single(afterUpdate.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal(replyId, again.GetProperty("id").GetString());
        Assert.Equal("Minutes drafted.", again.GetProperty("text").GetString());
        deleted.EnsureSuccessStatusCode();
        var tombstone = Assert.Single(afterDelete.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("messageDelete", tombstone.GetProperty("type").GetString());
        Assert.Equal(replyId, tombstone.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_card_answered_by_an_Action_Execute_invoke_is_replaced_in_the_transcript()
    {
        await using var server = await LocalChatServer.StartAsync();
        var (conversationId, token) = await server.StartConversationAsync();
        using var sent = await server.Client.PostAsJsonAsync($"/local/v3/conversations/{conversationId}/activities", new
        {
            type = "message",
            attachments = new[]
            {
                new
                {
                    contentType = "application/vnd.microsoft.card.adaptive",
                    content = new { type = "AdaptiveCard", version = "1.5", actions = new[] { new { type = "Action.Execute", verb = "approve" } } },
                },
            },
        });
        using var sentJson = JsonDocument.Parse(await sent.Content.ReadAsStringAsync());
        var cardId = sentJson.RootElement.GetProperty("id").GetString();
        using var before = await server.GetActivitiesAsync(conversationId, token);
        var watermark = before.RootElement.GetProperty("watermark").GetString();

        using var invoked = await server.PostActivityAsync(conversationId, token, new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            replyToId = cardId,
            from = new { id = "local-anna-alvarez", name = "Anna Alvarez" },
            value = new { action = new { type = "Action.Execute", verb = "approve" }, trigger = "manual" },
        });

        invoked.EnsureSuccessStatusCode();
        using var after = await server.GetActivitiesAsync(conversationId, token, watermark);
        var replaced = after.RootElement.GetProperty("activities").EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == cardId);
        var text = replaced.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString();
        Assert.Equal("Done", text);
    }

    [Fact]
    public async Task The_bot_cannot_create_a_group_conversation()
    {
        await using var server = await LocalChatServer.StartAsync();

        using var response = await server.Client.PostAsJsonAsync("/local/v3/conversations",
            new { isGroup = true, members = new[] { new { id = "local-anna-alvarez" }, new { id = "local-tobias-keller" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BadArgument", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
