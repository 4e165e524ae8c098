using System.Globalization;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>How a meeting's time is written for members in many zones.</summary>
public sealed partial class Meeting
{
    /// <summary>
    /// "Tue 31 Aug 2027, 15:30 - 17:00 (Europe/Vienna, GMT+2)", and for a viewer whose clock shows something else
    /// "…; 09:30 - 11:00 your time (America/New_York)". The viewer's part is left out when their clock shows the same
    /// times (Europe/Berlin for a Vienna meeting) or their zone is unknown: the meeting's own time is always right.
    /// </summary>
    public string WhenText(string? viewerZoneId)
    {
        var zone = ZoneResolver.Resolve(TimeZoneId);
        var start = TimeZoneInfo.ConvertTime(StartUtc, zone.Zone);
        var end = TimeZoneInfo.ConvertTime(EndUtc, zone.Zone);
        var offsets = start.Offset == end.Offset
            ? TimeZoneLabel.FormatOffset(start.Offset)
            : $"{TimeZoneLabel.FormatOffset(start.Offset)} to {TimeZoneLabel.FormatOffset(end.Offset)}";
        var label = zone.IsFixedOffset ? offsets : $"{zone.Id}, {offsets}";
        var text = $"{Range(start, end, withDate: true)} ({label})";
        if (viewerZoneId is null || !ZoneResolver.TryResolve(viewerZoneId, out var viewer, out _) || viewer.Id == zone.Id)
        {
            return text;
        }

        var viewerStart = TimeZoneInfo.ConvertTime(StartUtc, viewer.Zone);
        var viewerEnd = TimeZoneInfo.ConvertTime(EndUtc, viewer.Zone);
        if (viewerStart.DateTime == start.DateTime && viewerEnd.DateTime == end.DateTime)
        {
            return text;
        }

        // The viewer's date is repeated only when it differs: late evening in Vienna is the next morning in Tokyo.
        var viewerRange = Range(viewerStart, viewerEnd, withDate: viewerStart.Date != start.Date);
        return $"{text}; {viewerRange} your time ({viewer.Id})";
    }

    /// <summary>"Tue 31 Aug 2027, 15:30 - 17:00"; an end on another day gets its own date.</summary>
    private static string Range(DateTimeOffset start, DateTimeOffset end, bool withDate)
    {
        var startText = withDate ? $"{Day(start)}, {Clock(start)}" : Clock(start);
        var endText = end.Date == start.Date ? Clock(end) : $"{Day(end)}, {Clock(end)}";
        return $"{startText} - {endText}";
    }

    private static string Day(DateTimeOffset local) => local.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Clock(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);
}
