using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.Protocol.Tests.Activities;

public sealed class ActivityJsonTests
{
    private const string TeamsChannelMessage = """
        {
          "text": "<at>MeetingBot</at> new meeting <at>Pranav Smith</at>\r\n",
          "textFormat": "plain",
          "attachments": [
            { "contentType": "text/html", "content": "<div><at>MeetingBot</at> new meeting</div>" },
            {
              "contentType": "application/vnd.microsoft.card.adaptive",
              "content": {
                "type": "AdaptiveCard", "version": "1.5",
                "body": [ { "type": "TextBlock", "text": "Agenda", "wrap": true, "futureProperty": { "x": 1.50 } } ],
                "actions": [ { "type": "Action.Submit", "title": "Add", "data": { "verb": "add", "n": 3 } } ]
              }
            }
          ],
          "type": "message",
          "timestamp": "2026-03-29T10:30:00.1234567Z",
          "localTimestamp": "2026-03-29T02:30:00-8",
          "localTimezone": "America/Los_Angeles",
          "id": "1743244200123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": {
            "id": "29:1abcDEF", "name": "Tobias Secretary", "aadObjectId": "00000000-0000-0000-0000-00000000000a",
            "userRole": "user", "nested": { "unknown": [1, 2, { "deep": true }] }
          },
          "conversation": {
            "isGroup": true, "conversationType": "channel", "tenantId": "6babcaad-604b-40ac-a9d7-9fd97c0b779f",
            "id": "19:abc@thread.tacv2;messageid=1743244200123", "name": null
          },
          "recipient": { "id": "28:8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11", "name": "MeetingBot" },
          "entities": [
            { "mentioned": { "id": "28:8f0f3b5e-52b3-4d5f-9d43-7a0e7d1e2a11", "name": "MeetingBot" }, "text": "<at>MeetingBot</at>", "type": "mention" },
            { "mentioned": { "id": "29:2xyz", "name": "Pranav Smith", "aadObjectId": "00000000-0000-0000-0000-00000000000b" }, "text": "<at>Pranav Smith</at>", "type": "mention" },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/Los_Angeles", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:abc@thread.tacv2" },
            "team": { "id": "19:team@thread.tacv2", "aadGroupId": "00000000-0000-0000-0000-00000000000c" },
            "tenant": { "id": "6babcaad-604b-40ac-a9d7-9fd97c0b779f" },
            "meeting": { "id": "MCMxOTptZWV0aW5n" },
            "settings": { "selectedChannel": { "id": "19:abc@thread.tacv2" } }
          },
          "locale": "en-US",
          "replyToId": "1743244100000",
          "someFutureField": { "a": [true, null, "x"] },
          "anotherOne": 42
        }
        """;

    [Fact]
    public void Teams_message_round_trips_with_unknown_properties_intact()
    {
        var activity = JsonSerializer.Deserialize(TeamsChannelMessage, BotFrameworkJsonContext.Default.Activity);
        Assert.NotNull(activity);

        var written = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);

        // The input's explicit null ("name": null) is the one thing the bot drops on purpose (nulls are omitted).
        var expected = JsonNode.Parse(TeamsChannelMessage)?.AsObject();
        Assert.NotNull(expected);
        expected["conversation"]?.AsObject().Remove("name");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Teams_message_exposes_the_modelled_fields()
    {
        var activity = JsonSerializer.Deserialize(TeamsChannelMessage, BotFrameworkJsonContext.Default.Activity);

        Assert.NotNull(activity);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 10, 30, 0, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal("2026-03-29T02:30:00-8", activity.LocalTimestamp);
        Assert.Equal("19:abc@thread.tacv2;messageid=1743244200123", activity.Conversation?.Id);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("29:2xyz", activity.Entities?[1].Mentioned?.Id);
        Assert.Equal("en-US", activity.Entities?[2].ExtensionData?["locale"].GetString());
        Assert.Equal("MCMxOTptZWV0aW5n", activity.ChannelData?.GetProperty("meeting").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, activity.Attachments?[1].Content?.ValueKind);
        Assert.Equal(42, activity.ExtensionData?["anotherOne"].GetInt32());
    }

    [Fact]
    public void Bot_made_activity_is_camel_case_without_nulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Meeting created.",
            TextFormat = "markdown",
            ReplyToId = "1743244200123",
            Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2" },
            From = new ChannelAccount { Id = "28:bot", Name = "MeetingBot" },
        };

        var written = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);

        var expected = JsonNode.Parse("""
            {
              "type": "message",
              "from": { "id": "28:bot", "name": "MeetingBot" },
              "conversation": { "id": "19:abc@thread.tacv2" },
              "replyToId": "1743244200123",
              "text": "Meeting created.",
              "textFormat": "markdown"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written);
        Assert.DoesNotContain("null", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_names_are_read_case_insensitively()
    {
        var activity = JsonSerializer.Deserialize("""{"Type":"message","TEXT":"hi","ServiceUrl":"https://x/"}""", BotFrameworkJsonContext.Default.Activity);

        Assert.Equal(("message", "hi", "https://x/"), (activity?.Type, activity?.Text, activity?.ServiceUrl));
    }

    [Theory]
    [InlineData("\"not a date\"")]
    [InlineData("\"2026-13-45T99:00:00Z\"")]
    [InlineData("12345")]
    public void Unreadable_timestamp_does_not_reject_the_activity(string timestamp)
    {
        var json = $$"""{"type":"message","id":"1","timestamp":{{timestamp}},"text":"hi"}""";

        var activity = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity);

        Assert.Equal(("hi", null), (activity?.Text, activity?.Timestamp));
    }

    [Fact]
    public void Timestamp_with_an_offset_is_read()
    {
        var activity = JsonSerializer.Deserialize("""{"timestamp":"2026-03-29T02:30:00-08:00"}""", BotFrameworkJsonContext.Default.Activity);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 10, 30, 0, TimeSpan.Zero), activity?.Timestamp);
    }

    [Fact]
    public void Create_conversation_parameters_serialise_as_the_connector_expects()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant",
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Hello" },
        };

        var written = JsonSerializer.Serialize(parameters, BotFrameworkJsonContext.Default.ConversationParameters);

        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant","activity":{"type":"message","text":"Hello"}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written);
    }
}
