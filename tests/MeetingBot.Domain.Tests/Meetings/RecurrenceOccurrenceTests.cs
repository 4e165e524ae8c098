using MeetingBot.Domain.Meetings;
using static MeetingBot.Domain.Tests.Meetings.MeetingFixtures;

namespace MeetingBot.Domain.Tests.Meetings;

/// <summary>
/// 2027 clock changes: Vienna springs forward on 28 March and falls back on 31 October (02:00-03:00); New York springs
/// forward on 14 March and falls back on 7 November (01:00-02:00).
/// </summary>
public sealed class RecurrenceOccurrenceTests
{
    [Theory]
    [InlineData("every second Thursday of the month at 15:00", Vienna, "2027-03-01T00:00Z",
        "2027-03-11T14:00Z", "2027-04-08T13:00Z", "2027-05-13T13:00Z")]
    [InlineData("every second Thursday of the month at 15:00", NewYork, "2027-03-01T00:00Z",
        "2027-03-11T20:00Z", "2027-04-08T19:00Z", "2027-05-13T19:00Z")]
    [InlineData("every Tuesday at 10:00", NewYork, "2027-03-01T00:00Z",
        "2027-03-02T15:00Z", "2027-03-09T15:00Z", "2027-03-16T14:00Z")]
    [InlineData("every Thursday at 15:00", Vienna, "2027-03-17T00:00Z",
        "2027-03-18T14:00Z", "2027-03-25T14:00Z", "2027-04-01T13:00Z")]
    [InlineData("every Thursday at 15:00", Vienna, "2027-10-20T00:00Z",
        "2027-10-21T13:00Z", "2027-10-28T13:00Z", "2027-11-04T14:00Z")]
    [InlineData("every last Friday of the month at 10:00", Vienna, "2027-10-01T00:00Z",
        "2027-10-29T08:00Z", "2027-11-26T09:00Z", "2027-12-31T09:00Z")]
    [InlineData("every fifth Friday of the month at 10:00", Vienna, "2027-01-01T00:00Z",
        "2027-01-29T09:00Z", "2027-04-30T08:00Z", "2027-07-30T08:00Z")]
    [InlineData("every Tuesday at 10:00 America/New_York", Vienna, "2027-03-01T00:00Z",
        "2027-03-02T15:00Z", "2027-03-09T15:00Z", "2027-03-16T14:00Z")]
    public void Occurrences_keep_the_wall_clock_time_across_daylight_saving(
        string text, string zone, string after, string first, string second, string third)
    {
        var rule = Parse(text);

        var starts = rule.NextOccurrences(Utc(after), zone, 3);

        Assert.Equal([Utc(first), Utc(second), Utc(third)], starts);
    }

    [Fact]
    public void A_day_the_month_lacks_is_skipped_not_moved()
    {
        var starts = Parse("monthly on the 31st at 15:00").NextOccurrences(Utc("2027-01-01T00:00Z"), Vienna, 3);

        Assert.Equal([Utc("2027-01-31T14:00Z"), Utc("2027-03-31T13:00Z"), Utc("2027-05-31T13:00Z")], starts);
    }

    [Fact]
    public void A_time_skipped_by_the_clocks_moves_forward_by_the_gap_and_is_flagged()
    {
        var rule = Parse("every Sunday at 02:30");

        var starts = rule.NextOccurrences(Utc("2027-03-20T00:00Z"), Vienna, 3);

        // 21 Mar 02:30 CET; 28 Mar 02:30 does not exist, so 03:30 CEST; 4 Apr 02:30 CEST.
        Assert.Equal([Utc("2027-03-21T01:30Z"), Utc("2027-03-28T01:30Z"), Utc("2027-04-04T00:30Z")], starts);
        Assert.Equal([false, true, false], starts.Select(start => rule.IsShiftedByClockChange(start, Vienna)));
    }

    [Theory]
    [InlineData("every Sunday at 02:30", Vienna, "2027-10-30T00:00Z", "2027-10-31T00:30Z")]
    [InlineData("every Sunday at 01:30", NewYork, "2027-11-06T00:00Z", "2027-11-07T05:30Z")]
    public void A_time_that_happens_twice_takes_the_earlier_one(string text, string zone, string after, string expected)
    {
        var rule = Parse(text);

        var start = Assert.Single(rule.NextOccurrences(Utc(after), zone, 1));

        Assert.Equal(Utc(expected), start);
        Assert.False(rule.IsShiftedByClockChange(start, zone));
    }

    [Fact]
    public void Occurrences_are_strictly_after_the_instant_asked_about()
    {
        var starts = Parse("every second Thursday of the month at 15:00").NextOccurrences(Utc("2027-03-11T14:00Z"), Vienna, 1);

        Assert.Equal([Utc("2027-04-08T13:00Z")], starts);
    }

    [Fact]
    public void A_zone_ahead_of_UTC_finds_the_meeting_on_its_own_calendar_day()
    {
        // 22:30 UTC on Tuesday is already Wednesday 07:30 in Tokyo: that morning's 08:00 meeting is still ahead.
        var starts = Parse("every Wednesday at 08:00 Asia/Tokyo").NextOccurrences(Utc("2027-03-09T22:30Z"), Vienna, 2);

        Assert.Equal([Utc("2027-03-09T23:00Z"), Utc("2027-03-16T23:00Z")], starts);
    }

    [Fact]
    public void Every_other_week_counts_from_its_start_date()
    {
        var rule = Parse("every other Monday at 09:30 starting 2027-09-06");

        var starts = rule.NextOccurrences(Utc("2027-09-10T00:00Z"), Vienna, 3);

        Assert.Equal([Utc("2027-09-20T07:30Z"), Utc("2027-10-04T07:30Z"), Utc("2027-10-18T07:30Z")], starts);
    }

    [Fact]
    public void No_meeting_is_returned_before_the_start_date()
    {
        var starts = Parse("every Tuesday at 10:00 starting 2027-09-14").NextOccurrences(Utc("2027-09-01T00:00Z"), Vienna, 1);

        Assert.Equal([Utc("2027-09-14T08:00Z")], starts);
    }

    [Fact]
    public void Every_other_week_without_a_start_date_counts_from_the_first_meeting_after_the_instant()
    {
        var starts = Parse("every other Monday at 09:30").NextOccurrences(Utc("2027-09-06T12:00Z"), Vienna, 2);

        Assert.Equal([Utc("2027-09-13T07:30Z"), Utc("2027-09-27T07:30Z")], starts);
    }

    [Fact]
    public void Asking_for_no_occurrences_returns_none() =>
        Assert.Empty(Parse("every Tuesday at 10:00").NextOccurrences(Now, Vienna, 0));

    private static RecurrenceRule Parse(string text)
    {
        Assert.True(RecurrenceRule.TryParse(text, out var rule, out var problem), problem);
        return rule;
    }
}
