using MeetingBot.Domain.Reminders;
using MeetingBot.Infrastructure.Persistence.Entities;
using MeetingBot.Infrastructure.Scheduling.Reminders;
using MeetingBot.IntegrationTests.Support;
using static MeetingBot.IntegrationTests.Support.ChatDriver;

namespace MeetingBot.IntegrationTests.Reminders;

/// <summary>
/// Exactly once, and loud failures: the reminder's job method run directly (as a Hangfire worker would) against the
/// fake Teams connector. The clock stands at 12:30 UTC, so the scheduled job itself is a quarter of an hour away.
/// </summary>
public sealed class ReminderDeliveryTests
{
    private static async Task<ReminderScenario> ScheduledAsync()
    {
        var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-04-01T12:30Z"));
        await scenario.MeetTheTeamAsync();
        await scenario.ScheduleAsync();
        return scenario;
    }

    [Fact]
    public async Task A_job_executed_twice_delivers_once()
    {
        await using var scenario = await ScheduledAsync();
        await scenario.Chat.SayAsync(Maria, "remind me");
        await scenario.Chat.SayAsync(Phil, "remind me");
        var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);

        var runs = await Task.WhenAll(scenario.RunJobAsync(soon), scenario.RunJobAsync(soon));
        var again = await scenario.RunJobAsync(soon);

        Assert.Equal(3, runs.Sum(r => r.Sent));
        Assert.Equal(FanOutOutcome.Stale, again.Outcome);
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == ChannelA);
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id));
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == FakeChannelServer.PersonalConversationId(Phil.Id));
        Assert.Equal(3, scenario.Reminders("starts in").Count);
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal(ReminderDeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_channel_answering_429_then_200_gets_the_reminder_once_after_the_wait()
    {
        await using var scenario = await ScheduledAsync();
        var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);
        var attemptsBefore = scenario.Channel.Attempts;
        scenario.Channel.AnswerNextWith(429, retryAfter: TimeSpan.FromSeconds(1));

        var started = DateTimeOffset.UtcNow;
        var result = await scenario.RunJobAsync(soon);

        var reminder = Assert.Single(scenario.Reminders("starts in"));
        Assert.Equal(1, result.Sent);
        Assert.Equal(2, scenario.Channel.Attempts - attemptsBefore);
        Assert.True(reminder.ArrivedAt - started >= TimeSpan.FromSeconds(0.9), $"arrived {(reminder.ArrivedAt - started).TotalMilliseconds:F0} ms after the 429");
        Assert.Equal(ReminderDeliveryStatus.Sent, Assert.Single(await scenario.DeliveriesAsync()).Status);
    }

    [Fact]
    public async Task A_member_who_blocked_the_bot_is_listed_in_the_secretarys_one_summary_and_the_others_get_theirs()
    {
        await using var scenario = await ScheduledAsync();
        await scenario.Chat.SayAsync(Maria, "remind me");
        await scenario.Chat.SayAsync(Phil, "remind me");
        scenario.Channel.FailConversation(FakeChannelServer.PersonalConversationId(Phil.Id), 403,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""");
        var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);

        var result = await scenario.RunJobAsync(soon);
        await scenario.RunJobAsync(soon); // a second run neither resends nor summarises again

        Assert.Equal(2, result.Sent);
        Assert.Equal(1, result.NotReached);
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == ChannelA);
        var maria = Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id));
        Assert.Contains("15:00 Vienna time, 09:00 your time", maria.Activity.Text);
        var summary = Assert.Single(scenario.Reminders("I could not deliver"));
        Assert.Equal(FakeChannelServer.PersonalConversationId(Tobias.Id), summary.ConversationId);
        Assert.Equal(
            "I could not deliver the starting-soon reminder for the 9th Informal Meeting of the Alliance to 1 of 3:\n" +
            "- Phil Reichel: blocked the bot (403 ConversationBlockedByUser)\n" +
            "They did not get it from me, so please pass it on another way.", summary.Activity.Text);
        var deliveries = await scenario.DeliveriesAsync();
        Assert.Equal("blocked the bot (403 ConversationBlockedByUser)",
            deliveries.Single(d => d.Recipient == ReminderDeliveryRecord.Member(Phil.Id)).FailureReason);
        Assert.Equal(ReminderDeliveryStatus.Sent, deliveries.Single(d => d.Recipient == ReminderDeliveryRecord.Summary(Tobias.Id)).Status);
    }

    [Fact]
    public async Task A_channel_the_bot_was_removed_from_is_reported_and_marked_inactive()
    {
        await using var scenario = await ScheduledAsync();
        scenario.Channel.FailConversation(ChannelA, 403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
        var soon = await scenario.ScheduledAsync(ReminderKind.StartingSoon);

        await scenario.RunJobAsync(soon);

        var summary = Assert.Single(scenario.Reminders("I could not deliver"));
        Assert.Equal(FakeChannelServer.PersonalConversationId(Tobias.Id), summary.ConversationId);
        Assert.Contains("- the meeting's channel: the bot was removed from it (403 BotNotInConversationRoster)", summary.Activity.Text);
    }

    [Fact]
    public async Task A_1to1_chat_opened_once_is_reused_for_the_next_reminder()
    {
        await using var scenario = await ReminderScenario.StartAsync(ReminderScenario.Utc("2027-03-30T10:00Z"));
        await scenario.MeetTheTeamAsync();
        await scenario.ScheduleAsync();
        await scenario.Chat.SayAsync(Maria, "remind me");

        await scenario.RunJobAsync(await scenario.ScheduledAsync(ReminderKind.DayBefore));
        await scenario.RunJobAsync(await scenario.ScheduledAsync(ReminderKind.StartingSoon));

        Assert.Equal([Maria.Id], scenario.Channel.CreatedConversationsFor);
        var personal = scenario.Channel.Messages.Where(m => m.ConversationId == FakeChannelServer.PersonalConversationId(Maria.Id)).ToList();
        Assert.Equal(2, personal.Count);
        Assert.StartsWith("**The 9th Informal Meeting of the Alliance is in 2 days**", personal[0].Activity.Text);
        Assert.Contains("Agenda:\n1. Updates from the Alliance", personal[0].Activity.Text);
        // The day before, the reminder offers the meeting's calendar file; the starting-soon one does not.
        Assert.Matches(@"\nAdd to calendar: http://127\.0\.0\.1:\d+/files/[A-Za-z0-9_-]+$", personal[0].Activity.Text);
        Assert.DoesNotContain("Add to calendar", personal[1].Activity.Text);
    }

    [Fact]
    public async Task Remind_me_said_in_the_1to1_chat_sends_there_without_opening_a_new_chat()
    {
        await using var scenario = await ScheduledAsync();
        var answer = Assert.Single(await scenario.Chat.SayPrivatelyAsync(Maria, "remind me"));

        await scenario.RunJobAsync(await scenario.ScheduledAsync(ReminderKind.StartingSoon));

        Assert.StartsWith("From now on I send you the reminders of your team's meetings here, in our 1:1 chat.", answer);
        Assert.Empty(scenario.Channel.CreatedConversationsFor);
        Assert.Single(scenario.Reminders("starts in"), r => r.ConversationId == "a:personal-" + Maria.Id);
    }
}
