using System.Globalization;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Domain.Tests.Reminders;

/// <summary>
/// When reminders fire: offsets in days keep the wall-clock time of the meeting's zone across daylight-saving
/// changes; offsets in hours and minutes are exact durations.
/// </summary>
public sealed class ReminderDueTimeTests
{
    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static Meeting MeetingAt(string startUtc, string zone, int deadlineDays = 2) => new()
    {
        ScopeId = "team-1",
        ConversationKey = "conv-1",
        Title = "Informal Meeting of the Alliance",
        StartUtc = Utc(startUtc),
        EndUtc = Utc(startUtc).AddMinutes(90),
        TimeZoneId = zone,
        AgendaDeadlineDays = deadlineDays,
    };

    /// <summary>Zone, meeting start (UTC), offset, expected due instant (UTC), and why.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // Vienna, 1 Apr 2027 15:00 CEST (13:00 UTC), after the change of 28 March.
        { "Europe/Vienna", "2027-04-01T13:00Z", "7 days", "2027-03-25T14:00Z", "15:00 CET a week earlier" },
        { "Europe/Vienna", "2027-04-01T13:00Z", "15 minutes", "2027-04-01T12:45Z", "exact duration" },
        { "Europe/Vienna", "2027-04-01T13:00Z", "168 hours", "2027-03-25T13:00Z", "a week of hours is 14:00 Vienna time" },
        { "Europe/Vienna", "2027-04-01T13:00Z", "1 day", "2027-03-31T13:00Z", "no change in between" },
        // Vienna in autumn: 30 Oct 2027 is the last day of summer time.
        { "Europe/Vienna", "2027-11-02T14:00Z", "7 days", "2027-10-26T13:00Z", "15:00 CEST a week earlier" },
        { "Europe/Vienna", "2027-11-01T14:00Z", "2 days", "2027-10-30T13:00Z", "15:00 across the October change" },
        { "Europe/Vienna", "2027-11-01T14:00Z", "48 hours", "2027-10-30T14:00Z", "16:00 CEST: 48 exact hours" },
        // New York, 18 Mar 2027 10:00 EDT (14:00 UTC), after the change of 14 March.
        { "America/New_York", "2027-03-18T14:00Z", "7 days", "2027-03-11T15:00Z", "10:00 EST a week earlier" },
        { "America/New_York", "2027-03-18T14:00Z", "15 minutes", "2027-03-18T13:45Z", "exact duration" },
        { "America/New_York", "2027-03-14T13:00Z", "1 day", "2027-03-13T14:00Z", "09:00 EST the day before the change" },
        { "America/New_York", "2027-03-14T13:00Z", "24 hours", "2027-03-13T13:00Z", "08:00 EST: 24 exact hours" },
        { "America/New_York", "2027-11-08T14:00Z", "7 days", "2027-11-01T13:00Z", "09:00 EDT before the November change" },
        // Tokyo has no daylight saving: days and hours agree.
        { "Asia/Tokyo", "2027-04-01T13:00Z", "7 days", "2027-03-25T13:00Z", "22:00 a week earlier" },
        { "Asia/Tokyo", "2027-04-01T13:00Z", "168 hours", "2027-03-25T13:00Z", "the same instant" },
        { "Asia/Tokyo", "2027-04-01T13:00Z", "15 minutes", "2027-04-01T12:45Z", "exact duration" },
        // A fixed offset never changes either.
        { "UTC+03:00", "2027-03-30T12:00Z", "7 days", "2027-03-23T12:00Z", "fixed offset" },
        // A wall-clock time the clocks skip (02:30 on 28 Mar 2027 in Vienna) moves forward by the gap.
        { "Europe/Vienna", "2027-04-04T00:30Z", "7 days", "2027-03-28T01:30Z", "02:30 does not exist: 03:30 CEST" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reminder_due_time_keeps_wall_clock_for_days_and_exact_durations_otherwise(string zone, string startUtc, string offset, string expectedUtc, string why)
    {
        Assert.True(ReminderOffset.TryParse(offset, out var parsed, out var problem), problem);

        var due = parsed.Before(Utc(startUtc), zone);

        Assert.True(Utc(expectedUtc) == due, $"{zone} {startUtc} - {offset}: expected {expectedUtc} ({why}), got {due:u}");
    }

    [Fact]
    public void Reminder_seven_days_before_keeps_wall_clock_time_across_DST()
    {
        var meeting = MeetingAt("2027-04-01T13:00Z", "Europe/Vienna");

        var due = ReminderPlan.DefaultFor(Guid.NewGuid()).DueUtc(meeting, ReminderKind.CallForItems);

        Assert.Equal(Utc("2027-03-25T14:00Z"), due);
    }

    [Fact]
    public void The_default_plan_gives_four_reminders_in_order()
    {
        var meeting = MeetingAt("2027-04-01T13:00Z", "Europe/Vienna", deadlineDays: 2);

        var due = ReminderPlan.DefaultFor(Guid.NewGuid()).DueTimes(meeting);

        Assert.Equal(
        [
            new DueReminder(ReminderKind.CallForItems, Utc("2027-03-25T14:00Z")),
            new DueReminder(ReminderKind.AgendaDeadline, Utc("2027-03-29T13:00Z")), // the day before the deadline of 30 Mar 15:00
            new DueReminder(ReminderKind.DayBefore, Utc("2027-03-31T13:00Z")),
            new DueReminder(ReminderKind.StartingSoon, Utc("2027-04-01T12:45Z")),
        ], due);
    }

    [Fact]
    public void A_meeting_without_an_agenda_deadline_gets_no_deadline_reminder()
    {
        var meeting = MeetingAt("2027-04-01T13:00Z", "Europe/Vienna", deadlineDays: 0);

        Assert.Null(ReminderPlan.DefaultFor(Guid.NewGuid()).DueUtc(meeting, ReminderKind.AgendaDeadline));
    }

    [Fact]
    public void A_kind_switched_off_is_not_due_and_a_moved_kind_uses_its_new_offset()
    {
        var meeting = MeetingAt("2027-04-01T13:00Z", "Europe/Vienna");
        var plan = ReminderPlan.DefaultFor(Guid.NewGuid());

        plan.SwitchOff(ReminderKind.DayBefore);
        plan.Move(ReminderKind.StartingSoon, ReminderOffset.Minutes(30));
        plan.Move(ReminderKind.CallForItems, ReminderOffset.Days(10));

        Assert.Null(plan.DueUtc(meeting, ReminderKind.DayBefore));
        Assert.Equal(Utc("2027-04-01T12:30Z"), plan.DueUtc(meeting, ReminderKind.StartingSoon));
        Assert.Equal(Utc("2027-03-22T14:00Z"), plan.DueUtc(meeting, ReminderKind.CallForItems));
        Assert.Equal(3, plan.DueTimes(meeting).Count);
    }

    [Fact]
    public void Switching_a_kind_on_again_keeps_its_offset()
    {
        var plan = ReminderPlan.DefaultFor(Guid.NewGuid());
        plan.Move(ReminderKind.StartingSoon, ReminderOffset.Minutes(30));
        plan.SwitchOff(ReminderKind.StartingSoon);

        plan.SwitchOn(ReminderKind.StartingSoon);

        Assert.Equal(new ReminderRule(ReminderKind.StartingSoon, true, ReminderOffset.Minutes(30)), plan.Rule(ReminderKind.StartingSoon));
    }

    [Fact]
    public void A_kind_muted_in_the_channel_is_still_due()
    {
        var meeting = MeetingAt("2027-04-01T13:00Z", "Europe/Vienna");
        var plan = ReminderPlan.DefaultFor(Guid.NewGuid());

        plan.MuteInChannel(ReminderKind.StartingSoon);

        Assert.True(plan.IsMutedInChannel(ReminderKind.StartingSoon));
        Assert.NotNull(plan.DueUtc(meeting, ReminderKind.StartingSoon));
        plan.UnmuteInChannel(ReminderKind.StartingSoon);
        Assert.False(plan.IsMutedInChannel(ReminderKind.StartingSoon));
    }
}
