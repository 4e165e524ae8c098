using System.Globalization;
using System.Net.Mail;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace MeetingBot.Documents.Calendar;

/// <summary>
/// Writes meetings as iCalendar (RFC 5545) text: an invitation to attach to the agenda and the reminder, and a feed
/// per series that calendar apps poll. The UID depends on the meeting only, so a moved meeting (higher SEQUENCE)
/// replaces the same calendar entry and a cancellation removes it. Times carry the meeting's TZID with a VTIMEZONE,
/// so the entry shows the wall-clock time the chair chose, in every reader's own zone. No clock, no I/O: the caller
/// passes DTSTAMP and the sequence.
/// </summary>
public static class MeetingCalendarWriter
{
    private const string ProductId = "-//MeetingBot//Meeting calendar//EN";
    private const string FallbackTitle = "Meeting";
    private const string FeedRefresh = "PT1H";

    /// <summary>An invitation (METHOD:REQUEST), or a cancellation (METHOD:CANCEL) when the entry is cancelled.</summary>
    /// <exception cref="ArgumentException">The meeting ends before it starts, or its sequence is negative.</exception>
    /// <exception cref="TimeZoneNotFoundException">The meeting's zone is unknown.</exception>
    public static string Invitation(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var calendar = NewCalendar(entry.Cancelled ? CalendarMethods.Cancel : CalendarMethods.Request);
        AddMeetings(calendar, [entry]);
        return Serialize(calendar);
    }

    /// <summary>
    /// A published calendar (METHOD:PUBLISH) named <paramref name="calendarName"/> with every entry in start order;
    /// cancelled ones stay in it as STATUS:CANCELLED so apps that already hold them remove them. When a meeting
    /// appears twice, its highest sequence counts.
    /// </summary>
    public static string Feed(string calendarName, IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = NewCalendar(CalendarMethods.Publish);
        var name = CalendarText.Line(calendarName);
        calendar.AddProperty("X-WR-CALNAME", name.Length > 0 ? name : FallbackTitle);

        // Outlook reads X-PUBLISHED-TTL, newer apps REFRESH-INTERVAL (RFC 7986): both ask for an hourly refresh.
        var refresh = new CalendarProperty("REFRESH-INTERVAL", FeedRefresh);
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", FeedRefresh);

        var latest = entries
            .GroupBy(entry => entry.MeetingId)
            .Select(versions => versions.OrderBy(v => v.Sequence).ThenBy(v => v.StampUtc).Last())
            .OrderBy(entry => entry.StartUtc)
            .ThenBy(entry => entry.MeetingId)
            .ToList();
        AddMeetings(calendar, latest);
        return Serialize(calendar);
    }

    /// <summary>"9th-informal-meeting-of-the-alliance-2027-03-25.ics": the title and the local date of the start.</summary>
    public static string FileName(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var zone = CalendarZone.For(entry.TimeZoneId);
        var localStart = TimeZoneInfo.ConvertTimeFromUtc(entry.StartUtc.UtcDateTime, zone.Rules);
        var slug = CalendarText.Slug(entry.Title);
        var date = localStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{(slug.Length > 0 ? slug : "meeting")}-{date}.ics";
    }

    /// <summary>The UID every version of the meeting's calendar entry carries.</summary>
    public static string Uid(Guid meetingId) => meetingId.ToString("N", CultureInfo.InvariantCulture) + "@meetingbot";

    private static IcalCalendar NewCalendar(string method) => new()
    {
        Method = method,
        ProductId = ProductId,
    };

    private static string Serialize(IcalCalendar calendar) =>
        new CalendarSerializer().SerializeToString(calendar)
        ?? throw new InvalidOperationException("Ical.Net wrote no text for the calendar.");

    private static void AddMeetings(IcalCalendar calendar, IReadOnlyList<CalendarEntry> entries)
    {
        foreach (var entry in entries)
        {
            Validate(entry);
        }

        var zones = entries.Select(entry => (Entry: entry, Zone: CalendarZone.For(entry.TimeZoneId))).ToList();
        foreach (var sameZone in zones.GroupBy(pair => pair.Zone.TzId, StringComparer.Ordinal))
        {
            var first = sameZone.Min(pair => pair.Entry.StartUtc).UtcDateTime;
            var last = sameZone.Max(pair => pair.Entry.EndUtc).UtcDateTime;
            calendar.AddTimeZone(TimeZoneComponent.Build(sameZone.First().Zone, first, last));
        }

        foreach (var (entry, zone) in zones)
        {
            calendar.Events.Add(Event(entry, zone));
        }
    }

