using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.Slack;
using MeetingBot.Conversations.Messages;
using MeetingBot.Protocol.Activities;

namespace MeetingBot.IntegrationTests.Attachments;

/// <summary>Card buttons that open an address (minutes as Word or Markdown, a calendar file) on every channel.</summary>
public sealed class LinkButtonTests
{
    private const string Word = "https://bot.alliance.example/downloads/minutes/9.docx?sig=abc";
    private const string Calendar = "https://bot.alliance.example/downloads/meetings/9.ics?sig=def";

    private static readonly Card Minutes = new("Minutes of the 9th Informal Meeting")
    {
        Buttons = [new CardButton("Edit", "minutes edit")],
        Links =
        [
            new CardLink("Download as Word", Word),
            new CardLink("Steal cookies", "javascript:alert(document.cookie)"),
            new CardLink("Add to calendar", Calendar),
            new CardLink("Relative", "/downloads/minutes/9.md"),
        ],
    };

    [Fact]
    public void An_Adaptive_Card_opens_http_links_with_Action_OpenUrl_and_drops_the_others()
    {
        var card = AdaptiveCardRenderer.Render(Minutes).Content!.Value;

        var actions = card.GetProperty("actions").EnumerateArray().Select(a => (
            a.GetProperty("type").GetString(), a.GetProperty("title").GetString(), a.TryGetProperty("url", out var url) ? url.GetString() : null)).ToList();
        Assert.Equal(
            [("Action.Submit", "Edit", null), ("Action.OpenUrl", "Download as Word", Word), ("Action.OpenUrl", "Add to calendar", Calendar)],
            actions);
    }

    [Fact]
    public void A_card_of_links_only_has_actions_too()
    {
        var card = AdaptiveCardRenderer.Render(new Card("Calendar") { Links = [new CardLink("Add to calendar", Calendar)] }).Content!.Value;

        Assert.Equal("Action.OpenUrl", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public void A_Teams_reply_with_a_card_keeps_its_links_in_the_cards_fallback_text()
    {
        var inbound = new Activity { Id = "1", From = new ChannelAccount { Id = "29:anna" }, Recipient = new ChannelAccount { Id = "28:bot" }, Conversation = new ConversationAccount { Id = "a:1" } };

        var outbound = BotFrameworkAdapter.ToActivity(new Reply("The minutes are ready.") { Card = Minutes }, inbound);

        var fallback = Assert.Single(outbound.Attachments!).Content!.Value.GetProperty("fallbackText").GetString();
        Assert.Equal($"The minutes are ready.\nDownload as Word: {Word}\nAdd to calendar: {Calendar}", fallback);
    }

    [Fact]
    public void Block_Kit_opens_http_links_with_url_buttons_and_drops_the_others()
    {
        var rendering = BlockKitRenderer.Render(new Reply("The minutes are ready.") { Card = Minutes });

        var actions = rendering.Blocks!.OfType<JsonObject>().Single(b => b["type"]!.GetValue<string>() == "actions");
        var buttons = actions["elements"]!.AsArray().OfType<JsonObject>()
            .Select(b => (b["text"]!["text"]!.GetValue<string>(), b["url"]?.GetValue<string>(), b["value"]?.GetValue<string>())).ToList();
        Assert.Equal([("Edit", null, "minutes edit"), ("Download as Word", Word, null), ("Add to calendar", Calendar, null)], buttons);
    }

    [Fact]
    public void Slacks_notification_text_lists_the_links_it_does_not_already_show()
    {
        var rendering = BlockKitRenderer.Render(new Reply($"The minutes are ready: {Word}") { Card = Minutes });

        Assert.Equal($"The minutes are ready: {Word.Replace("&", "&amp;")}\nAdd to calendar: {Calendar}", rendering.Text);
    }

    [Fact]
    public void A_card_without_links_renders_as_before()
    {
        var card = AdaptiveCardRenderer.Render(new Card("Agenda") { Buttons = [new CardButton("Add item", "agenda add")] }).Content!.Value;

        Assert.False(card.TryGetProperty("fallbackText", out _));
        Assert.Equal(JsonValueKind.Array, card.GetProperty("actions").ValueKind);
        Assert.Equal("Add item", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("title").GetString());
    }
}
