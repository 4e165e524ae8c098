using Ical.Net.CalendarComponents;
using MeetingBot.Documents.Calendar;
using MeetingBot.Domain.Time;
using static MeetingBot.Documents.Tests.Calendar.CalendarSamples;

namespace MeetingBot.Documents.Tests.Calendar;

/// <summary>
/// Ical.Net converts times by TZID from its own copy of the tz database and never reads a VTIMEZONE, but Outlook
/// does. So each VTIMEZONE is judged on its own: Ical.Net's recurrence engine expands its observances and the
/// offsets they give must be the ones .NET gives, hour by hour and at each change, over the meetings' year.
/// </summary>
public sealed class CalendarTimeZoneTests
{
    [Fact]
    public void Each_zone_used_has_one_vtimezone_whose_tzid_matches_the_times()
    {
        var vienna = At("Europe/Vienna", new DateTime(2027, 3, 25, 15, 0, 0));
        var viennaLater = At("Europe/Vienna", new DateTime(2027, 4, 1, 15, 0, 0));
        var newYork = At("America/New_York", new DateTime(2027, 3, 15, 9, 0, 0));

        var calendar = Parse(MeetingCalendarWriter.Feed("Alliance", [vienna, viennaLater, newYork]));

        var zoneIds = calendar.TimeZones.Select(zone => zone.TzId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["America/New_York", "Europe/Vienna"], zoneIds);
        Assert.All(calendar.Events, meeting =>
        {
            Assert.Contains(meeting.DtStart?.TzId, zoneIds);
            Assert.Equal(meeting.DtStart?.TzId, meeting.DtEnd?.TzId);
        });
    }

    [Fact]
    public void Vienna_has_one_standard_and_one_daylight_rule_as_outlook_expects()
    {
        var zone = Assert.Single(Parse(MeetingCalendarWriter.Invitation(NinthMeeting())).TimeZones);

        var observances = zone.TimeZoneInfos.Select(o => (o.Name, o.OffsetFrom?.ToString(), o.OffsetTo?.ToString(), o.RecurrenceRule?.ToString()))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [
                ("DAYLIGHT", "+0100", "+0200", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
                ("STANDARD", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
            ],
            observances);
    }

    [Theory]
    [InlineData("Europe/Vienna")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Lord_Howe")] // half-hour summer time
    [InlineData("Africa/Casablanca")] // leaves summer time for Ramadan: no yearly rule describes it
    [InlineData("America/Sao_Paulo")] // gave up summer time in 2019
    [InlineData("Asia/Kolkata")]
    [InlineData("Etc/GMT-2")]
    [InlineData("UTC+05:30")]
    public void Vtimezone_gives_the_offsets_dotnet_gives_through_the_meetings_year(string zoneId)
    {
        var january = At(zoneId, new DateTime(2027, 1, 14, 15, 0, 0));
        var december = At(zoneId, new DateTime(2027, 12, 16, 15, 0, 0));
        var rules = ZoneResolver.Resolve(zoneId).Zone;

        var zone = Assert.Single(Parse(MeetingCalendarWriter.Feed("Alliance", [january, december])).TimeZones);

        var from = january.StartUtc.UtcDateTime;
        var to = december.EndUtc.UtcDateTime.AddDays(60);
        var onsets = Onsets(zone, to);
        for (var instant = from; instant <= to; instant = instant.AddHours(1))
        {
            Assert.Equal((instant, (TimeSpan?)rules.GetUtcOffset(instant)), (instant, OffsetAt(onsets, instant)));
        }

        foreach (var (changeUtc, _) in onsets.Where(o => o.Utc > from && o.Utc <= to))
        {
            var justBefore = changeUtc.AddSeconds(-1);
            Assert.Equal((justBefore, (TimeSpan?)rules.GetUtcOffset(justBefore)), (justBefore, OffsetAt(onsets, justBefore)));
            Assert.Equal((changeUtc, (TimeSpan?)rules.GetUtcOffset(changeUtc)), (changeUtc, OffsetAt(onsets, changeUtc)));
        }
    }

    [Fact]
    public void Feed_over_several_years_follows_a_zone_that_stopped_changing()
    {
        var before = At("America/Sao_Paulo", new DateTime(2017, 12, 5, 15, 0, 0));
        var after = At("America/Sao_Paulo", new DateTime(2027, 12, 7, 15, 0, 0));
        var rules = ZoneResolver.Resolve("America/Sao_Paulo").Zone;

        var zone = Assert.Single(Parse(MeetingCalendarWriter.Feed("Alliance", [before, after])).TimeZones);

        var onsets = Onsets(zone, after.EndUtc.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(-2), OffsetAt(onsets, before.StartUtc.UtcDateTime));
        Assert.Equal(TimeSpan.FromHours(-3), OffsetAt(onsets, after.StartUtc.UtcDateTime));
        Assert.Equal((TimeSpan?)rules.GetUtcOffset(before.StartUtc), OffsetAt(onsets, before.StartUtc.UtcDateTime));
    }

    /// <summary>When each observance begins (as UTC) and the offset it brings, up to <paramref name="until"/>.</summary>
    private static List<(DateTime Utc, TimeSpan Offset)> Onsets(VTimeZone zone, DateTime until)
    {
        var onsets = new List<(DateTime Utc, TimeSpan Offset)>();
        foreach (var observance in zone.TimeZoneInfos)
        {
            var from = observance.OffsetFrom?.Offset ?? throw new InvalidOperationException("TZOFFSETFROM is missing.");
            var to = observance.OffsetTo?.Offset ?? throw new InvalidOperationException("TZOFFSETTO is missing.");
            var start = observance.DtStart ?? throw new InvalidOperationException("DTSTART is missing.");
            foreach (var occurrence in observance.GetOccurrences(start, options: null))
            {
                var utc = DateTime.SpecifyKind(occurrence.Period.StartTime.Value - from, DateTimeKind.Utc);
                if (utc > until)
                {
                    break;
                }

                onsets.Add((utc, to));
            }
        }

        return onsets.OrderBy(o => o.Utc).ToList();
    }

    private static TimeSpan? OffsetAt(List<(DateTime Utc, TimeSpan Offset)> onsets, DateTime utc)
    {
        var applying = onsets.LastOrDefault(o => o.Utc <= utc);
        return applying == default ? null : applying.Offset;
    }
}
