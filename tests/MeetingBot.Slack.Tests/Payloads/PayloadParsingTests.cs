using System.Text.Json;
using MeetingBot.Slack.Commands;
using MeetingBot.Slack.Events;
using MeetingBot.Slack.Interactivity;
using MeetingBot.Slack.Json;

namespace MeetingBot.Slack.Tests.Payloads;

/// <summary>Events API envelopes, slash command forms and interaction payloads as Slack sends them.</summary>
public sealed class PayloadParsingTests
{
    private static SlackEnvelope Envelope(string json) => JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackEnvelope)!;

    [Fact]
    public void A_url_verification_carries_its_challenge()
    {
        var envelope = Envelope("""{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(SlackEnvelope.UrlVerification, envelope.Type);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", envelope.Challenge);
    }

    [Fact]
    public void An_event_callback_carries_the_event_its_id_and_the_bots_user_id()
    {
        var envelope = Envelope("""
            {"token":"x","team_id":"T0ALLIANCE","api_app_id":"A0MEETING","type":"event_callback","event_id":"Ev0PV52K21","event_time":1743244200,
             "authorizations":[{"enterprise_id":null,"team_id":"T0ALLIANCE","user_id":"U0BOT0001","is_bot":true,"is_enterprise_install":false}],
             "event":{"type":"message","channel":"C0GENERAL","channel_type":"channel","user":"U0PHIL001","text":"hello <@U0BOT0001>",
                      "ts":"1743244200.000100","thread_ts":"1743244100.000200","team":"T0ALLIANCE","event_ts":"1743244200.000100",
                      "blocks":[{"type":"rich_text","block_id":"x","elements":[]}],"client_msg_id":"5e1b2f4a"},
             "is_ext_shared_channel":false,"event_context":"4-eyJldCI6Im1lc3NhZ2UifQ"}
            """);

        Assert.Equal("Ev0PV52K21", envelope.EventId);
        Assert.Equal("T0ALLIANCE", envelope.TeamId);
        Assert.Equal("U0BOT0001", envelope.BotUserId);
        Assert.Equal("C0GENERAL", envelope.Event!.Channel);
        Assert.Equal("channel", envelope.Event.ChannelType);
        Assert.Equal("1743244100.000200", envelope.Event.ThreadTs);
        Assert.True(envelope.Event.ExtensionData!.ContainsKey("client_msg_id"));
        Assert.True(envelope.ExtensionData!.ContainsKey("event_context"));
    }

    [Theory]
    [InlineData("""{"type":"message","user":"U0PHIL001","text":"hi","ts":"1.1","channel":"C1"}""", true)]
    [InlineData("""{"type":"app_mention","user":"U0PHIL001","text":"<@U0BOT0001> hi","ts":"1.1","channel":"C1"}""", true)]
    [InlineData("""{"type":"message","subtype":"thread_broadcast","user":"U0PHIL001","text":"hi","ts":"1.1","channel":"C1"}""", true)]
    [InlineData("""{"type":"message","subtype":"file_share","user":"U0PHIL001","text":"hi","ts":"1.1","channel":"C1"}""", true)]
    [InlineData("""{"type":"message","subtype":"bot_message","bot_id":"B1","text":"hi","ts":"1.1","channel":"C1"}""", false)]
    [InlineData("""{"type":"message","user":"U0OTHERAPP","bot_id":"B2","text":"hi","ts":"1.1","channel":"C1"}""", false)]
    [InlineData("""{"type":"message","user":"U0BOT0001","text":"my own","ts":"1.1","channel":"C1"}""", false)]
    [InlineData("""{"type":"message","subtype":"message_changed","channel":"C1","ts":"1.2","message":{"user":"U0PHIL001","text":"edited"}}""", false)]
    [InlineData("""{"type":"message","subtype":"message_deleted","channel":"C1","ts":"1.2","deleted_ts":"1.1"}""", false)]
    [InlineData("""{"type":"message","subtype":"channel_join","user":"U0PHIL001","text":"<@U0PHIL001> has joined","ts":"1.1","channel":"C1"}""", false)]
    [InlineData("""{"type":"reaction_added","user":"U0PHIL001","reaction":"thumbsup","event_ts":"1.1"}""", false)]
    public void Only_a_persons_new_message_counts(string json, bool expected)
    {
        var parsed = Envelope($$"""{"type":"event_callback","event":{{json}}}""").Event!;

        Assert.Equal(expected, SlackEventTypes.IsNewHumanMessage(parsed, "U0BOT0001"));
    }

    [Fact]
    public void A_slash_command_is_read_from_its_form()
    {
        var command = SlashCommand.Parse(
            "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0ALLIANCE&team_domain=alliance&channel_id=C0GENERAL&channel_name=general" +
            "&user_id=U0PHIL001&user_name=phil&command=%2Fmeeting&text=agenda+add+Budget+%26+finance+by+%3C%40U0MARIA01%7Cmaria%3E" +
            "&api_app_id=A0MEETING&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.738474920.8088930838d88f008e0");

        Assert.NotNull(command);
        Assert.Equal("/meeting", command.Command);
        Assert.Equal("agenda add Budget & finance by <@U0MARIA01|maria>", command.Text);
        Assert.Equal(("T0ALLIANCE", "C0GENERAL", "general", "U0PHIL001"), (command.TeamId, command.ChannelId, command.ChannelName, command.UserId));
        Assert.Equal("https://hooks.slack.com/commands/1234/5678", command.ResponseUrl);
    }

    [Fact]
    public void A_slash_command_without_its_team_or_channel_is_refused()
    {
        Assert.Null(SlashCommand.Parse("command=%2Fmeeting&text=help&user_id=U1"));
    }

    [Fact]
    public void A_button_press_carries_its_action_and_the_messages_inputs()
    {
        var payload = InteractionPayload.Parse("payload=" + Uri.EscapeDataString("""
            {"type":"block_actions","user":{"id":"U0PHIL001","username":"phil","team_id":"T0ALLIANCE"},"team":{"id":"T0ALLIANCE","domain":"alliance"},
             "channel":{"id":"C0GENERAL","name":"general"},"container":{"type":"message","message_ts":"1.5","channel_id":"C0GENERAL","is_ephemeral":false},
             "message":{"ts":"1.5","text":"Agenda","blocks":[{"type":"header","block_id":"h"}]},
             "state":{"values":{"input-title":{"title":{"type":"plain_text_input","value":"Budget 2028"}}}},
             "actions":[{"type":"button","action_id":"cmd-0","block_id":"card-actions","value":"agenda add","action_ts":"1743244300.1"}],
             "response_url":"https://hooks.slack.com/actions/1/2/3","trigger_id":"1.2.3"}
            """));

        Assert.NotNull(payload);
        Assert.Equal(InteractionPayload.BlockActions, payload.Type);
        Assert.Equal("agenda add", payload.Actions![0].Value);
        Assert.Equal("Budget 2028", payload.InputValues()["title"]);
        Assert.Single(payload.Message!.Blocks!);
    }

    [Fact]
    public void A_form_without_a_payload_is_not_an_interaction()
    {
        Assert.Null(InteractionPayload.Parse("something=else"));
        Assert.Null(InteractionPayload.Parse("payload=%7Bnot+json"));
    }
}
