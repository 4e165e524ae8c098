using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class MeetingLifecycleTests
{
    [Fact]
    public void A_numbered_meeting_shows_its_ordinal_in_the_title()
    {
        var meeting = NinthMeeting();

        Assert.Equal("9th Informal Meeting of the Alliance", meeting.DisplayTitle);
        Assert.Equal("Board meeting", PlainMeeting().DisplayTitle);
    }

    [Fact]
    public void Rescheduling_moves_the_meeting_and_says_where_to()
    {
        var meeting = NinthMeeting();

        var result = meeting.Reschedule(Utc("2027-09-07T13:00Z"), Utc("2027-09-07T14:30Z"), "europe/vienna", Now);

        Assert.True(result.Succeeded);
        Assert.Equal("The 9th Informal Meeting of the Alliance is now on Tue 7 Sep 2027, 15:00 - 16:30 "
                     + "(Europe/Vienna, GMT+2).", result.Message);
        Assert.Equal((Utc("2027-09-07T13:00Z"), "Europe/Vienna"), (meeting.StartUtc, meeting.TimeZoneId));
        Assert.Equal(Utc("2027-09-05T13:00Z"), meeting.AgendaDeadlineUtc);
    }

    [Fact]
    public void Rescheduling_into_the_past_is_refused()
    {
        var meeting = NinthMeeting();

        var result = meeting.Reschedule(Utc("2027-08-19T13:00Z"), Utc("2027-08-19T14:30Z"), Vienna, Now);

        Assert.Equal((false, "Thu 19 Aug 2027, 15:00 (Europe/Vienna, GMT+2) is in the past. Give a time from now on."),
            (result.Succeeded, result.Message));
        Assert.Equal(Start, meeting.StartUtc);
    }

    [Theory]
    [InlineData("2027-09-07T13:00Z", "2027-09-07T13:00Z", Vienna, "A meeting must end after it starts.")]
    [InlineData("2027-09-07T13:00Z", "2027-09-08T14:00Z", Vienna, "A meeting can last at most 24 hours.")]
    [InlineData("2027-09-07T13:00Z", "2027-09-07T14:00Z", "Mars/Olympus", "I don't know the time zone \"Mars/Olympus\".")]
    public void Rescheduling_with_bad_times_or_zone_is_refused(string start, string end, string zone, string message)
    {
        var result = NinthMeeting().Reschedule(Utc(start), Utc(end), zone, Now);

        Assert.False(result.Succeeded);
        Assert.StartsWith(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_or_ended_meeting_cannot_be_rescheduled()
    {
        var cancelled = NinthMeeting();
        cancelled.Cancel(Now);
        var ended = NinthMeeting();
        ended.MarkStarted(Start);
        ended.MarkEnded(Start.AddMinutes(90));

        var newStart = Utc("2027-09-07T13:00Z");
        Assert.Equal("The 9th Informal Meeting of the Alliance was cancelled, so it can't be moved. Schedule a new meeting instead.",
            cancelled.Reschedule(newStart, newStart.AddHours(1), Vienna, Now).Message);
        Assert.Equal("The 9th Informal Meeting of the Alliance has already taken place, so it can't be moved. "
                     + "Schedule a new meeting instead.", ended.Reschedule(newStart, newStart.AddHours(1), Vienna, Now).Message);
    }

    [Fact]
    public void Cancelling_a_scheduled_meeting_records_when_and_cannot_be_repeated()
    {
        var meeting = NinthMeeting();

        var first = meeting.Cancel(Now);
        var second = meeting.Cancel(Now);

        Assert.Equal("The 9th Informal Meeting of the Alliance on Tue 31 Aug 2027, 15:30 - 17:00 (Europe/Vienna, GMT+2) "
                     + "is cancelled.", first.Message);
        Assert.Equal((MeetingStatus.Cancelled, (DateTimeOffset?)Now), (meeting.Status, meeting.CancelledAtUtc));
        Assert.False(second.Succeeded);
        Assert.False(meeting.IsOpenForItems(Now));
    }

    [Fact]
    public void A_meeting_under_way_cannot_be_cancelled()
    {
        var meeting = NinthMeeting();
        meeting.MarkStarted(Start);

        var result = meeting.Cancel(Start.AddMinutes(5));

        Assert.Equal("The 9th Informal Meeting of the Alliance is under way, so it can't be cancelled now.", result.Message);
    }

    [Fact]
    public void A_meeting_is_open_for_items_only_while_scheduled_open_and_ahead()
    {
        var meeting = NinthMeeting();

        Assert.True(meeting.IsOpenForItems(Now));
        Assert.False(meeting.IsOpenForItems(Start));
        meeting.AgendaClosed = true;
        Assert.False(meeting.IsOpenForItems(Now));
    }

    [Theory]
    [InlineData("2027-03-29T13:00Z", 2, "2027-03-27T14:00Z")] // Mon 15:00 CEST; Sat 15:00 CET
    [InlineData("2027-11-02T14:00Z", 3, "2027-10-30T13:00Z")] // Tue 15:00 CET; Sat 15:00 CEST
    [InlineData("2027-03-30T00:30Z", 2, "2027-03-28T01:30Z")] // Tue 02:30 CEST; Sun 02:30 skipped, so 03:30 CEST
    [InlineData("2027-08-31T13:30Z", 0, "2027-08-31T13:30Z")]
    public void The_agenda_deadline_keeps_the_wall_clock_time_across_daylight_saving(string start, int days, string deadline)
    {
        var meeting = PlainMeeting();
        meeting.StartUtc = Utc(start);
        meeting.EndUtc = meeting.StartUtc.AddMinutes(90);
        meeting.AgendaDeadlineDays = days;

        Assert.Equal(Utc(deadline), meeting.AgendaDeadlineUtc);
    }

    [Fact]
    public void Instants_are_stored_in_UTC_whatever_offset_they_come_with()
    {
        var meeting = PlainMeeting();

        meeting.StartUtc = new DateTimeOffset(2027, 8, 31, 15, 30, 0, TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.Zero, meeting.StartUtc.Offset);
        Assert.Equal(Start, meeting.StartUtc);
        Assert.Equal(new DateTimeOffset(2027, 8, 31, 15, 30, 0, TimeSpan.FromHours(2)), meeting.LocalStart);
    }
}
