using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Meetings;

/// <summary>
/// Agenda collection by chat, end to end through /api/messages and a fake Teams connector. Anna installs the bot
/// first and so chairs team A; Phil and Maria are members.
/// </summary>
public sealed class AgendaScenarioTests : IAsyncLifetime
{
    private FakeChannelServer _channel = null!;
    private BotHost _bot = null!;
    private ChatDriver _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannelServer.StartAsync();
        _bot = await BotHost.StartAsync();
        _chat = new ChatDriver(_bot, _channel);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private async Task ScheduleAsync(string when = "31 Aug 2027 15:30-17:00 Europe/Vienna on Webex", string channelId = ChannelA, string teamId = TeamA, Member? chair = null)
    {
        chair ??= Anna;
        var asked = await _chat.SayAsync(chair, "schedule " + when, channelId, teamId);
        Assert.Contains("What are these meetings called?", Assert.Single(asked));
        await _chat.SayAsync(chair, "Informal Meeting of the Alliance", channelId, teamId);
        var done = await _chat.SayAsync(chair, "9", channelId, teamId);
        Assert.StartsWith("Scheduled the **9th Informal Meeting of the Alliance**", Assert.Single(done));
    }

    [Fact]
    public async Task The_chair_schedules_in_one_line_and_the_series_numbers_itself()
    {
        await ScheduleAsync();

        var next = await _chat.SayAsync(Phil, "next meeting");

        Assert.Contains("9th Informal Meeting of the Alliance", next[0]);
        Assert.Contains("Tue 31 Aug 2027, 15:30 - 17:00 (Europe/Vienna, GMT+2)", next[0]);
        Assert.Contains("on Webex", next[0]);
    }

    [Fact]
    public async Task A_member_adds_an_item_in_the_channel_and_gets_its_number()
    {
        await ScheduleAsync();

        var replies = await _chat.SayAsync(Phil, "agenda add Nominations for Board positions by me 10 min");

        Assert.Equal("Added as item 4 on the agenda of the 9th Informal Meeting of the Alliance: Nominations for Board positions.", Assert.Single(replies));
        var agenda = await _chat.SayAsync(Maria, "agenda");
        Assert.Contains("4. Nominations for Board positions — Phil Reichel, 10 min (proposed by Phil Reichel)", agenda[0]);
        Assert.Contains("1. Updates from the Alliance", agenda[0]);
    }

    [Fact]
    public async Task A_1to1_chat_with_meetings_in_two_teams_asks_which_one()
    {
        await ScheduleAsync();
        await ScheduleAsync("1 Sep 2027 10:00-11:00 Europe/Vienna", ChannelB, TeamB, chair: Tobias);
        await _chat.SayAsync(Phil, "help");
        await _chat.SayAsync(Phil, "help", ChannelB, TeamB);

        var question = await _chat.SayPrivatelyAsync(Phil, "agenda add Budget 2028");
        var answer = await _chat.SayPrivatelyAsync(Phil, "2");

        Assert.Contains("Which meeting do you mean?", question[0]);
        Assert.Contains("1. 9th Informal Meeting of the Alliance, Tue 31 Aug 2027", question[0]);
        Assert.Contains("2. 9th Informal Meeting of the Alliance, Wed 1 Sep 2027", question[0]);
        Assert.StartsWith("Added as item 4", Assert.Single(answer));
        Assert.Contains("Budget 2028", (await _chat.SayAsync(Tobias, "agenda", ChannelB, TeamB))[0]);
        Assert.DoesNotContain("Budget 2028", (await _chat.SayAsync(Anna, "agenda"))[0]);
    }

    [Fact]
    public async Task A_member_is_refused_a_reorder_with_who_may_do_it()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");

        var refused = await _chat.SayAsync(Phil, "agenda move 4 to 1");
        var done = await _chat.SayAsync(Anna, "agenda move 4 to 1");

