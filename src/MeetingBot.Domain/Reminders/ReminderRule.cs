namespace MeetingBot.Domain.Reminders;

/// <summary>One kind of reminder in a series' plan: on or off, and how long before its anchor it goes out.</summary>
public sealed record ReminderRule(ReminderKind Kind, bool Enabled, ReminderOffset Offset)
{
    /// <summary>
    /// The defaults of issue 4: the call for items a week before, the deadline reminder the day before the
    /// deadline, the day-before reminder, and "starting soon" a quarter of an hour before.
    /// </summary>
    public static ReminderRule Default(ReminderKind kind) => kind switch
    {
        ReminderKind.CallForItems => new(kind, true, ReminderOffset.Days(7)),
        ReminderKind.AgendaDeadline => new(kind, true, ReminderOffset.Days(1)),
        ReminderKind.DayBefore => new(kind, true, ReminderOffset.Days(1)),
        _ => new(kind, true, ReminderOffset.Minutes(15)),
    };

    /// <summary>What the offset is counted from: the agenda deadline for the deadline reminder, else the start.</summary>
    public string AnchorText => Kind == ReminderKind.AgendaDeadline ? "the agenda deadline" : "the meeting";
}
