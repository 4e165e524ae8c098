using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>Reminder settings by chat: members opt in and out of 1:1 reminders; the chair or secretary changes the plan.</summary>
public sealed class ReminderCommandTests : IAsyncLifetime
{
    private ReminderScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-03-20T10:00Z"));
        await _scenario.MeetTheTeamAsync();
        await _scenario.ScheduleAsync();
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private Task<IReadOnlyList<string>> SayAsync(Member who, string text) => _scenario.Chat.SayAsync(who, text);

    [Fact]
    public async Task Reminders_shows_a_members_settings_the_plan_and_the_next_times()
    {
        var shown = Assert.Single(await SayAsync(Phil, "reminders"));

        Assert.StartsWith("**Your reminders**: you see them in this channel. Say remind me to get them 1:1 as well", shown);
        Assert.Contains("**Reminders of the Informal Meeting of the Alliance**", shown);
        Assert.Contains("- Call for agenda items (call): 7 days before the meeting, with the agenda deadline", shown);
        Assert.Contains("- Agenda deadline reminder (deadline): 1 day before the agenda deadline", shown);
        Assert.Contains("- Starting-soon reminder (soon): 15 minutes before the meeting, with the join link", shown);
        Assert.Contains("Next meeting, the 9th Informal Meeting of the Alliance: Reminders: call for items Thu 25 Mar 15:00, agenda deadline Mon 29 Mar 15:00, day before Wed 31 Mar 15:00, starting soon Thu 1 Apr 14:45 (Vienna time).", shown);
    }

    [Fact]
    public async Task Remind_me_opts_in_and_reminders_off_opts_out()
    {
        var on = Assert.Single(await SayAsync(Maria, "remind me"));
        var settings = Assert.Single(await SayAsync(Maria, "reminders"));
        var off = Assert.Single(await SayAsync(Maria, "reminders off"));
        var after = Assert.Single(await SayAsync(Maria, "reminders"));

        Assert.Equal("From now on I send you this team's meeting reminders in a 1:1 chat as well. I will show the times in your time zone too (America/New_York). Say reminders off to stop.", on);
        Assert.StartsWith("**Your reminders**: you get them here and 1:1, with the times in your zone too (America/New_York).", settings);
        Assert.StartsWith("All right: no more 1:1 reminders from me.", off);
        Assert.StartsWith("**Your reminders**: you muted my 1:1 reminders", after);
    }

    [Fact]
    public async Task A_member_is_refused_a_plan_change_with_who_may_do_it()
    {
        var refused = Assert.Single(await SayAsync(Phil, "reminders soon 30 minutes"));
        var muteRefused = Assert.Single(await SayAsync(Phil, "reminders mute soon"));

        Assert.StartsWith("Only the chair, vice-chair or secretary can use \"reminders plan\". You are a member here; ask the chair or the secretary.", refused);
        Assert.StartsWith("Only the chair, vice-chair or secretary can use \"reminders mute\".", muteRefused);
    }

    [Fact]
    public async Task The_secretary_moves_a_reminder_and_the_coming_meeting_follows()
    {
        var moved = Assert.Single(await SayAsync(Tobias, "reminders soon 30 minutes"));
        var called = Assert.Single(await SayAsync(Tobias, "reminders call 10 days"));

        Assert.Equal("The starting-soon reminder now goes out 30 minutes before the meeting.\nFor the 9th Informal Meeting of the Alliance: Reminders: starting soon Thu 1 Apr 14:30 (Vienna time).", moved);
        Assert.StartsWith("The call for agenda items now goes out 10 days before the meeting.", called);
        Assert.Equal(ReminderScenario.Utc("2027-04-01T12:30Z"), (await _scenario.ScheduledAsync(ReminderKind.StartingSoon)).DueUtc);
        Assert.Equal(ReminderScenario.Utc("2027-03-22T14:00Z"), (await _scenario.ScheduledAsync(ReminderKind.CallForItems)).DueUtc);
        Assert.Contains("- Starting-soon reminder (soon): 30 minutes before the meeting", Assert.Single(await SayAsync(Phil, "reminders")));
    }

    [Fact]
    public async Task The_chair_switches_a_reminder_off_and_on_again()
    {
        var off = Assert.Single(await SayAsync(Anna, "reminders deadline off"));
        var state = (await _scenario.ScheduledAsync(ReminderKind.AgendaDeadline)).State;
        var on = Assert.Single(await SayAsync(Anna, "series reminders deadline on"));

        Assert.StartsWith("The agenda deadline reminder is off for the meetings of this series.", off);
        Assert.Equal(ScheduledReminderState.Off, state);
        Assert.StartsWith("The agenda deadline reminder is on again: 1 day before the agenda deadline.", on);
        Assert.Equal(ScheduledReminderState.Pending, (await _scenario.ScheduledAsync(ReminderKind.AgendaDeadline)).State);
    }

    [Fact]
    public async Task An_unreadable_setting_is_refused_with_what_to_write()
    {
        var reply = Assert.Single(await SayAsync(Anna, "reminders soon whenever"));

        Assert.Equal("Give a time before the meeting like 10 days, 2 hours or 30 minutes (or off / on).", reply);
    }

    [Fact]
    public async Task A_kind_muted_in_the_channel_still_reaches_members_who_asked_for_it()
    {
        await SayAsync(Maria, "remind me");
        var muted = Assert.Single(await SayAsync(Anna, "reminders mute soon"));

        await _scenario.RunJobAsync(await _scenario.ScheduledAsync(ReminderKind.StartingSoon));

        Assert.StartsWith("I will not post the starting-soon reminder in the channel any more", muted);
        Assert.DoesNotContain(_scenario.Reminders("starts in"), r => r.ConversationId == ChannelA);
        Assert.Single(_scenario.Reminders("starts in"), r => r.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id));
    }

    [Fact]
    public async Task Help_lists_the_reminder_commands_by_role()
    {
        var chair = Assert.Single(await SayAsync(Anna, "help"));
        var member = Assert.Single(await SayAsync(Phil, "help"));

        Assert.Contains("**remind me**", member);
        Assert.Contains("**reminders off**", member);
        Assert.DoesNotContain("reminders <call|deadline|day-before|soon>", member);
        Assert.Contains("**reminders <call|deadline|day-before|soon> <off|on|10 days|2 hours|30 minutes>**", chair);
        Assert.Contains("**reminders mute|unmute <call|deadline|day-before|soon>**", chair);
    }
}
