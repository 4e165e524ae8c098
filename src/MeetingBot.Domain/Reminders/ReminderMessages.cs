using System.Globalization;
using System.Text;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Reminders;

/// <summary>Someone a reminder did not reach, and why, for the secretary's summary.</summary>
public sealed record NotReached(string Who, string Why);

/// <summary>
/// The text of each reminder: one message for the channel with the meeting's own time, and a 1:1 message with the
/// time in the meeting's zone and the member's ("15:00 Vienna time, 09:00 your time"). A reminder sent after its time
/// (the bot was down) says "(late)". Pure: "now" is a parameter.
/// </summary>
public static class ReminderMessages
{
    public const string LateMarker = " (late)";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ForChannel(Meeting meeting, ReminderKind kind, DateTimeOffset nowUtc, bool late) =>
        Compose(meeting, kind, nowUtc, late, viewerZoneId: null, personal: false);

    public static string ForMember(Meeting meeting, ReminderKind kind, DateTimeOffset nowUtc, bool late, string? viewerZoneId) =>
        Compose(meeting, kind, nowUtc, late, viewerZoneId, personal: true);

    /// <summary>
    /// "Thu 1 Apr 2027, 15:00 Vienna time, 09:00 your time". The member's part is left out when their zone is unknown
    /// or their clock shows the same; their date is added when it differs ("Fri 2 Apr 06:00 your time").
    /// </summary>
    public static string PersonalTime(DateTimeOffset instantUtc, string meetingZoneId, string? viewerZoneId)
    {
        var zone = ZoneResolver.Resolve(meetingZoneId);
        var local = TimeZoneInfo.ConvertTime(instantUtc, zone.Zone);
        var text = $"{local.ToString("ddd d MMM yyyy", Invariant)}, {Clock(local)} {ZoneName(zone, local.Offset)}";
        if (viewerZoneId is null || !ZoneResolver.TryResolve(viewerZoneId, out var viewer, out _))
        {
            return text;
        }

        var mine = TimeZoneInfo.ConvertTime(instantUtc, viewer.Zone);
        if (mine.DateTime == local.DateTime)
        {
            return text;
        }

        return mine.Date == local.Date
            ? $"{text}, {Clock(mine)} your time"
            : $"{text}, {mine.ToString("ddd d MMM", Invariant)} {Clock(mine)} your time";
    }

    /// <summary>"in 15 minutes", "in 2 hours", "today", "tomorrow", "in 3 days" (calendar days in the meeting's zone).</summary>
    public static string Relative(DateTimeOffset fromUtc, DateTimeOffset toUtc, string zoneId)
    {
        var delta = toUtc - fromUtc;
        if (delta < TimeSpan.FromSeconds(30))
        {
            return "now";
        }

        if (delta < TimeSpan.FromMinutes(59.5))
        {
            var minutes = Math.Max(1, (int)Math.Round(delta.TotalMinutes));
            return $"in {minutes} minute{(minutes == 1 ? "" : "s")}";
        }

        if (delta < TimeSpan.FromHours(6))
        {
            var rounded = TimeSpan.FromMinutes(Math.Round(delta.TotalMinutes));
            var hours = (int)rounded.TotalHours;
            var hoursText = $"{hours} hour{(hours == 1 ? "" : "s")}";
            return rounded.Minutes == 0 ? $"in {hoursText}" : $"in {hoursText} {rounded.Minutes} minutes";
        }

        var zone = ZoneResolver.Resolve(zoneId).Zone;
        var days = (TimeZoneInfo.ConvertTime(toUtc, zone).Date - TimeZoneInfo.ConvertTime(fromUtc, zone).Date).Days;
        return days switch
        {
            <= 0 => "today",
            1 => "tomorrow",
            _ => $"in {days} days",
        };
    }

    /// <summary>
    /// The one message the secretary gets when a reminder did not reach someone: who, and why, and what to do.
    /// </summary>
    public static string NotReachedSummary(Meeting meeting, ReminderKind kind, IReadOnlyList<NotReached> failures, int attempted)
    {
        var text = new StringBuilder(
            $"I could not deliver the {kind.Label()} for the {meeting.DisplayTitle} to {failures.Count} of {attempted}:\n");
        foreach (var failure in failures.OrderBy(f => f.Who, StringComparer.OrdinalIgnoreCase))
        {
            text.Append("- ").Append(failure.Who).Append(": ").Append(failure.Why).Append('\n');
        }

        text.Append("They did not get it from me, so please pass it on another way.");
        return text.ToString();
    }

