using System.Globalization;
using MeetingBot.Domain.Time;

namespace MeetingBot.Documents.Calendar;

/// <summary>The TZID a calendar file names and the rules its local times and VTIMEZONE are computed with.</summary>
internal sealed record CalendarZone(string TzId, TimeZoneInfo Rules)
{
    private const int MaxEtcGmtHoursEast = 14;
    private const int MaxEtcGmtHoursWest = 12;

    /// <summary>Resolves like the rest of the bot; throws <see cref="TimeZoneNotFoundException"/> with a sentence.</summary>
    public static CalendarZone For(string timeZoneId)
    {
        var resolved = ZoneResolver.Resolve(timeZoneId);
        var tzId = resolved.IsFixedOffset ? FixedOffsetTzId(resolved.Zone.BaseUtcOffset, resolved.Id) : resolved.Id;
        return new CalendarZone(tzId, resolved.Zone);
    }

    /// <summary>
    /// Google and Apple know TZIDs only from the IANA database and may not read our VTIMEZONE, so a whole-hour
    /// offset is named by its IANA "Etc/GMT" zone (whose sign is inverted by POSIX convention: UTC+2 is "Etc/GMT-2").
    /// Half-hour offsets have no IANA name; they keep the bot's "UTC+05:30", defined by the VTIMEZONE.
    /// </summary>
    private static string FixedOffsetTzId(TimeSpan offset, string fallbackId)
    {
        if (offset == TimeSpan.Zero)
        {
            return "Etc/UTC";
        }

        if (offset.Minutes != 0 || offset.Seconds != 0 || offset.Hours > MaxEtcGmtHoursEast || offset.Hours < -MaxEtcGmtHoursWest)
        {
            return fallbackId;
        }

        var hours = offset.Hours;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Etc/GMT-{hours}")
            : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT+{-hours}");
    }
}
