using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>Replies as Block Kit: nothing a member typed is read as formatting or markup; mentions are real.</summary>
public sealed class BlockKitRendererTests
{
    private static JsonArray Elements(SlackRendering rendering) =>
        rendering.Blocks![0]!["elements"]![0]!["elements"]!.AsArray();

    [Fact]
    public void Bold_runs_become_styled_rich_text_and_starred_mrkdwn_in_the_notification()
    {
        var rendering = BlockKitRenderer.Render(new Reply("Scheduled the **9th Informal Meeting** on Webex."));

        Assert.Equal("Scheduled the *9th Informal Meeting* on Webex.", rendering.Text);
        Assert.Equal("rich_text", rendering.Blocks![0]!["type"]!.GetValue<string>());
        var bold = Elements(rendering)[1]!;
        Assert.Equal("9th Informal Meeting", bold["text"]!.GetValue<string>());
        Assert.True(bold["style"]!["bold"]!.GetValue<bool>());
    }

    [Fact]
    public void Member_text_is_literal_in_the_blocks_and_escaped_in_the_notification()
    {
        var rendering = BlockKitRenderer.Render(new Reply("Added: Fees <!channel> & *dues* <https://evil.example|click>"));

        Assert.Equal("Added: Fees &lt;!channel&gt; &amp; *dues* &lt;https://evil.example|click&gt;", rendering.Text);
        Assert.All(Elements(rendering), e => Assert.Contains(e!["type"]!.GetValue<string>(), new[] { "text", "link" }));
        Assert.Contains("<!channel>", string.Concat(Elements(rendering).Select(e => e!["text"]?.GetValue<string>())));
    }

    [Fact]
    public void Mentions_of_Slack_users_are_real_mentions_and_others_stay_text()
    {
        var reply = new Reply("@Phil Reichel, your update? Then @Anna Alvarez.")
        {
            Mentions = [new Mention("U0PHIL001", "Phil Reichel"), new Mention("29:anna", "Anna Alvarez")],
        };

        var rendering = BlockKitRenderer.Render(reply);

        Assert.Equal("<@U0PHIL001>, your update? Then @Anna Alvarez.", rendering.Text);
        Assert.Equal("user", Elements(rendering)[0]!["type"]!.GetValue<string>());
        Assert.Equal("U0PHIL001", Elements(rendering)[0]!["user_id"]!.GetValue<string>());
    }

    [Fact]
    public void Links_in_a_reply_are_clickable()
    {
        var rendering = BlockKitRenderer.Render(new Reply("Join at https://example.webex.com/meet/alliance."));

        var link = Elements(rendering).Single(e => e!["type"]!.GetValue<string>() == "link");
        Assert.Equal("https://example.webex.com/meet/alliance", link!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Choices_become_buttons_that_answer_with_their_text()
    {
        var rendering = BlockKitRenderer.Render(new Reply("Add it anyway?") { Choices = ["Yes", "No"] });

        var actions = rendering.Blocks!.Last()!;
        Assert.Equal(("actions", "choices"), (actions["type"]!.GetValue<string>(), actions["block_id"]!.GetValue<string>()));
        Assert.Equal(["Yes", "No"], actions["elements"]!.AsArray().Select(b => b!["value"]!.GetValue<string>()));
        Assert.All(actions["elements"]!.AsArray(), b => Assert.StartsWith(BlockKitRenderer.ChoiceAction, b!["action_id"]!.GetValue<string>()));
    }

    [Fact]
    public void A_card_is_a_header_facts_as_fields_a_note_a_text_box_and_its_buttons_all_plain_text()
    {
        var card = new Card("Agenda: 9th Informal Meeting")
        {
            Subtitle = "Tue 31 Aug 2027, 15:30",
            Facts = [new CardFact("1.", "Updates *from* the Alliance"), new CardFact("2.", "AOB")],
            Note = "2 items planned.",
            Input = new CardInput("title", "A new item"),
            Buttons = [new CardButton("Add item", "agenda add")],
        };

        var rendering = BlockKitRenderer.Render(new Reply("Agenda") { Card = card });

        Assert.Equal(["header", "context", "section", "context", "input", "actions"], rendering.Blocks!.Select(b => b!["type"]!.GetValue<string>()));
        var fields = rendering.Blocks![2]!["fields"]!.AsArray();
        Assert.Equal(["1.", "Updates *from* the Alliance", "2.", "AOB"], fields.Select(f => f!["text"]!.GetValue<string>()));
        Assert.All(fields, f => Assert.Equal("plain_text", f!["type"]!.GetValue<string>()));
        Assert.Equal("title", rendering.Blocks![4]!["element"]!["action_id"]!.GetValue<string>());
        var button = rendering.Blocks![5]!["elements"]![0]!;
        Assert.Equal(("cmd-0", "agenda add", "Add item"), (button["action_id"]!.GetValue<string>(), button["value"]!.GetValue<string>(), button["text"]!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void A_card_beyond_Slacks_fifty_blocks_falls_back_to_rich_text()
    {
        var card = new Card("Agenda") { Facts = Enumerable.Range(1, 300).Select(i => new CardFact($"{i}.", $"Item {i}")).ToList() };

        var rendering = BlockKitRenderer.Render(new Reply("Agenda with 300 items") { Card = card });

        Assert.Equal("rich_text", Assert.Single(rendering.Blocks!)!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_very_long_reply_is_sent_as_text_alone()
    {
        var rendering = BlockKitRenderer.Render(new Reply(new string('x', 20_000)));

        Assert.Null(rendering.Blocks);
        Assert.Equal(20_000, rendering.Text.Length);
    }
}
