using Ical.Net.CalendarComponents;
using MeetingBot.Documents.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace MeetingBot.Documents.Tests.Calendar;

/// <summary>Meetings of the alliance as the scheduler hands them to the writer, and the file read back.</summary>
internal static class CalendarSamples
{
    public static readonly Guid NinthMeetingId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static readonly DateTimeOffset Stamp = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The 9th informal meeting: 25 March 2027, 15:00–16:30 in Vienna (still CET, so 14:00 UTC).</summary>
    public static CalendarEntry NinthMeeting() => new(
        NinthMeetingId,
        "9th Informal Meeting of the Alliance",
        new DateTimeOffset(2027, 3, 25, 14, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2027, 3, 25, 15, 30, 0, TimeSpan.Zero),
        "Europe/Vienna",
        Location: null,
        JoinUrl: "https://alliance.webex.com/meet/informal",
        Description: "1. Welcome by the chair\n2. Briefing on the CCPCJ\n3. Tour de table",
        Sequence: 0,
        Cancelled: false,
        StampUtc: Stamp,
        OrganizerName: "Tobias Krachler, Secretary",
        OrganizerEmail: "secretary@alliance.example.org");

    /// <summary>A meeting at the given wall-clock time in <paramref name="zoneId"/>, lasting 90 minutes.</summary>
    public static CalendarEntry At(string zoneId, DateTime localStart, Guid? id = null)
    {
        var zone = MeetingBot.Domain.Time.ZoneResolver.Resolve(zoneId).Zone;
        var startUtc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(localStart, zone), TimeSpan.Zero);
        return NinthMeeting() with
        {
            MeetingId = id ?? Guid.NewGuid(),
            TimeZoneId = zoneId,
            StartUtc = startUtc,
            EndUtc = startUtc.AddMinutes(90),
        };
    }

    public static IcalCalendar Parse(string ics) =>
        IcalCalendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net read no calendar.");

    public static CalendarEvent SingleEvent(string ics) => Assert.Single(Parse(ics).Events);

    /// <summary>The file's lines with folding undone (RFC 5545 3.1), for looking at properties as written.</summary>
    public static IReadOnlyList<string> UnfoldedLines(string ics) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal)
            .Replace("\r\n\t", "", StringComparison.Ordinal)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    public static int Count(string ics, string line) => UnfoldedLines(ics).Count(l => l == line);
}
