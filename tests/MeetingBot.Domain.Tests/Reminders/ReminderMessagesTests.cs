using System.Globalization;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Reminders;

namespace MeetingBot.Domain.Tests.Reminders;

/// <summary>The reminder texts: the channel's with the meeting's own time, the 1:1 one with the member's too.</summary>
public sealed class ReminderMessagesTests
{
    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The 9th Informal Meeting, Thu 1 Apr 2027 15:00-16:30 Vienna, on Webex with a join link.</summary>
    private static Meeting Meeting()
    {
        var series = new MeetingSeries { ScopeId = "team-1", HomeConversationKey = "conv-1", Title = "Informal Meeting of the Alliance", LastNumber = 8 };
        var meeting = series.CreateMeeting(Utc("2027-04-01T13:00Z"), Utc("2027-03-01T09:00Z"));
        meeting.JoinUrl = "https://example.webex.com/meet/alliance";
        return meeting;
    }

    [Fact]
    public void A_1to1_reminder_shows_the_meetings_time_and_the_members()
    {
        var text = ReminderMessages.ForMember(Meeting(), ReminderKind.StartingSoon, Utc("2027-04-01T12:45Z"), late: false, "America/New_York");

        Assert.StartsWith("**The 9th Informal Meeting of the Alliance starts in 15 minutes**: Thu 1 Apr 2027, 15:00 Vienna time, 09:00 your time.", text);
        Assert.Contains("Join: https://example.webex.com/meet/alliance", text);
        Assert.Contains("say reminders off to stop", text);
    }

    [Theory]
    [InlineData(null, "Thu 1 Apr 2027, 15:00 Vienna time")]
    [InlineData("Europe/Berlin", "Thu 1 Apr 2027, 15:00 Vienna time")]
    [InlineData("America/New_York", "Thu 1 Apr 2027, 15:00 Vienna time, 09:00 your time")]
    [InlineData("Asia/Tokyo", "Thu 1 Apr 2027, 15:00 Vienna time, 22:00 your time")]
    [InlineData("Pacific/Auckland", "Thu 1 Apr 2027, 15:00 Vienna time, Fri 2 Apr 02:00 your time")]
    [InlineData("UTC+05:30", "Thu 1 Apr 2027, 15:00 Vienna time, 18:30 your time")]
    public void The_members_time_is_added_only_when_their_clock_differs(string? viewer, string expected) =>
        Assert.Equal(expected, ReminderMessages.PersonalTime(Utc("2027-04-01T13:00Z"), "Europe/Vienna", viewer));

    [Fact]
    public void A_channel_reminder_shows_the_meetings_zone_and_offset()
    {
        var text = ReminderMessages.ForChannel(Meeting(), ReminderKind.CallForItems, Utc("2027-03-25T14:00Z"), late: false);

        Assert.Equal(
            "**Call for agenda items**: the 9th Informal Meeting of the Alliance is on Thu 1 Apr 2027, 15:00 - 16:30 (Europe/Vienna, GMT+2).\n" +
            "Add your items until 30 Mar 2027, 15:00 (GMT+2) with: agenda add <title>", text);
    }

    [Fact]
    public void A_late_reminder_is_marked_late()
    {
        var text = ReminderMessages.ForChannel(Meeting(), ReminderKind.StartingSoon, Utc("2027-04-01T12:52Z"), late: true);

        Assert.StartsWith("**The 9th Informal Meeting of the Alliance starts in 8 minutes** (late):", text);
    }

    [Fact]
    public void The_day_before_reminder_lists_the_agenda_and_the_join_link()
    {
        var text = ReminderMessages.ForChannel(Meeting(), ReminderKind.DayBefore, Utc("2027-03-31T13:00Z"), late: false);

        Assert.StartsWith("**The 9th Informal Meeting of the Alliance is tomorrow**", text);
        Assert.Contains("Join: https://example.webex.com/meet/alliance\nAgenda:\n1. Updates from the Alliance\n2. Updates from partners\n3. Tour de table\n4. AOB", text);
    }

    [Fact]
    public void The_deadline_reminder_says_until_when_in_the_members_time()
    {
        var text = ReminderMessages.ForMember(Meeting(), ReminderKind.AgendaDeadline, Utc("2027-03-29T13:00Z"), late: false, "America/New_York");

        Assert.StartsWith("**Agenda deadline tomorrow**: the 9th Informal Meeting", text);
        Assert.Contains("Add your items until Tue 30 Mar 2027, 15:00 Vienna time, 09:00 your time with: agenda add <title>", text);
    }

    [Theory]
    [InlineData("2027-04-01T12:45Z", "in 15 minutes")]
    [InlineData("2027-04-01T12:59Z", "in 1 minute")]
    [InlineData("2027-04-01T11:00Z", "in 2 hours")]
    [InlineData("2027-04-01T10:30Z", "in 2 hours 30 minutes")]
    [InlineData("2027-04-01T05:00Z", "today")]
    [InlineData("2027-03-31T13:00Z", "tomorrow")]
    [InlineData("2027-03-29T13:00Z", "in 3 days")]
    public void Relative_times_read_naturally(string now, string expected) =>
        Assert.Equal(expected, ReminderMessages.Relative(Utc(now), Utc("2027-04-01T13:00Z"), "Europe/Vienna"));

    [Fact]
    public void The_secretarys_summary_lists_who_was_not_reached_and_why()
    {
        var text = ReminderMessages.NotReachedSummary(Meeting(), ReminderKind.StartingSoon,
            [new NotReached("Phil Reichel", "blocked the bot"), new NotReached("Maria Costa", "removed the bot")], attempted: 5);

        Assert.Equal(
            "I could not deliver the starting-soon reminder for the 9th Informal Meeting of the Alliance to 2 of 5:\n" +
            "- Maria Costa: removed the bot\n- Phil Reichel: blocked the bot\n" +
            "They did not get it from me, so please pass it on another way.", text);
    }
}
