using MeetingBot.Domain.Time;
using static MeetingBot.Domain.Tests.Time.TestClock;

namespace MeetingBot.Domain.Tests.Time;

/// <summary>The alliance writes meeting times as "31 Aug 2020, 15:30 - 17:00 (GMT+2)"; these pin that style.</summary>
public sealed class TimeZoneLabelTests
{
    [Theory]
    [InlineData("2020-08-31T13:30Z", "2020-08-31T15:00Z", "Europe/Vienna", "31 Aug 2020, 15:30 - 17:00 (GMT+2)")]
    [InlineData("2027-01-15T14:30Z", "2027-01-15T16:00Z", "Europe/Vienna", "15 Jan 2027, 15:30 - 17:00 (GMT+1)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "America/New_York", "31 Aug 2027, 09:30 - 11:00 (GMT-4)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "Asia/Kolkata", "31 Aug 2027, 19:00 - 20:30 (GMT+5:30)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "Asia/Kathmandu", "31 Aug 2027, 19:15 - 20:45 (GMT+5:45)")]
    [InlineData("2027-01-15T13:30Z", "2027-01-15T15:00Z", "America/St_Johns", "15 Jan 2027, 10:00 - 11:30 (GMT-3:30)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "UTC", "31 Aug 2027, 13:30 - 15:00 (GMT)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "Europe/London", "31 Aug 2027, 14:30 - 16:00 (GMT+1)")]
    [InlineData("2027-01-15T13:30Z", "2027-01-15T15:00Z", "Europe/London", "15 Jan 2027, 13:30 - 15:00 (GMT)")]
    [InlineData("2027-08-31T13:30Z", "2027-08-31T15:00Z", "UTC+02:00", "31 Aug 2027, 15:30 - 17:00 (GMT+2)")]
    [InlineData("2027-09-01T05:00Z", "2027-09-01T06:00Z", "Africa/Nairobi", "1 Sep 2027, 08:00 - 09:00 (GMT+3)")]
    [InlineData("2027-08-31T21:00Z", "2027-08-31T23:00Z", "Europe/Vienna", "31 Aug 2027, 23:00 - 1 Sep 2027, 01:00 (GMT+2)")]
    [InlineData("2027-10-31T00:30Z", "2027-10-31T01:30Z", "Europe/Vienna", "31 Oct 2027, 02:30 (GMT+2) - 02:30 (GMT+1)")]
    public void FormatRange_writes_the_alliance_style(string start, string end, string zoneId, string expected)
    {
        Assert.Equal(expected, TimeZoneLabel.FormatRange(Utc(start), Utc(end), zoneId));
    }

    [Theory]
    [InlineData("2027-08-31T13:30Z", "Europe/Vienna", "Tue 31 Aug 2027, 15:30 (Europe/Vienna, GMT+2)")]
    [InlineData("2027-03-12T20:00Z", "America/New_York", "Fri 12 Mar 2027, 15:00 (America/New_York, GMT-5)")]
    [InlineData("2027-08-31T13:30Z", "UTC+02:00", "Tue 31 Aug 2027, 15:30 (GMT+2)")]
    [InlineData("2027-08-31T13:30Z", "W. Europe Standard Time", "Tue 31 Aug 2027, 15:30 (Europe/Berlin, GMT+2)")]
    public void FormatInZone_names_the_weekday_zone_and_offset(string instant, string zoneId, string expected)
    {
        Assert.Equal(expected, TimeZoneLabel.FormatInZone(Utc(instant), zoneId));
    }

    [Theory]
    [InlineData(0, 0, "GMT")]
    [InlineData(2, 0, "GMT+2")]
    [InlineData(-5, 0, "GMT-5")]
    [InlineData(5, 30, "GMT+5:30")]
    [InlineData(-3, -30, "GMT-3:30")]
    [InlineData(14, 0, "GMT+14")]
    public void FormatOffset_drops_zero_minutes_and_zero_offsets(int hours, int minutes, string expected)
    {
        Assert.Equal(expected, TimeZoneLabel.FormatOffset(new TimeSpan(hours, minutes, 0)));
    }

    [Fact]
    public void Format_writes_one_instant_in_the_alliance_style()
    {
        Assert.Equal("31 Aug 2027, 15:30 (GMT+2)", TimeZoneLabel.Format(Utc("2027-08-31T13:30Z"), "Europe/Vienna"));
    }

    [Fact]
    public void A_formatted_range_reads_back_to_the_same_instants()
    {
        var text = TimeZoneLabel.FormatRange(Utc("2027-08-31T13:30Z"), Utc("2027-08-31T15:00Z"), "Europe/Vienna");

        var result = Reader().Read(text, "Asia/Tokyo");

        Assert.Equal(Utc("2027-08-31T13:30Z"), result.Start);
        Assert.Equal(Utc("2027-08-31T15:00Z"), result.End);
    }

    [Fact]
    public void A_confirmation_reads_back_to_the_same_instant_and_zone()
    {
        var text = TimeZoneLabel.FormatInZone(Utc("2027-08-31T13:30Z"), "America/New_York");

        var result = Reader().Read(text, Vienna);

        Assert.Equal(Utc("2027-08-31T13:30Z"), result.Start);
        Assert.Equal("America/New_York", result.TimeZoneId);
    }

    [Fact]
    public void An_end_before_the_start_cannot_be_formatted()
    {
        Assert.Throws<ArgumentException>(() =>
            TimeZoneLabel.FormatRange(Utc("2027-08-31T15:00Z"), Utc("2027-08-31T13:30Z"), Vienna));
    }

    [Fact]
    public void An_unknown_zone_cannot_be_formatted()
    {
        var error = Assert.Throws<TimeZoneNotFoundException>(() =>
            TimeZoneLabel.FormatRange(Utc("2027-08-31T13:30Z"), Utc("2027-08-31T15:00Z"), "Mars/Olympus"));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }
}