    private static string Compose(Meeting meeting, ReminderKind kind, DateTimeOffset nowUtc, bool late, string? viewerZoneId, bool personal)
    {
        var mark = late ? LateMarker : "";
        var when = personal ? PersonalTime(meeting.StartUtc, meeting.TimeZoneId, viewerZoneId) : meeting.WhenText(null);
        var text = new StringBuilder();
        switch (kind)
        {
            case ReminderKind.CallForItems:
                text.Append($"**Call for agenda items**{mark}: the {meeting.DisplayTitle} is on {when}.\n");
                AppendHowToAdd(text, meeting, nowUtc, viewerZoneId, personal);
                break;
            case ReminderKind.AgendaDeadline:
                text.Append($"**Agenda deadline {Relative(nowUtc, meeting.AgendaDeadlineUtc, meeting.TimeZoneId)}**{mark}: ");
                text.Append($"the {meeting.DisplayTitle} is on {when}.\n");
                AppendHowToAdd(text, meeting, nowUtc, viewerZoneId, personal);
                break;
            case ReminderKind.DayBefore:
                text.Append($"**The {meeting.DisplayTitle} is {Relative(nowUtc, meeting.StartUtc, meeting.TimeZoneId)}**{mark}: {when}.\n");
                AppendPlace(text, meeting);
                AppendAgenda(text, meeting);
                break;
            default:
                text.Append($"**The {meeting.DisplayTitle} starts {Relative(nowUtc, meeting.StartUtc, meeting.TimeZoneId)}**{mark}: {when}.\n");
                AppendPlace(text, meeting);
                break;
        }

        if (personal)
        {
            text.Append("(You get this 1:1 because you said remind me; say reminders off to stop.)");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void AppendHowToAdd(StringBuilder text, Meeting meeting, DateTimeOffset nowUtc, string? viewerZoneId, bool personal)
    {
        if (meeting.AgendaClosed)
        {
            text.Append("The agenda is closed.\n");
            return;
        }

        if (meeting.AgendaDeadlineDays <= 0)
        {
            text.Append("Add your items with: agenda add <title>\n");
            return;
        }

        var deadline = personal
            ? PersonalTime(meeting.AgendaDeadlineUtc, meeting.TimeZoneId, viewerZoneId)
            : TimeZoneLabel.Format(meeting.AgendaDeadlineUtc, meeting.TimeZoneId);
        text.Append(nowUtc <= meeting.AgendaDeadlineUtc
            ? $"Add your items until {deadline} with: agenda add <title>\n"
            : $"The agenda deadline ({deadline}) has passed: new items wait for the approval of the chair or the secretary. Add with: agenda add <title>\n");
    }

    private static void AppendPlace(StringBuilder text, Meeting meeting)
    {
        if (meeting.JoinUrl is { } link)
        {
            text.Append("Join: ").Append(link).Append('\n');
        }
        else if (meeting.Location is { } location)
        {
            text.Append("Where: ").Append(location).Append('\n');
        }
    }

    private static void AppendAgenda(StringBuilder text, Meeting meeting)
    {
        var items = meeting.ActiveItems;
        if (items.Count == 0)
        {
            text.Append("No agenda items yet.\n");
            return;
        }

        text.Append("Agenda:\n");
        foreach (var item in items)
        {
            text.Append(item.Position.ToString(Invariant)).Append(". ").Append(item.Title);
            if (item.PresenterName is { } presenter)
            {
                text.Append(" — ").Append(presenter);
            }

            text.Append('\n');
        }
    }

    /// <summary>"Vienna time", "New York time"; a fixed-offset zone by its offset ("GMT+2").</summary>
    private static string ZoneName(ResolvedZone zone, TimeSpan offset)
    {
        if (zone.IsFixedOffset)
        {
            return TimeZoneLabel.FormatOffset(offset);
        }

        var city = zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return $"{city} time";
    }

    private static string Clock(DateTimeOffset local) => local.ToString("HH:mm", Invariant);
}
