using Hangfire;
using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.Infrastructure.Scheduling.Reminders;
using MeetingBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>
/// Reminders scheduled by a real Hangfire server (in-memory storage) and delivered through the fake Teams connector,
/// at their times; moved with their meeting; removed with it. The bot's clock is set a few seconds before a reminder
/// is due and runs at real speed, so Hangfire's real delay and the bot's time agree.
/// </summary>
public sealed class ReminderScheduleTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_reminder_is_delivered_at_its_time_in_the_channel_and_1to1_in_the_members_zone()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:00Z"));
        await scenario.MeetTheTeamAsync();
        await scenario.Chat.SayAsync(Maria, "remind me");

        scenario.Clock.Set(ReminderScenario.SoonDue.AddSeconds(-4));
        var scheduled = await scenario.ScheduleAsync();
        var reminders = await scenario.WaitForRemindersAsync("starts in 15 minutes", 2, Wait);

        Assert.Contains("Reminders: starting soon Thu 1 Apr 14:45 (Vienna time).", scheduled);
        Assert.All(reminders, r => Assert.True(scenario.Clock.Shifted(r.ArrivedAt) >= ReminderScenario.SoonDue,
            $"arrived at {scenario.Clock.Shifted(r.ArrivedAt):u}, before its time"));
        var channel = Assert.Single(reminders, r => r.ConversationId == ChannelA);
        Assert.StartsWith("**The 9th Informal Meeting of the Alliance starts in 15 minutes**: Thu 1 Apr 2027, 15:00 - 16:30 (Europe/Vienna, GMT+2).", channel.Activity.Text);
        Assert.Contains("Join: https://example.webex.com/meet/alliance", channel.Activity.Text);
        var personal = Assert.Single(reminders, r => r.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id));
        Assert.Contains("15:00 Vienna time, 09:00 your time", personal.Activity.Text);
        var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);
        Assert.Equal(ScheduledReminderState.Done, soon.State);
        Assert.False(soon.Late);
    }

    [Fact]
    public async Task Reminders_whose_time_passed_before_the_meeting_was_scheduled_are_skipped_not_sent()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-03-30T10:00Z"));

        await scenario.ScheduleAsync();

        var rows = await scenario.ScheduledAsync();
        Assert.Equal(ScheduledReminderState.Skipped, rows.Single(r => r.Kind == ReminderKind.CallForItems).State);
        Assert.Equal(ScheduledReminderState.Skipped, rows.Single(r => r.Kind == ReminderKind.AgendaDeadline).State);
        Assert.Equal(ScheduledReminderState.Pending, rows.Single(r => r.Kind == ReminderKind.DayBefore).State);
        Assert.Equal(ScheduledReminderState.Pending, rows.Single(r => r.Kind == ReminderKind.StartingSoon).State);
        Assert.Empty(scenario.Reminders("Call for agenda items"));
    }

    [Fact]
    public async Task Rescheduling_moves_the_pending_reminders_and_tells_the_channel_once()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:30Z"));
        await scenario.ScheduleAsync();
        var before = await scenario.ScheduledAsync(ReminderKind.StartingSoon);

        scenario.Clock.Set(ReminderScenario.Utc("2027-04-01T12:45:56Z")); // the old time has passed; the new one is 4 s ahead
        var moved = Assert.Single(await scenario.Chat.SayAsync(Anna, "reschedule 1 Apr 2027 15:01-16:30"));
        var reminder = Assert.Single(await scenario.WaitForRemindersAsync("starts in 15 minutes", 1, Wait));

        Assert.Equal(ReminderScenario.SoonDue, before.DueUtc);
        Assert.StartsWith("Moved the **9th Informal Meeting of the Alliance** to Thu 1 Apr 2027, 15:01 - 16:30", moved);
        Assert.Contains("Its reminders moved with it. Reminders: starting soon Thu 1 Apr 14:46 (Vienna time).", moved);
        Assert.True(scenario.Clock.Shifted(reminder.ArrivedAt) >= ReminderScenario.Utc("2027-04-01T12:46Z"));
        Assert.Contains("15:01 - 16:30", reminder.Activity.Text);
        Assert.Single(scenario.Channel.Messages, m => (m.Activity.Text ?? "").Contains("Moved the", StringComparison.Ordinal) || (m.Activity.Text ?? "").Contains("has moved", StringComparison.Ordinal));
        // The job of the old time is gone from Hangfire; had it run, it would have found its reminder moved.
        var monitoring = scenario.Bot.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        Assert.Equal(0, monitoring.ScheduledCount());
        Assert.Equal(FanOutOutcome.Stale, (await scenario.RunJobAsync(before)).Outcome);
    }

    [Fact]
    public async Task Rescheduling_from_a_1to1_chat_tells_the_channel_once()
    {
        // Managing a team's meeting from a 1:1 chat takes an admin: roles belong to the team, not to the 1:1 chat.
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-03-20T10:00Z"),
            new Dictionary<string, string?> { ["MeetingBot:Admins:0"] = Anna.Id });
        await scenario.ScheduleAsync();

        var reply = Assert.Single(await scenario.Chat.SayPrivatelyAsync(Anna, "reschedule 2 Apr 2027 15:00-16:30"));
        await scenario.WaitForRemindersAsync("has moved", 1, Wait);

        Assert.StartsWith("Moved the **9th Informal Meeting of the Alliance** to Fri 2 Apr 2027", reply);
        var notice = Assert.Single(scenario.Reminders("has moved"));
        Assert.Equal(ChannelA, notice.ConversationId);
        Assert.StartsWith("The **9th Informal Meeting of the Alliance** has moved to Fri 2 Apr 2027, 15:00 - 16:30 (Europe/Vienna, GMT+2). Its reminders moved with it.", notice.Activity.Text);
        Assert.Equal(ReminderScenario.Utc("2027-04-02T12:45Z"), (await scenario.ScheduledAsync(ReminderKind.StartingSoon)).DueUtc);
        Assert.Equal(ReminderScenario.Utc("2027-03-26T14:00Z"), (await scenario.ScheduledAsync(ReminderKind.CallForItems)).DueUtc);
    }

    [Fact]
    public async Task Cancelling_removes_the_pending_reminders_and_tells_the_channel_once()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:00Z"));
        await scenario.Chat.SayAsync(Anna, "help");
        scenario.Clock.Set(ReminderScenario.SoonDue.AddSeconds(-4));
        await scenario.ScheduleAsync();
        Assert.Equal(ScheduledReminderState.Pending, (await scenario.ScheduledAsync(ReminderKind.StartingSoon)).State);

        await scenario.Chat.SayAsync(Anna, "cancel meeting");
        var cancelled = Assert.Single(await scenario.Chat.SayAsync(Anna, "yes"));
        await Task.Delay(TimeSpan.FromSeconds(5)); // past the reminder's time

        Assert.EndsWith("is cancelled. Its reminders are removed.", cancelled);
        Assert.Empty(scenario.Reminders("starts in"));
        Assert.Single(scenario.Channel.Messages, m => (m.Activity.Text ?? "").Contains("is cancelled", StringComparison.Ordinal));
        Assert.Equal(ScheduledReminderState.Cancelled, (await scenario.ScheduledAsync(ReminderKind.StartingSoon)).State);
        Assert.Equal(0, scenario.Bot.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount());
    }
}
