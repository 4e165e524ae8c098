using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

public sealed class MeetingWhenTextTests
{
    private const string InVienna = "Tue 31 Aug 2027, 15:30 - 17:00 (Europe/Vienna, GMT+2)";

    [Theory]
    [InlineData(null, InVienna)]
    [InlineData(Vienna, InVienna)]
    [InlineData("europe/vienna", InVienna)]
    [InlineData("Europe/Berlin", InVienna)]
    [InlineData("Mars/Olympus", InVienna)]
    [InlineData(NewYork, InVienna + "; 09:30 - 11:00 your time (America/New_York)")]
    [InlineData("Asia/Tokyo", InVienna + "; 22:30 - Wed 1 Sep 2027, 00:00 your time (Asia/Tokyo)")]
    [InlineData("Pacific/Auckland", InVienna + "; Wed 1 Sep 2027, 01:30 - 03:00 your time (Pacific/Auckland)")]
    [InlineData("Asia/Kolkata", InVienna + "; 19:00 - 20:30 your time (Asia/Kolkata)")]
    [InlineData("UTC+2", InVienna)]
    [InlineData("UTC", InVienna + "; 13:30 - 15:00 your time (UTC)")]
    public void The_meeting_time_is_shown_in_its_zone_and_in_the_viewers(string? viewer, string expected) =>
        Assert.Equal(expected, NinthMeeting().WhenText(viewer));

    [Fact]
    public void Between_the_American_and_European_clock_changes_the_gap_is_five_hours()
    {
        var meeting = PlainMeeting();
        meeting.StartUtc = Utc("2027-03-18T14:00Z");
        meeting.EndUtc = Utc("2027-03-18T15:30Z");

        Assert.Equal("Thu 18 Mar 2027, 15:00 - 16:30 (Europe/Vienna, GMT+1); 10:00 - 11:30 your time (America/New_York)",
            meeting.WhenText(NewYork));
    }

    [Fact]
    public void A_meeting_across_a_clock_change_shows_both_offsets()
    {
        var meeting = PlainMeeting();
        meeting.StartUtc = Utc("2027-10-30T23:30Z");
        meeting.EndUtc = Utc("2027-10-31T01:30Z");

        Assert.Equal("Sun 31 Oct 2027, 01:30 - 02:30 (Europe/Vienna, GMT+2 to GMT+1)", meeting.WhenText(null));
    }

    [Fact]
    public void A_meeting_in_a_fixed_offset_zone_shows_only_the_offset()
    {
        var meeting = PlainMeeting();
        meeting.TimeZoneId = "UTC+02:00";

        Assert.Equal("Tue 31 Aug 2027, 15:30 - 17:00 (GMT+2)", meeting.WhenText(null));
    }
}