        Assert.StartsWith("Only the chair, vice-chair or secretary can use \"agenda move\"", Assert.Single(refused));
        Assert.DoesNotContain("Only", Assert.Single(done));
        Assert.Contains("1. Nominations for Board positions", (await _chat.SayAsync(Phil, "agenda"))[0]);
    }

    [Fact]
    public async Task A_late_item_waits_for_the_chairs_approval()
    {
        await ScheduleAsync("tomorrow 15:00-16:30 Europe/Vienna");

        var late = await _chat.SayAsync(Phil, "agenda add Urgent statement on the HLPF");
        var listed = await _chat.SayAsync(Maria, "agenda");
        var approved = await _chat.SayAsync(Anna, "agenda approve 4");
        var after = await _chat.SayAsync(Maria, "agenda");

        Assert.Contains("waits for the approval of the chair or the secretary", Assert.Single(late));
        Assert.Contains("4. Urgent statement on the HLPF (proposed by Phil Reichel; late, awaiting approval)", listed[0]);
        Assert.StartsWith("Item 4 (Urgent statement on the HLPF) is approved", Assert.Single(approved));
        Assert.Contains("4. Urgent statement on the HLPF (proposed by Phil Reichel; late)", after[0]);
    }

    [Fact]
    public async Task A_title_like_an_existing_item_is_flagged_before_it_is_added()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");

        var warning = await _chat.SayAsync(Maria, "agenda add Board position nominations");
        var declined = await _chat.SayAsync(Maria, "no");

        Assert.Contains("Item 4 \"Nominations for Board positions\" (proposed by Phil Reichel) looks like the same topic", Assert.Single(warning));
        Assert.Equal("All right, I did not add it.", Assert.Single(declined));
        Assert.Contains("5. AOB", (await _chat.SayAsync(Maria, "agenda"))[0]);
    }

    [Fact]
    public async Task A_confirmed_duplicate_is_added()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");
        await _chat.SayAsync(Maria, "agenda add Board position nominations");

        var added = await _chat.SayAsync(Maria, "yes");

        Assert.StartsWith("Added as item 5", Assert.Single(added));
    }

    [Fact]
    public async Task Agenda_add_without_a_title_asks_for_one()
    {
        await ScheduleAsync();

        var question = await _chat.SayAsync(Phil, "agenda add");
        var added = await _chat.SayAsync(Phil, "Website relaunch");

        Assert.StartsWith("What is the agenda item?", Assert.Single(question));
        Assert.StartsWith("Added as item 4", Assert.Single(added));
    }

    [Fact]
    public async Task A_member_withdraws_only_their_own_items()
    {
        await ScheduleAsync();
        await _chat.SayAsync(Phil, "agenda add Nominations for Board positions");
        await _chat.SayAsync(Maria, "agenda add Website relaunch");

        var refused = await _chat.SayAsync(Maria, "agenda withdraw 4");
        var withdrawn = await _chat.SayAsync(Maria, "agenda withdraw 5");

        Assert.StartsWith("You can change only items you proposed", Assert.Single(refused));
        Assert.StartsWith("Item 5 (Website relaunch) is withdrawn", Assert.Single(withdrawn));
    }

    [Fact]
    public async Task Apologies_are_sent_by_members_and_seen_by_the_chair()
    {
        await ScheduleAsync();

        var sent = await _chat.SayPrivatelyAsync(Phil, "apologies travelling to New York");
        await _chat.SayAsync(Phil, "help");
        var sentInChannel = await _chat.SayAsync(Phil, "apologies travelling to New York");
        var list = await _chat.SayAsync(Anna, "apologies list");

        Assert.StartsWith("I don't know of a coming meeting", Assert.Single(sent));
        Assert.StartsWith("Thank you, Phil Reichel", Assert.Single(sentInChannel));
        Assert.Contains("- Phil Reichel (travelling to New York)", Assert.Single(list));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_refused_and_asked_again()
    {
        await _chat.SayAsync(Anna, "schedule 28 Mar 2027 02:30 Europe/Vienna");
        await _chat.SayAsync(Anna, "Informal Meeting of the Alliance");

        var replies = await _chat.SayAsync(Anna, "9");

        Assert.Contains("does not exist in Europe/Vienna", replies[0]);
        Assert.StartsWith("When is the meeting?", replies[1]);
    }

    [Fact]
    public async Task A_repeating_series_schedules_its_next_meetings_by_itself()
    {
        await ScheduleAsync();

        var repeat = await _chat.SayAsync(Anna, "series repeat every second Thursday of the month at 15:00");
        var ahead = await _chat.SayAsync(Anna, "series ahead 2");
        var meetings = await _chat.SayAsync(Phil, "meetings");

        Assert.StartsWith("The Informal Meeting of the Alliance now meets", Assert.Single(repeat));
        Assert.Contains("Scheduled: 10th Informal Meeting of the Alliance, Thu 9 Sep 2027, 15:00 - 16:30", Assert.Single(ahead));
        Assert.Contains("10th Informal Meeting of the Alliance**: Thu 9 Sep 2027, 15:00 - 16:30 (Europe/Vienna, GMT+2)", meetings[0]);
    }

    [Fact]
    public async Task Cancelling_the_newest_meeting_gives_its_number_to_the_next()
    {
        await ScheduleAsync();

        var question = await _chat.SayAsync(Anna, "cancel meeting");
        var cancelled = await _chat.SayAsync(Anna, "yes");
        var again = await _chat.SayAsync(Anna, "schedule 7 Sep 2027 15:30");

        Assert.Contains("Cancel the **9th Informal Meeting of the Alliance**", Assert.Single(question));
        Assert.Contains("is cancelled", Assert.Single(cancelled));
        Assert.StartsWith("Scheduled the **9th Informal Meeting of the Alliance**: Tue 7 Sep 2027, 15:30 - 17:00", Assert.Single(again));
    }
}