    private static void Validate(CalendarEntry entry)
    {
        if (entry.EndUtc <= entry.StartUtc)
        {
            throw new ArgumentException(
                $"The meeting {entry.MeetingId} ends ({entry.EndUtc:O}) before it starts ({entry.StartUtc:O}).", nameof(entry));
        }

        if (entry.Sequence < 0)
        {
            throw new ArgumentException($"The meeting {entry.MeetingId} has a negative sequence ({entry.Sequence}).", nameof(entry));
        }
    }

    private static CalendarEvent Event(CalendarEntry entry, CalendarZone zone)
    {
        var title = CalendarText.Line(entry.Title);
        var location = CalendarText.Line(entry.Location);
        var joinUrl = WebLink(entry.JoinUrl);
        var joinText = CalendarText.Line(entry.JoinUrl);
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(entry.MeetingId),
            Sequence = entry.Sequence,
            DtStamp = new CalDateTime(WholeSeconds(entry.StampUtc), "UTC", hasTime: true),
            DtStart = Moment(entry.StartUtc, zone),
            DtEnd = Moment(entry.EndUtc, zone),
            Summary = title.Length > 0 ? title : FallbackTitle,
            Status = entry.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };

        var where = location.Length > 0 ? location : joinText;
        if (where.Length > 0)
        {
            calendarEvent.Location = where;
        }

        if (joinUrl is not null)
        {
            calendarEvent.Url = joinUrl;
        }

        var description = Description(entry.Description, location, joinText);
        if (description.Length > 0)
        {
            calendarEvent.Description = description;
        }

        if (Organizer(entry.OrganizerName, entry.OrganizerEmail) is { } organizer)
        {
            calendarEvent.Organizer = organizer;
        }

        return calendarEvent;
    }

    /// <summary>
    /// Outlook shows neither URL nor a link hidden behind a room name, so when there is a place as well as a link
    /// the link opens the description.
    /// </summary>
    private static string Description(string? agenda, string location, string joinText)
    {
        var text = CalendarText.Lines(agenda);
        if (location.Length == 0 || joinText.Length == 0)
        {
            return text;
        }

        return text.Length > 0 ? $"Join online: {joinText}\n\n{text}" : $"Join online: {joinText}";
    }

    /// <summary>
    /// Local wall time with the meeting's TZID. In the repeated hour after a clock goes back, readers take the first
    /// of the two times (RFC 5545, 3.3.5); a meeting in the second one is written in UTC so it does not move.
    /// </summary>
    private static CalDateTime Moment(DateTimeOffset instant, CalendarZone zone)
    {
        var utc = WholeSeconds(instant);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone.Rules);
        if (zone.Rules.IsAmbiguousTime(local) && zone.Rules.GetAmbiguousTimeOffsets(local).Max() != zone.Rules.GetUtcOffset(utc))
        {
            return new CalDateTime(utc, "UTC", hasTime: true);
        }

        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.TzId, hasTime: true);
    }

    private static DateTime WholeSeconds(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private static Uri? WebLink(string? text)
    {
        var candidate = CalendarText.Line(text);
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
    }

    /// <summary>Only a plain address makes an organiser; a name alone would give readers nobody to answer.</summary>
    private static Organizer? Organizer(string? name, string? email)
    {
        var address = CalendarText.Line(email);
        if (address.Length == 0 || address.Contains(' ', StringComparison.Ordinal)
            || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return null;
        }

        var organizer = new Organizer("mailto:" + address);

        // A parameter value cannot hold a double quote, even quoted.
        var commonName = CalendarText.Line(name).Replace("\"", "", StringComparison.Ordinal);
        if (commonName.Length > 0)
        {
            organizer.CommonName = commonName;
        }

        return organizer;
    }
}
