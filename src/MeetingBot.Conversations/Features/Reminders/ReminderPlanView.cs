using System.Globalization;
using System.Text;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Reminders;
using MeetingBot.Domain.Time;

namespace MeetingBot.Conversations.Features.Reminders;

/// <summary>Reminder plans and pending reminders as text.</summary>
public static class ReminderPlanView
{
    /// <summary>The plan of a series, one line per kind.</summary>
    public static string Describe(string seriesTitle, ReminderPlan plan)
    {
        var text = new StringBuilder($"**Reminders of the {seriesTitle}**\n");
        foreach (var kind in ReminderKinds.All)
        {
            var rule = plan.Rule(kind);
            text.Append("- ").Append(Capitalised(kind.Label())).Append(" (").Append(kind.Word()).Append("): ")
                .Append(ReminderPlan.Describe(rule));
            if (rule.Enabled && Contents(kind) is { } contents) text.Append(", ").Append(contents);
            if (plan.IsMutedInChannel(kind)) text.Append(" (not posted in the channel)");
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>"Reminders: call for items Thu 25 Mar 15:00, starting soon Thu 1 Apr 14:45 (Vienna time)."</summary>
    public static string Pending(Meeting meeting, IReadOnlyList<DueReminder> pending)
    {
        if (pending.Count == 0) return "";
        var zone = ZoneResolver.Resolve(meeting.TimeZoneId);
        var parts = pending.Select(r =>
        {
            var local = TimeZoneInfo.ConvertTime(r.DueUtc, zone.Zone);
            return $"{ShortLabel(r.Kind)} {local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)}";
        });
        var zoneName = zone.IsFixedOffset ? zone.Id : zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ') + " time";
        return $"Reminders: {string.Join(", ", parts)} ({zoneName}).";
    }

    /// <summary>"call for items", "agenda deadline", "day before", "starting soon".</summary>
    public static string ShortLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.CallForItems => "call for items",
        ReminderKind.AgendaDeadline => "agenda deadline",
        ReminderKind.DayBefore => "day before",
        _ => "starting soon",
    };

    private static string? Contents(ReminderKind kind) => kind switch
    {
        ReminderKind.CallForItems => "with the agenda deadline",
        ReminderKind.DayBefore => "with the agenda and the join link",
        ReminderKind.StartingSoon => "with the join link",
        _ => null,
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public const string ChangeHint =
        "The chair or the secretary changes them with reminders <call|deadline|day-before|soon> <off|on|10 days|2 hours|30 minutes>, and keeps a kind out of the channel with reminders mute <kind>.";
}
