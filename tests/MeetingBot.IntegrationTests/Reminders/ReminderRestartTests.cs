using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.IntegrationTests.Support;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>
/// The database is the source of truth: a restart (a new host on the same SQLite file, with a fresh in-memory Hangfire)
/// rebuilds the schedule, sends a reminder missed while down late and marked, and drops one whose meeting has started.
/// </summary>
public sealed class ReminderRestartTests
{
    [Fact]
    public async Task A_restart_before_the_due_time_still_delivers_exactly_one()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:00Z"));
        await scenario.Chat.SayAsync(ChatDriver.Anna, "help");
        scenario.Clock.Set(ReminderScenario.SoonDue.AddSeconds(-5));
        await scenario.ScheduleAsync();
        await scenario.StopBotAsync();
        var stoppedAt = DateTimeOffset.UtcNow;

        await scenario.StartBotAsync();
        await scenario.WaitForRemindersAsync("starts in 15 minutes", 1, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a copy that must not come

        var reminder = Assert.Single(scenario.Reminders("starts in"));
        Assert.True(reminder.ArrivedAt > stoppedAt, "the reminder came from the first host, not from the rebuilt schedule");
        Assert.True(scenario.Clock.Shifted(reminder.ArrivedAt) >= ReminderScenario.SoonDue, $"arrived at {scenario.Clock.Shifted(reminder.ArrivedAt):O}, before its time");
        Assert.DoesNotContain("(late)", reminder.Activity.Text);
        Assert.Single(await scenario.DeliveriesAsync());
    }

    [Fact]
    public async Task A_restart_after_the_due_time_delivers_one_marked_late()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:30Z"));
        await scenario.ScheduleAsync();
        await scenario.StopBotAsync();

        scenario.Clock.Set(ReminderScenario.Utc("2027-04-01T12:52Z")); // down from 12:30 to 12:52; the meeting starts at 13:00
        await scenario.StartBotAsync();
        await scenario.WaitForRemindersAsync("starts in", 1, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var reminder = Assert.Single(scenario.Reminders("starts in"));
        Assert.StartsWith("**The 9th Informal Meeting of the Alliance starts in 8 minutes** (late):", reminder.Activity.Text);
        var row = await scenario.ScheduledAsync(ReminderKind.StartingSoon);
        Assert.Equal(ScheduledReminderState.Done, row.State);
        Assert.True(row.Late);
        Assert.True(Assert.Single(await scenario.DeliveriesAsync()).Late);
    }

    [Fact]
    public async Task A_restart_after_the_meeting_started_drops_the_missed_reminder_and_logs_it()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:30Z"));
        await scenario.ScheduleAsync();
        await scenario.StopBotAsync();

        scenario.Clock.Set(ReminderScenario.Utc("2027-04-01T13:05Z"));
        await scenario.StartBotAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Empty(scenario.Reminders("starts in"));
        var row = await scenario.ScheduledAsync(ReminderKind.StartingSoon);
        Assert.Equal(ScheduledReminderState.Dropped, row.State);
        Assert.Contains("started", row.Note);
        Assert.Empty(await scenario.DeliveriesAsync());
    }
}
