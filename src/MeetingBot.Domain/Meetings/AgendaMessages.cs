using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Meetings;

/// <summary>Every sentence the agenda rules send, in one place so the tone stays the same.</summary>
internal static class AgendaMessages
{
    public const string OnlyManagersReorder =
        "Only the chair or the secretary can reorder the agenda. You can edit or withdraw your own items.";

    public const string OnlyManagersMerge =
        "Only the chair or the secretary can merge agenda items. You can edit or withdraw your own items.";

    public const string OnlyManagersApprove = "Only the chair or the secretary can approve late items.";

    public const string OnlyManagersClose = "Only the chair or the secretary can close or reopen the agenda.";

    public const string OnlyManagersCarryOver = "Only the chair or the secretary can carry items over to the next meeting.";

    public const string BadMinutes = "The time for an item must be between 1 and 480 minutes, like 15.";

    public static string TooManyItems(int max) =>
        $"The agenda already has {max} items. Ask the chair or the secretary to merge or remove some first.";

    public static string NotOpen(Meeting meeting, DateTimeOffset nowUtc, bool canManage) => meeting switch
    {
        { Status: MeetingStatus.Cancelled } => $"The {meeting.DisplayTitle} was cancelled, so it takes no agenda items.",
        { Status: MeetingStatus.Ended } =>
            $"The {meeting.DisplayTitle} has already taken place. Add your item to the next meeting.",
        _ when meeting.Status == MeetingStatus.Started || nowUtc >= meeting.StartUtc =>
            $"The {meeting.DisplayTitle} has already started, so its agenda is fixed. Raise your point under AOB.",
        _ when canManage => $"The agenda of the {meeting.DisplayTitle} is closed. Reopen it first to add items.",
        _ => $"The agenda of the {meeting.DisplayTitle} is closed. Ask the chair or the secretary to add your item.",
    };

    public static string NotChangeable(Meeting meeting) => meeting.Status switch
    {
        MeetingStatus.Cancelled => $"The {meeting.DisplayTitle} was cancelled, so its agenda can't change.",
        _ => $"The {meeting.DisplayTitle} has already taken place, so its agenda can't change.",
    };

    public static string Added(Meeting meeting, AgendaItem item) =>
        $"Added as item {item.Position} on the agenda of the {meeting.DisplayTitle}: {item.Title}.";

    public static string AddedLate(Meeting meeting, AgendaItem item, bool awaitsApproval) => awaitsApproval
        ? $"{Added(meeting, item)} It is late (the deadline was {Deadline(meeting)}), so it waits for the approval "
          + "of the chair or the secretary."
        : $"{Added(meeting, item)} It is marked late (the deadline was {Deadline(meeting)}).";

    public static string NoSuchPosition(int position, int count) => count == 0
        ? $"There is no item {position}: the agenda is empty."
        : $"There is no item {position}: the agenda has items 1 to {count}.";

    public static string NotYours(AgendaItem item) => item.IsStanding
        ? $"Item {item.Position} is a standing item; only the chair or the secretary can change it."
        : $"You can change only items you proposed; item {item.Position} was proposed by {item.ProposedByName}. "
          + "Ask them, or the chair or the secretary.";

    public static string Withdrawn(AgendaItem item) =>
        $"\"{item.Title}\" was withdrawn, so it can't be changed.";

    public static string ClosedForMembers(Meeting meeting) =>
        $"The agenda of the {meeting.DisplayTitle} is closed, so items can't be changed now. Ask the chair or the secretary.";

    private static string Deadline(Meeting meeting) => TimeZoneLabel.Format(meeting.AgendaDeadlineUtc, meeting.TimeZoneId);
}
