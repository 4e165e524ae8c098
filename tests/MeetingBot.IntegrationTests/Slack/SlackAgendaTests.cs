using System.Text.Json.Nodes;
using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.SlackDriver;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>
/// Agenda collection in a Slack workspace, end to end through the Slack request URLs and a fake Web API on loopback.
/// Anna talks to the bot first and so chairs the workspace; Phil and Maria are members.
/// </summary>
public sealed class SlackAgendaTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private BotHost _bot = null!;
    private SlackDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        AddPeople(_slack);
        _bot = await BotHost.StartAsync(settings: Settings(_slack));
        _chat = new SlackDriver(_bot, _slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task ScheduleAsync()
    {
        Assert.Contains("What are these meetings called?", Assert.Single(await _chat.SayAsync(Anna, "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna on Webex")));
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");
        Assert.StartsWith("Scheduled the 9th Informal Meeting of the Alliance", Assert.Single(await _chat.CommandAsync(Anna, "9")));
    }

    [Fact]
    public async Task A_member_adds_an_item_with_the_slash_command_and_the_channel_sees_it()
    {
        await ScheduleAsync();

        var replies = await _chat.CollectAsync(() => _chat.PostCommandAsync(Phil, "agenda add Nominations for Board positions by me 10 min"));

        var added = Assert.Single(replies);
        Assert.Equal(("chat.postMessage", General), (added.Method, added.Channel));
        Assert.Equal("Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Nominations for Board positions.", _slack.Visible(added));
        Assert.Contains("4. Nominations for Board positions — Phil Reichel, 10 min (proposed by Phil Reichel)", (await _chat.SayAsync(Maria, "agenda"))[0]);
    }

    [Fact]
    public async Task A_member_adds_an_item_in_a_channel_message_naming_the_presenter_with_a_mention()
    {
        await ScheduleAsync();

        var replies = await _chat.SayAsync(Phil, "agenda add Website relaunch by @Maria Costa");
        var agenda = await _chat.SayAsync(Tobias, "agenda");

        Assert.StartsWith("Added as item 4", Assert.Single(replies));
        Assert.Contains("Website relaunch — Maria Costa (proposed by Phil Reichel)", agenda[0]);
        Assert.Contains(_slack.Calls, c => c.Method == "users.info" && c.Body["user"]?.GetValue<string>() == Maria.Id);
    }

    [Fact]
    public async Task Names_are_looked_up_once_per_person()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Website relaunch by @Maria Costa");
        await _chat.SayAsync(Phil, "agenda add Budget 2028 by @Maria Costa");

        Assert.Equal(1, _slack.Calls.Count(c => c.Method == "users.info" && c.Body["user"]?.GetValue<string>() == Maria.Id));
        Assert.Equal(1, _slack.Calls.Count(c => c.Method == "users.info" && c.Body["user"]?.GetValue<string>() == Phil.Id));
    }

    [Fact]
    public async Task The_agenda_is_a_Block_Kit_card_whose_Add_item_box_adds_an_item()
    {
        await ScheduleAsync();
        var card = Assert.Single(await _chat.CollectAsync(() => _chat.PostCommandAsync(Maria, "agenda")));

        var blocks = card.Blocks!.OfType<JsonObject>().Select(b => b["type"]!.GetValue<string>()).ToList();
        var added = await _chat.PressAsync(Maria, card, "Add item", new Dictionary<string, string> { ["title"] = "Budget 2028" });

        Assert.Equal(["header", "context", "section", "context", "input", "actions"], blocks);
        Assert.StartsWith("Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Budget 2028.", Assert.Single(added));
    }

    [Fact]
    public async Task A_yes_no_question_is_answered_with_a_button_that_then_goes_away()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");
        var question = Assert.Single(await _chat.CollectAsync(() => _chat.PostCommandAsync(Maria, "agenda add Board position nominations")));

        var answer = await _chat.PressAsync(Maria, question, "Yes");

        Assert.Contains("looks like the same topic", _slack.Visible(question));
        Assert.StartsWith("Added as item 5", Assert.Single(answer));
        var update = Assert.Single(_slack.Calls, c => c.Method == "chat.update");
        Assert.DoesNotContain(update.Blocks!.OfType<JsonObject>(), b => b["type"]!.GetValue<string>() == "actions");
        Assert.Contains("Maria Costa answered: Yes", update.Blocks!.ToJsonString());
    }

    [Fact]
    public async Task Apologies_from_Slack_reach_the_chairs_list()
    {
        await ScheduleAsync();

        await _chat.CommandAsync(Phil, "apologies travelling to New York");
        var list = await _chat.SayAsync(Anna, "apologies list");

        Assert.Contains("- Phil Reichel (travelling to New York)", Assert.Single(list));
    }

    [Fact]
    public async Task Member_text_cannot_change_the_messages_formatting()
    {
        await ScheduleAsync();

        var added = Assert.Single(await _chat.CollectAsync(() => _chat.PostCommandAsync(Phil, "agenda add Fees <b> & *dues* <!channel>")));

        Assert.DoesNotContain("<!channel>", added.Text);
        Assert.DoesNotContain("<b>", added.Text);
        var richText = added.Blocks!.OfType<JsonObject>().Single(b => b["type"]!.GetValue<string>() == "rich_text");
        Assert.All(richText.ToJsonString().Split("\"type\":").Skip(1), t => Assert.Matches("^\"(rich_text|rich_text_section|text|user|link)\"", t));
    }
}
