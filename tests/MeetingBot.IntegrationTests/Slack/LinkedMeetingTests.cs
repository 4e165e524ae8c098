using System.Text.RegularExpressions;
using MeetingBot.Domain.Reminders;
using MeetingBot.IntegrationTests.Reminders;
using MeetingBot.IntegrationTests.Support;
using Teams = MeetingBot.IntegrationTests.Support.ChatDriver;
using SlackChat = MeetingBot.IntegrationTests.Support.SlackDriver;

namespace MeetingBot.IntegrationTests.Slack;

/// <summary>
/// One meeting across Teams and Slack. Team A's series lives in a Teams channel, chaired by Anna; Sam chairs the
/// alliance's Slack workspace and links its #general to team A with a one-time code. Then both sides add to the same
/// agenda, send apologies and share links into the same meeting, and reminders go to both.
/// </summary>
public sealed partial class LinkedMeetingTests : IAsyncLifetime
{
    private FakeChannelServer _teams = null!;
    private FakeSlackServer _slack = null!;
    private BotHost _bot = null!;
    private Teams _teamsChat = null!;
    private SlackChat _slackChat = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeChannelServer.StartAsync();
        _slack = await FakeSlackServer.StartAsync();
        SlackChat.AddPeople(_slack);
        _bot = await BotHost.StartAsync(settings: SlackChat.Settings(_slack));
        _teamsChat = new Teams(_bot, _teams);
        _slackChat = new SlackChat(_bot, _slack);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
        await _teams.DisposeAsync();
    }

    private async Task ScheduleInTeamsAsync()
    {
        await _teamsChat.SayAsync(Teams.Anna, "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna on Webex");
        await _teamsChat.SayAsync(Teams.Anna, "Informal Meeting of the Alliance");
        Assert.StartsWith("Scheduled the **9th Informal Meeting of the Alliance**", Assert.Single(await _teamsChat.SayAsync(Teams.Anna, "9")));
    }

    internal static string CodeIn(string reply) => LinkCode().Match(reply) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No link code in: {reply}");

    private async Task LinkSlackToTeamsAsync()
    {
        var code = CodeIn(Assert.Single(await _teamsChat.SayAsync(Teams.Anna, "link slack")));
        var linked = Assert.Single(await _slackChat.CommandAsync(SlackChat.Sam, "link " + code.ToLowerInvariant()));
        Assert.StartsWith("Linked: this channel now shares the meetings of", linked);
    }

    [Fact]
    public async Task An_item_added_in_Teams_and_one_added_in_Slack_appear_in_one_agenda()
    {
        await ScheduleInTeamsAsync();
        await LinkSlackToTeamsAsync();

        var fromSlack = await _slackChat.CommandAsync(SlackChat.Phil, "agenda add Website relaunch");
        var fromTeams = await _teamsChat.SayAsync(Teams.Maria, "agenda add Nominations for Board positions");
        var inTeams = (await _teamsChat.SayAsync(Teams.Tobias, "agenda"))[0];
        var inSlack = (await _slackChat.SayAsync(SlackChat.Maria, "agenda"))[0];

        Assert.Equal("Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Website relaunch.", Assert.Single(fromSlack));
        Assert.StartsWith("Added as item 5 on the agenda of the 9th Informal Meeting of the Alliance", Assert.Single(fromTeams));
        foreach (var agenda in new[] { inTeams, inSlack })
        {
            Assert.Contains("4. Website relaunch (proposed by Phil Reichel)", agenda);
            Assert.Contains("5. Nominations for Board positions (proposed by Maria Costa)", agenda);
        }
    }

    [Fact]
    public async Task The_link_code_is_private_works_once_and_only_for_a_chair()
    {
        await ScheduleInTeamsAsync();
        await _slackChat.SayAsync(SlackChat.Sam, "help"); // Sam chairs the Slack workspace

        var code = CodeIn(Assert.Single(await _teamsChat.SayAsync(Teams.Anna, "link slack")));
        var refused = Assert.Single(await _slackChat.CommandAsync(SlackChat.Phil, "link " + code));
        var linked = Assert.Single(await _slackChat.CommandAsync(SlackChat.Sam, "link " + code));
        var again = Assert.Single(await _slackChat.CommandAsync(SlackChat.Sam, "link " + code, channel: SlackChat.Board, channelName: "board"));

        Assert.StartsWith("Only the chair can use \"link\"", refused);
        Assert.StartsWith("Linked", linked);
        Assert.StartsWith("That code does not work", again);
        Assert.Equal("chat.postEphemeral", _slack.Posts.First(p => _slack.Visible(p).StartsWith("Only the chair")).Method);
    }

    [Fact]
    public async Task Apologies_sent_in_Slack_reach_the_Teams_chairs_list()
    {
        await ScheduleInTeamsAsync();
        await LinkSlackToTeamsAsync();

        await _slackChat.CommandAsync(SlackChat.Phil, "apologies travelling to New York");
        var list = await _teamsChat.SayAsync(Teams.Anna, "apologies list");

        Assert.Contains("- Phil Reichel (travelling to New York)", Assert.Single(list));
    }

    [Fact]
    public async Task The_Slack_chair_who_linked_manages_the_shared_agenda_as_vice_chair()
    {
        await ScheduleInTeamsAsync();
        await LinkSlackToTeamsAsync();
        await _teamsChat.SayAsync(Teams.Maria, "agenda add Nominations for Board positions");

        var moved = await _slackChat.CommandAsync(SlackChat.Sam, "agenda move 4 to 1");

        Assert.DoesNotContain("Only", Assert.Single(moved));
        Assert.Contains("1. Nominations for Board positions", (await _teamsChat.SayAsync(Teams.Tobias, "agenda"))[0]);
    }

    [Fact]
    public async Task A_link_shared_in_Slack_goes_into_the_meeting_running_in_Teams()
    {
        await LinkSlackToTeamsAsync();
        await _teamsChat.SayAsync(Teams.Anna, "meeting start");

        await _slackChat.ChatAsync(SlackChat.Phil, "slides: <https://example.org/slides.pdf|slides>");
        var links = await _teamsChat.SayAsync(Teams.Maria, "links");

        Assert.Contains("https://example.org/slides.pdf", Assert.Single(links));
        Assert.Contains("shared by Phil Reichel", links[0]);
    }

    [Fact]
    public async Task Unlinking_gives_the_Slack_channel_its_own_scope_back()
    {
        await ScheduleInTeamsAsync();
        await LinkSlackToTeamsAsync();

        var unlinked = await _slackChat.CommandAsync(SlackChat.Sam, "unlink");
        var next = await _slackChat.CommandAsync(SlackChat.Phil, "next meeting");

        Assert.StartsWith("Unlinked", Assert.Single(unlinked));
        Assert.StartsWith("There is no meeting scheduled here yet", Assert.Single(next));
    }

    [Fact]
    public async Task A_Teams_channel_can_join_a_series_that_lives_in_Slack()
    {
        await _slackChat.SayAsync(SlackChat.Sam, "schedule 31 Aug 2027 15:30-17:00 Europe/Vienna on Zoom");
        await _slackChat.SayAsync(SlackChat.Sam, "Board Meeting");
        await _slackChat.SayAsync(SlackChat.Sam, "3");
        var code = CodeIn(Assert.Single(await _slackChat.CommandAsync(SlackChat.Sam, "link teams")));

        var linked = await _teamsChat.SayAsync(Teams.Anna, "link " + code);
        var added = await _teamsChat.SayAsync(Teams.Phil, "agenda add Audit report");

        Assert.StartsWith("Linked", Assert.Single(linked));
        Assert.Equal("Added as item 4 on the agenda of the 3rd Board Meeting: Audit report.", Assert.Single(added));
        Assert.Contains("4. Audit report (proposed by Phil Reichel)", (await _slackChat.SayAsync(SlackChat.Maria, "agenda"))[0]);
    }

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex LinkCode();
}

