using System.Text.RegularExpressions;
using MeetingBot.Domain.Time;
using static MeetingBot.Domain.Tests.Time.TestClock;

namespace MeetingBot.Domain.Tests.Time;

/// <summary>
/// 2027 clock changes: Europe/Vienna springs forward on 28 March (02:00 to 03:00) and falls back on 31 October
/// (03:00 to 02:00); America/New_York springs forward on 14 March and falls back on 7 November (02:00 to 01:00).
/// </summary>
public sealed partial class WhenReaderDaylightSavingTests
{
    private const string NewYork = "America/New_York";

    [Theory]
    [InlineData("2027-03-28 02:30", Vienna,
        "2027-03-28 02:30 does not exist in Europe/Vienna: clocks jump from 02:00 to 03:00. Did you mean 03:30?")]
    [InlineData("28 Mar 2:15am", Vienna,
        "2027-03-28 02:15 does not exist in Europe/Vienna: clocks jump from 02:00 to 03:00. Did you mean 03:15?")]
    [InlineData("2027-03-14 02:30", NewYork,
        "2027-03-14 02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00. Did you mean 03:30?")]
    [InlineData("2027-03-28 01:00-02:30", Vienna,
        "2027-03-28 02:30 does not exist in Europe/Vienna: clocks jump from 02:00 to 03:00. Did you mean 03:30?")]
    public void A_time_skipped_by_the_clocks_is_refused_with_the_likely_meaning(string text, string zone, string message)
    {
        var result = Reader().Read(text, zone);

        Assert.Equal(WhenProblem.NonexistentLocalTime, result.Problem);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("2027-10-31 02:30", Vienna,
        "2027-10-31 02:30 happens twice in Europe/Vienna: clocks go back from 03:00 to 02:00. "
        + "Say 02:30 CEST (UTC+2) or 02:30 CET (UTC+1).")]
    [InlineData("2027-11-07 01:30", NewYork,
        "2027-11-07 01:30 happens twice in America/New_York: clocks go back from 02:00 to 01:00. "
        + "Say 01:30 EDT (UTC-4) or 01:30 EST (UTC-5).")]
    [InlineData("2027-10-31 01:30", "Europe/Lisbon",
        "2027-10-31 01:30 happens twice in Europe/Lisbon: clocks go back from 02:00 to 01:00. "
        + "Say 01:30 WEST (UTC+1) or 01:30 WET (UTC).")]
    public void A_time_that_happens_twice_is_refused_with_both_readings(string text, string zone, string message)
    {
        var result = Reader().Read(text, zone);

        Assert.Equal(WhenProblem.AmbiguousLocalTime, result.Problem);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("2027-10-31", "02:30", Vienna, "2027-10-31T00:30Z", "2027-10-31T01:30Z")]
    [InlineData("2027-11-07", "01:30", NewYork, "2027-11-07T05:30Z", "2027-11-07T06:30Z")]
    public void Each_suggested_answer_reads_back_to_its_own_instant(
        string date, string time, string zone, string first, string second)
    {
        var message = Reader().Read($"{date} {time}", zone).Message;
        var suggestions = SuggestionPattern().Match(message);
        Assert.True(suggestions.Success, message);

        var earlier = Reader().Read($"{date} {suggestions.Groups["first"].Value}", zone);
        var later = Reader().Read($"{date} {suggestions.Groups["second"].Value}", zone);

        Assert.Equal(Utc(first), earlier.Start);
        Assert.Equal(Utc(second), later.Start);
    }

    [Theory]
    [InlineData("2027-10-31 02:30 CEST", "2027-10-31T00:30Z", "UTC+02:00")]
    [InlineData("2027-10-31 02:30 CET", "2027-10-31T01:30Z", "UTC+01:00")]
    [InlineData("2027-10-31 02:30 UTC+2", "2027-10-31T00:30Z", "UTC+02:00")]
    [InlineData("2027-10-31 02:30 GMT+1", "2027-10-31T01:30Z", "UTC+01:00")]
    [InlineData("2027-10-31 02:30 CEST (UTC+2)", "2027-10-31T00:30Z", "UTC+02:00")]
    [InlineData("2027-10-31 02:30 Europe/Vienna CEST", "2027-10-31T00:30Z", "Europe/Vienna")]
    [InlineData("2027-10-31 02:30 Europe/Vienna UTC+1", "2027-10-31T01:30Z", "Europe/Vienna")]
    [InlineData("Sun 31 Oct 2027, 02:30 (Europe/Vienna, GMT+1)", "2027-10-31T01:30Z", "Europe/Vienna")]
    [InlineData("2027-11-07 01:30 America/New_York UTC-5", "2027-11-07T06:30Z", "America/New_York")]
    [InlineData("2027-11-07 01:30 EDT", "2027-11-07T05:30Z", "UTC-04:00")]
    public void An_offset_picks_one_reading_of_a_doubled_time(string text, string start, string zoneId)
    {
        var result = Reader().Read(text, Vienna);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Utc(start), result.Start);
        Assert.Equal(zoneId, result.TimeZoneId);
    }

    [Fact]
    public void An_offset_that_fits_neither_reading_is_a_conflict()
    {
        var result = Reader().Read("2027-10-31 02:30 Europe/Vienna UTC+5", Vienna);

        Assert.Equal(WhenProblem.ConflictingTimeZones, result.Problem);
    }

    [Theory]
    [InlineData("2027-03-28 01:30-03:30", Vienna, "2027-03-28T00:30Z", "2027-03-28T01:30Z")]
    [InlineData("2027-10-31 01:30-03:30", Vienna, "2027-10-30T23:30Z", "2027-10-31T02:30Z")]
    [InlineData("2027-03-14 1:30-3:30am", NewYork, "2027-03-14T06:30Z", "2027-03-14T07:30Z")]
    public void A_meeting_may_run_across_a_clock_change(string text, string zone, string start, string end)
    {
        var result = Reader().Read(text, zone);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Utc(start), result.Start);
        Assert.Equal(Utc(end), result.End);
    }

    [Theory]
    [InlineData("2027-03-28 02:30 Asia/Tokyo", "2027-03-27T17:30Z", "Asia/Tokyo")]
    [InlineData("2027-10-31 02:30 Asia/Tokyo", "2027-10-30T17:30Z", "Asia/Tokyo")]
    [InlineData("2027-03-14 02:30 Africa/Nairobi", "2027-03-13T23:30Z", "Africa/Nairobi")]
    [InlineData("2027-11-07 01:30 Africa/Nairobi", "2027-11-06T22:30Z", "Africa/Nairobi")]
    public void Zones_without_daylight_saving_have_no_gaps_or_doubled_hours(string text, string start, string zoneId)
    {
        var result = Reader().Read(text, Vienna);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Utc(start), result.Start);
        Assert.Equal(zoneId, result.TimeZoneId);
    }

    [Fact]
    public void The_same_wall_clock_time_keeps_its_local_meaning_across_the_change()
    {
        var before = Reader().Read("27 Mar 2027 15:00", Vienna);
        var after = Reader().Read("29 Mar 2027 15:00", Vienna);

        Assert.Equal(Utc("2027-03-27T14:00Z"), before.Start);
        Assert.Equal(Utc("2027-03-29T13:00Z"), after.Start);
    }

    [GeneratedRegex(@"Say (?<first>.+?) or (?<second>.+)\.$")]
    private static partial Regex SuggestionPattern();
}
