using System.Text.Json;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Conversations.Messages;

namespace MeetingBot.IntegrationTests.BotFramework;

public sealed class AdaptiveCardRendererTests
{
    [Theory]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("[click](https://evil.example)", "\\[click\\]\\(https://evil.example\\)")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("- not a bullet", "\\- not a bullet")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("<b>html</b>", "\\<b\\>html\\</b\\>")]
    [InlineData("a\u0007b\u001bc", "abc")]
    [InlineData("Budget 2027. Next", "Budget 2027. Next")]
    public void Member_text_cannot_format_a_card(string typed, string expected) =>
        Assert.Equal(expected, AdaptiveCardRenderer.EscapeMarkdown(typed));

    [Fact]
    public void A_card_with_json_looking_input_stays_one_valid_card()
    {
        var hostile = "\"}],\"actions\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}]}";
        var card = new Card(hostile) { Facts = [new CardFact("1.", hostile)], Buttons = [new CardButton("Add item", "agenda add")] };

        var attachment = AdaptiveCardRenderer.Render(card);
        var json = attachment.Content!.Value;

        Assert.Equal(AdaptiveCardRenderer.ContentType, attachment.ContentType);
        var action = Assert.Single(json.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("agenda add", action.GetProperty("data").GetProperty("command").GetString());
        Assert.Contains("Action.OpenUrl", json.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_pressed_button_reads_back_as_the_command_with_the_typed_text()
    {
        var value = JsonSerializer.SerializeToElement(new { command = "agenda add", title = "  Website relaunch " });

        Assert.Equal("agenda add Website relaunch", CardSubmission.ToCommandText(value));
        Assert.Null(CardSubmission.ToCommandText(JsonSerializer.SerializeToElement(new { other = "x" })));
    }
}