/// <summary>Reminders of a linked meeting reach the Teams channel, the linked Slack channel, and Slack members 1:1.</summary>
public sealed class LinkedMeetingReminderTests
{
    [Fact]
    public async Task A_reminder_reaches_the_Teams_channel_and_the_linked_Slack_channel()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        SlackChat.AddPeople(slack);
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:30Z"), SlackChat.Settings(slack));
        var slackChat = new SlackChat(scenario.Bot, slack, scenario.Clock);
        await scenario.MeetTheTeamAsync();
        await scenario.ScheduleAsync();
        var code = LinkedMeetingTests.CodeIn(Assert.Single(await scenario.Chat.SayAsync(Teams.Anna, "link slack")));
        await slackChat.CommandAsync(SlackChat.Sam, "link " + code);
        await slackChat.CommandAsync(SlackChat.Phil, "remind me");

        var result = await scenario.RunJobAsync(await scenario.ScheduledAsync(ReminderKind.StartingSoon));

        Assert.Equal(3, result.Sent);
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == Teams.ChannelA);
        Assert.Single(slack.Posts, p => p.Channel == SlackChat.General && (p.Text ?? "").Contains("starts in"));
        Assert.Single(slack.Posts, p => p.Channel == "D" + SlackChat.Phil.Id && (p.Text ?? "").Contains("starts in"));
    }
}
