using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.Reminders;

/// <summary>A reminder of one meeting and when it is due.</summary>
public sealed record DueReminder(ReminderKind Kind, DateTimeOffset DueUtc);

/// <summary>
/// Which reminders the meetings of one series get and when, plus the kinds the channel does not want to see
/// (members who asked for 1:1 reminders still get those). A series without a saved plan uses the defaults.
/// The chair or the secretary changes it; these methods check only what the plan allows.
/// </summary>
public sealed class ReminderPlan
{
    public Guid SeriesId { get; set; }

    /// <summary>One rule per kind; a kind missing here has its default.</summary>
    public List<ReminderRule> Rules { get; set; } = [.. ReminderKinds.All.Select(ReminderRule.Default)];

    /// <summary>Kinds not posted in the channel (still sent 1:1 to members who opted in).</summary>
    public List<ReminderKind> MutedInChannel { get; set; } = [];

    public DateTimeOffset UpdatedAtUtc { get; set; }

    public static ReminderPlan DefaultFor(Guid seriesId) => new() { SeriesId = seriesId };

    public ReminderRule Rule(ReminderKind kind) => Rules.FirstOrDefault(r => r.Kind == kind) ?? ReminderRule.Default(kind);

    public bool IsMutedInChannel(ReminderKind kind) => MutedInChannel.Contains(kind);

    public DomainResult SwitchOn(ReminderKind kind)
    {
        Set(Rule(kind) with { Enabled = true });
        return DomainResult.Ok($"The {kind.Label()} is on again: {Describe(Rule(kind))}.");
    }

    public DomainResult SwitchOff(ReminderKind kind)
    {
        Set(Rule(kind) with { Enabled = false });
        return DomainResult.Ok($"The {kind.Label()} is off for the meetings of this series. Say reminders {kind.Word()} on to have it again.");
    }

    /// <summary>Moves a kind (and switches it on): "reminders call 10 days".</summary>
    public DomainResult Move(ReminderKind kind, ReminderOffset offset)
    {
        Set(new ReminderRule(kind, true, offset));
        return DomainResult.Ok($"The {kind.Label()} now goes out {Describe(Rule(kind))}.");
    }

    public DomainResult MuteInChannel(ReminderKind kind)
    {
        if (!MutedInChannel.Contains(kind))
        {
            MutedInChannel.Add(kind);
        }

        return DomainResult.Ok($"I will not post the {kind.Label()} in the channel any more; members who said remind me still get it 1:1. Say reminders unmute {kind.Word()} to post it again.");
    }

    public DomainResult UnmuteInChannel(ReminderKind kind)
    {
        MutedInChannel.Remove(kind);
        return DomainResult.Ok($"I will post the {kind.Label()} in the channel again.");
    }

    /// <summary>
    /// When a kind is due for a meeting, or null when it is off. The deadline reminder is counted back from the
    /// agenda deadline and does not exist for a meeting without one (deadline 0 days).
    /// </summary>
    public DateTimeOffset? DueUtc(Meeting meeting, ReminderKind kind)
    {
        var rule = Rule(kind);
        if (!rule.Enabled)
        {
            return null;
        }

        if (kind == ReminderKind.AgendaDeadline)
        {
            return meeting.AgendaDeadlineDays <= 0 ? null : rule.Offset.Before(meeting.AgendaDeadlineUtc, meeting.TimeZoneId);
        }

        return rule.Offset.Before(meeting.StartUtc, meeting.TimeZoneId);
    }

    /// <summary>Every reminder the meeting gets under this plan, in the order they are due.</summary>
    public IReadOnlyList<DueReminder> DueTimes(Meeting meeting) =>
        ReminderKinds.All
            .Select(kind => DueUtc(meeting, kind) is { } due ? new DueReminder(kind, due) : null)
            .OfType<DueReminder>()
            .OrderBy(r => r.DueUtc)
            .ToList();

    /// <summary>"7 days before the meeting", "1 day before the agenda deadline", "off".</summary>
    public static string Describe(ReminderRule rule) =>
        rule.Enabled ? $"{rule.Offset} before {rule.AnchorText}" : "off";

    private void Set(ReminderRule rule)
    {
        Rules.RemoveAll(r => r.Kind == rule.Kind);
        Rules.Add(rule);
        Rules.Sort((a, b) => a.Kind.CompareTo(b.Kind));
    }
}
