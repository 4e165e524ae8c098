using MeetingBot.Domain.Time;
using static MeetingBot.Domain.Tests.Time.TestClock;

namespace MeetingBot.Domain.Tests.Time;

/// <summary>
/// How members write meeting times in chat, read at Wednesday 10 March 2027 09:00 UTC with Europe/Vienna as the
/// member's zone unless the row says otherwise. Expected values are UTC instants.
/// </summary>
public sealed class WhenReaderPhrasingTests
{
    [Theory]
    // Dates written out, with and without year; Vienna is UTC+2 on 31 Aug 2027.
    [InlineData("31 Aug 15:30-17:00 Europe/Vienna", Vienna, "2027-08-31T13:30Z", "2027-08-31T15:00Z", "Europe/Vienna")]
    [InlineData("31 August 2027 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("Aug 31 3:30pm", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("August 31st at 3pm", Vienna, "2027-08-31T13:00Z", null, "Europe/Vienna")]
    [InlineData("Aug 31, 2027 15:00", Vienna, "2027-08-31T13:00Z", null, "Europe/Vienna")]
    [InlineData("on the 31st of August at 3pm", Vienna, "2027-08-31T13:00Z", null, "Europe/Vienna")]
    [InlineData("  31   AUG    15:30  ", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("Tue 31 Aug 2027 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    // Numeric dates: year first, or day first.
    [InlineData("2027-08-31 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("2027-08-31T15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("31/08/2027 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("31/08/27 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("31.08.2027 15:30", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    [InlineData("01/09 9:00", Vienna, "2027-09-01T07:00Z", null, "Europe/Vienna")]
    // No year: the next one from today on; 29 Feb waits for 2028. Now (10 Mar 10:00 Vienna) itself is not past.
    [InlineData("29 Feb 10:00", Vienna, "2028-02-29T09:00Z", null, "Europe/Vienna")]
    [InlineData("10 Mar 10:00", Vienna, "2027-03-10T09:00Z", null, "Europe/Vienna")]
    [InlineData("5 Jan 10:00", Vienna, "2028-01-05T09:00Z", null, "Europe/Vienna")]
    // Relative days; today is Wednesday 10 March, Vienna is UTC+1.
    [InlineData("next Tuesday 15:00", Vienna, "2027-03-16T14:00Z", null, "Europe/Vienna")]
    [InlineData("tuesday 15:00", Vienna, "2027-03-16T14:00Z", null, "Europe/Vienna")]
    [InlineData("wednesday 15:00", Vienna, "2027-03-10T14:00Z", null, "Europe/Vienna")]
    [InlineData("wednesday 9:00", Vienna, "2027-03-17T08:00Z", null, "Europe/Vienna")]
    [InlineData("next wednesday 15:00", Vienna, "2027-03-17T14:00Z", null, "Europe/Vienna")]
    [InlineData("this friday 10am", Vienna, "2027-03-12T09:00Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 9am", Vienna, "2027-03-11T08:00Z", null, "Europe/Vienna")]
    [InlineData("today 18:00", Vienna, "2027-03-10T17:00Z", null, "Europe/Vienna")]
    [InlineData("the day after tomorrow 9:00", Vienna, "2027-03-12T08:00Z", null, "Europe/Vienna")]
    [InlineData("in 3 days 10:00", Vienna, "2027-03-13T09:00Z", null, "Europe/Vienna")]
    [InlineData("in 2 hours", Vienna, "2027-03-10T11:00Z", null, "Europe/Vienna")]
    [InlineData("in 45 minutes", Vienna, "2027-03-10T09:45Z", null, "Europe/Vienna")]
    // Zones and offsets after the time.
    [InlineData("31 Aug 15:00 CEST", Vienna, "2027-08-31T13:00Z", null, "UTC+02:00")]
    [InlineData("31 Aug 15:00 CET", Vienna, "2027-08-31T14:00Z", null, "UTC+01:00")]
    [InlineData("31 Aug 15:00 GMT+2", Vienna, "2027-08-31T13:00Z", null, "UTC+02:00")]
    [InlineData("31 Aug 15:00 UTC+05:30", Vienna, "2027-08-31T09:30Z", null, "UTC+05:30")]
    [InlineData("31 Aug 15:00 UTC", Vienna, "2027-08-31T15:00Z", null, "UTC")]
    [InlineData("31 Aug 13:30Z", Vienna, "2027-08-31T13:30Z", null, "UTC")]
    [InlineData("31 Aug 3 pm ET", Vienna, "2027-08-31T19:00Z", null, "America/New_York")]
    [InlineData("12 Mar 3 pm ET", Vienna, "2027-03-12T20:00Z", null, "America/New_York")]
    [InlineData("31 Aug 15:00 EST", Vienna, "2027-08-31T20:00Z", null, "UTC-05:00")]
    [InlineData("31 Aug 10:00 PT", Vienna, "2027-08-31T17:00Z", null, "America/Los_Angeles")]
    [InlineData("31 Aug 2027 3pm America/Los_Angeles", Vienna, "2027-08-31T22:00Z", null, "America/Los_Angeles")]
    [InlineData("12 Mar 9:00 america/new_york", Vienna, "2027-03-12T14:00Z", null, "America/New_York")]
    [InlineData("31 Aug 18:30 Asia/Kolkata (IST)", Vienna, "2027-08-31T13:00Z", null, "Asia/Kolkata")]
    [InlineData("1 Sep 9:00 Asia/Tokyo", Vienna, "2027-09-01T00:00Z", null, "Asia/Tokyo")]
    [InlineData("1 Sep 9:00", "Africa/Nairobi", "2027-09-01T06:00Z", null, "Africa/Nairobi")]
    [InlineData("1 Sep 9:00", "W. Europe Standard Time", "2027-09-01T07:00Z", null, "Europe/Berlin")]
    // The alliance's own formats read back.
    [InlineData("31 Aug 2027, 15:30 - 17:00 (GMT+2)", Vienna, "2027-08-31T13:30Z", "2027-08-31T15:00Z", "UTC+02:00")]
    [InlineData("Tue 31 Aug 2027, 15:30 (Europe/Vienna, GMT+2)", Vienna, "2027-08-31T13:30Z", null, "Europe/Vienna")]
    // Time spellings and ranges.
    [InlineData("tomorrow noon", Vienna, "2027-03-11T11:00Z", null, "Europe/Vienna")]
    [InlineData("tomorrow midnight", Vienna, "2027-03-10T23:00Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 22:00-midnight", Vienna, "2027-03-11T21:00Z", "2027-03-11T23:00Z", "Europe/Vienna")]
    [InlineData("tomorrow 15h30", Vienna, "2027-03-11T14:30Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 15.30", Vienna, "2027-03-11T14:30Z", null, "Europe/Vienna")]
    [InlineData("tomorrow at 15", Vienna, "2027-03-11T14:00Z", null, "Europe/Vienna")]
    [InlineData("15:30 \u2013 17:00 tomorrow", Vienna, "2027-03-11T14:30Z", "2027-03-11T16:00Z", "Europe/Vienna")]
    [InlineData("tomorrow 3-4:30pm", Vienna, "2027-03-11T14:00Z", "2027-03-11T15:30Z", "Europe/Vienna")]
    [InlineData("tomorrow 11-1pm", Vienna, "2027-03-11T10:00Z", "2027-03-11T12:00Z", "Europe/Vienna")]
    [InlineData("tomorrow 9am-5", Vienna, "2027-03-11T08:00Z", "2027-03-11T16:00Z", "Europe/Vienna")]
    [InlineData("tomorrow from 15:30 to 17:00", Vienna, "2027-03-11T14:30Z", "2027-03-11T16:00Z", "Europe/Vienna")]
    [InlineData("tomorrow between 11 and 1pm", Vienna, "2027-03-11T10:00Z", "2027-03-11T12:00Z", "Europe/Vienna")]
    [InlineData("tomorrow 9-17:00", Vienna, "2027-03-11T08:00Z", "2027-03-11T16:00Z", "Europe/Vienna")]
    // 12am is midnight at the start of the day, 12pm is noon.
    [InlineData("tomorrow 12am", Vienna, "2027-03-10T23:00Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 12:30am", Vienna, "2027-03-10T23:30Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 12pm", Vienna, "2027-03-11T11:00Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 12:30 p.m.", Vienna, "2027-03-11T11:30Z", null, "Europe/Vienna")]
    [InlineData("tomorrow 12-1pm", Vienna, "2027-03-11T11:00Z", "2027-03-11T12:00Z", "Europe/Vienna")]
    [InlineData("tomorrow 11:30am-12pm", Vienna, "2027-03-11T10:30Z", "2027-03-11T11:00Z", "Europe/Vienna")]
    // Only a time: the next time the clock shows it (today in New York, where it is 04:00).
    [InlineData("3 pm ET", Vienna, "2027-03-10T20:00Z", null, "America/New_York")]
    [InlineData("15:00", Vienna, "2027-03-10T14:00Z", null, "Europe/Vienna")]
    [InlineData("9:30", Vienna, "2027-03-11T08:30Z", null, "Europe/Vienna")]
    public void Reads_the_instant_members_mean(string text, string zone, string start, string? end, string zoneId)
    {
        var result = Reader().Read(text, zone);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Utc(start), result.Start);
        Assert.Equal(end is null ? null : Utc(end), result.End);
        Assert.Equal(zoneId, result.TimeZoneId);
    }

    [Theory]
    [InlineData("31 Aug 15:30-17:00 Europe/Vienna, on Webex", "on Webex")]
    [InlineData("31 Aug 15:30 on Teams", "on Teams")]
    [InlineData("31 Aug 15:30 in Room 3", "in Room 3")]
    [InlineData("Board meeting on 31 Aug at 3pm on Zoom", "Board meeting on Zoom")]
    [InlineData("31 Aug 15:00 CEST (on Teams/Zoom)", "on Teams/Zoom")]
    [InlineData("we may meet on 31 Aug at 4pm", "we may meet")]
    [InlineData("31 Aug 15:30", "")]
    public void Hands_back_the_text_that_is_not_a_time(string text, string rest)
    {
        var result = Reader().Read(text, Vienna);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(rest, result.Rest);
    }

    [Fact]
    public void Only_a_time_succeeds_without_a_date_so_the_dialog_can_ask()
    {
        var result = Reader().Read("15:00", Vienna);

        Assert.True(result.Succeeded);
        Assert.False(result.HasDate);
        Assert.True(result.HasTime);
        Assert.Equal(new DateTime(2027, 3, 10, 15, 0, 0), result.LocalStart);
    }

    [Fact]
    public void Only_a_date_starts_at_the_beginning_of_that_day()
    {
        var result = Reader().Read("31 Aug", Vienna);

        Assert.True(result.Succeeded);
        Assert.True(result.HasDate);
        Assert.False(result.HasTime);
        Assert.Equal(Utc("2027-08-30T22:00Z"), result.Start);
        Assert.Null(result.End);
    }

    [Fact]
    public void Local_wall_clock_times_are_returned_alongside_the_instants()
    {
        var result = Reader().Read("31 Aug 15:30-17:00", "America/New_York");

        Assert.Equal(new DateTime(2027, 8, 31, 15, 30, 0), result.LocalStart);
        Assert.Equal(new DateTime(2027, 8, 31, 17, 0, 0), result.LocalEnd);
        Assert.Equal(TimeSpan.FromHours(-4), result.Start.Offset);
        Assert.True(result.HasDate && result.HasTime);
    }

    [Fact]
    public void A_seasonal_abbreviation_out_of_season_is_read_as_written_with_a_warning()
    {
        var result = Reader().Read("31 Aug 15:00 CET", Vienna);

        Assert.Equal(Utc("2027-08-31T14:00Z"), result.Start);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(
            "You wrote CET (UTC+1), but on 31 Aug 2027 Central European clocks are on CEST (UTC+2). "
            + "I read 15:00 CET as 14:00 UTC; write CEST if you meant 15:00 on Central European clocks.",
            warning);
    }

    [Fact]
    public void A_seasonal_abbreviation_in_season_has_no_warning()
    {
        var result = Reader().Read("31 Aug 15:00 CEST", Vienna);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Past_times_are_accepted_when_the_caller_allows_them()
    {
        var result = Reader().Read("31 Aug 2020 15:30", Vienna, new WhenReadOptions { AllowPast = true });

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Utc("2020-08-31T13:30Z"), result.Start);
    }
}
