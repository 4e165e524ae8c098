using System.Globalization;

namespace MeetingBot.Domain.Time;

/// <summary>
/// Writes instants the way the alliance writes them in invitations and minutes:
/// "31 Aug 2020, 15:30 - 17:00 (GMT+2)". Members in many zones read these, so the offset is always shown and no
/// abbreviation (which many readers would have to look up) is used.
/// </summary>
public static class TimeZoneLabel
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"GMT" for zero, "GMT+2", "GMT-5", "GMT+5:30", "GMT-3:30".</summary>
    public static string FormatOffset(TimeSpan offset) => OffsetText("GMT", offset);

    /// <summary>
    /// "31 Aug 2020, 15:30 - 17:00 (GMT+2)". When the meeting ends on another day the end gets its date:
    /// "31 Aug 2027, 23:00 - 1 Sep 2027, 01:00 (GMT+2)". When clocks change during the meeting each time gets its
    /// own offset: "31 Oct 2027, 02:30 (GMT+2) - 02:30 (GMT+1)".
    /// </summary>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    /// <exception cref="TimeZoneNotFoundException">The zone id is not known.</exception>
    public static string FormatRange(DateTimeOffset start, DateTimeOffset end, string zoneId)
    {
        if (end < start)
        {
            throw new ArgumentException("The end of a meeting cannot be before its start.", nameof(end));
        }

        var zone = ZoneResolver.Resolve(zoneId).Zone;
        var localStart = TimeZoneInfo.ConvertTime(start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, zone);
        var startText = DateAndTime(localStart);
        var endText = localEnd.Date == localStart.Date ? Clock(localEnd) : DateAndTime(localEnd);
        return localStart.Offset == localEnd.Offset
            ? $"{startText} - {endText} ({FormatOffset(localStart.Offset)})"
            : $"{startText} ({FormatOffset(localStart.Offset)}) - {endText} ({FormatOffset(localEnd.Offset)})";
    }

    /// <summary>"31 Aug 2027, 15:30 (GMT+2)".</summary>
    public static string Format(DateTimeOffset instant, string zoneId)
    {
        var local = TimeZoneInfo.ConvertTime(instant, ZoneResolver.Resolve(zoneId).Zone);
        return $"{DateAndTime(local)} ({FormatOffset(local.Offset)})";
    }

    /// <summary>
    /// "Tue 31 Aug 2027, 15:30 (Europe/Vienna, GMT+2)": for confirming a time back to the member who wrote it, with
    /// the weekday as a check and the zone name so a wrong default zone is noticed. Fixed-offset zones show only
    /// the offset: "Tue 31 Aug 2027, 15:30 (GMT+2)".
    /// </summary>
    public static string FormatInZone(DateTimeOffset instant, string zoneId)
    {
        var zone = ZoneResolver.Resolve(zoneId);
        var local = TimeZoneInfo.ConvertTime(instant, zone.Zone);
        var label = zone.IsFixedOffset ? FormatOffset(local.Offset) : $"{zone.Id}, {FormatOffset(local.Offset)}";
        return $"{local.ToString("ddd", Invariant)} {DateAndTime(local)} ({label})";
    }

    /// <summary>"UTC+2", "GMT-5:30", or just the prefix for zero. Shared with the reader's messages.</summary>
    internal static string OffsetText(string prefix, TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return prefix;
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        var hours = ((int)magnitude.TotalHours).ToString(Invariant);
        return magnitude.Minutes == 0
            ? $"{prefix}{sign}{hours}"
            : $"{prefix}{sign}{hours}:{magnitude.Minutes.ToString("00", Invariant)}";
    }

    /// <summary>"31 Aug 2027" — the date style of every message and document.</summary>
    internal static string Date(DateTime local) => local.ToString("d MMM yyyy", Invariant);

    internal static string Clock(DateTimeOffset local) => local.ToString("HH:mm", Invariant);

    private static string DateAndTime(DateTimeOffset local) =>
        $"{local.ToString("d MMM yyyy", Invariant)}, {Clock(local)}";
}
