using MeetingBot.Documents.Calendar;
using static MeetingBot.Documents.Tests.Calendar.CalendarSamples;

namespace MeetingBot.Documents.Tests.Calendar;

/// <summary>The subscribable feed of a series: published, refreshed hourly, cancelled meetings marked, not dropped.</summary>
public sealed class CalendarFeedTests
{
    private static IReadOnlyList<CalendarEntry> ThreeMeetings() =>
    [
        At("Europe/Vienna", new DateTime(2027, 4, 1, 15, 0, 0), Guid.Parse("22222222-2222-2222-2222-222222222222")),
        At("Europe/Vienna", new DateTime(2027, 3, 25, 15, 0, 0), Guid.Parse("11111111-1111-1111-1111-111111111111")),
        At("Europe/Vienna", new DateTime(2027, 5, 6, 15, 0, 0), Guid.Parse("33333333-3333-3333-3333-333333333333"))
            with { Cancelled = true, Sequence = 1 },
    ];

    [Fact]
    public void Feed_lists_every_meeting_in_start_order_with_cancelled_ones_marked()
    {
        var calendar = Parse(MeetingCalendarWriter.Feed("Alliance informal meetings", ThreeMeetings()));

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(
            [
                ("11111111111111111111111111111111@meetingbot", "CONFIRMED", 0, new DateTime(2027, 3, 25, 14, 0, 0, DateTimeKind.Utc)),
                ("22222222222222222222222222222222@meetingbot", "CONFIRMED", 0, new DateTime(2027, 4, 1, 13, 0, 0, DateTimeKind.Utc)),
                ("33333333333333333333333333333333@meetingbot", "CANCELLED", 1, new DateTime(2027, 5, 6, 13, 0, 0, DateTimeKind.Utc)),
            ],
            calendar.Events.Select(e => (e.Uid, e.Status, e.Sequence, e.DtStart?.AsUtc)).ToList());
    }

    [Fact]
    public void Feed_names_itself_and_asks_to_be_refreshed_hourly()
    {
        var ics = MeetingCalendarWriter.Feed("Alliance; informal, monthly", ThreeMeetings());

        var lines = UnfoldedLines(ics);
        Assert.Contains("X-WR-CALNAME:Alliance\\; informal\\, monthly", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT1H", lines);
        Assert.Equal("Alliance; informal, monthly", Parse(ics).Properties.Get<string>("X-WR-CALNAME"));
    }

    [Fact]
    public void Meeting_given_twice_appears_once_in_its_latest_version()
    {
        var first = NinthMeeting();
        var moved = first with { StartUtc = first.StartUtc.AddDays(7), EndUtc = first.EndUtc.AddDays(7), Sequence = 1 };

        var calendar = Parse(MeetingCalendarWriter.Feed("Alliance", [moved, first]));

        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(1, meeting.Sequence);
        Assert.Equal(moved.StartUtc.UtcDateTime, meeting.DtStart?.AsUtc);
    }

    [Fact]
    public void Empty_feed_is_still_a_valid_calendar()
    {
        var ics = MeetingCalendarWriter.Feed("Alliance", []);

        var calendar = Parse(ics);
        Assert.Empty(calendar.Events);
        Assert.Empty(calendar.TimeZones);
        Assert.Equal("PUBLISH", calendar.Method);
    }

    [Fact]
    public void Feed_with_meetings_in_two_zones_keeps_each_zone()
    {
        var vienna = At("Europe/Vienna", new DateTime(2027, 3, 25, 15, 0, 0));
        var newYork = At("America/New_York", new DateTime(2027, 11, 8, 9, 0, 0));

        var calendar = Parse(MeetingCalendarWriter.Feed("Alliance", [vienna, newYork]));

        Assert.Equal(
            [("Europe/Vienna", new DateTime(2027, 3, 25, 14, 0, 0, DateTimeKind.Utc)), ("America/New_York", new DateTime(2027, 11, 8, 14, 0, 0, DateTimeKind.Utc))],
            calendar.Events.Select(e => (e.DtStart?.TzId, e.DtStart?.AsUtc)).ToList());
    }
}
