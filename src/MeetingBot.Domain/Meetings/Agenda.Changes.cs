namespace MeetingBot.Domain.Meetings;

/// <summary>Editing, withdrawing and approving single items.</summary>
public static partial class Agenda
{
    /// <summary>Renames an item: members their own while the agenda is open, the chair or secretary any.</summary>
    public static AgendaResult Edit(Meeting meeting, AgendaItem item, string newTitle, Person editor, bool canManage)
    {
        if (RefuseChange(meeting, item, editor, canManage) is { } refusal)
        {
            return refusal;
        }

        var title = AgendaTitle.Normalize(newTitle, out var problem);
        if (problem is not null)
        {
            return AgendaResult.Fail(problem);
        }

        item.Title = title;
        return AgendaResult.Ok($"Item {item.Position} is now: {title}.", item);
    }

    /// <summary>
    /// Takes an item off the agenda (a member their own, the chair or secretary any); the items after it move up so
    /// the numbers stay 1..n.
    /// </summary>
    public static AgendaResult Withdraw(Meeting meeting, AgendaItem item, Person editor, bool canManage)
    {
        if (RefuseChange(meeting, item, editor, canManage) is { } refusal)
        {
            return refusal;
        }

        var position = item.Position;
        item.Status = AgendaItemStatus.Withdrawn;
        Renumber(meeting);
        var verb = item.ProposedByUserId == editor.UserId ? "withdrawn" : "removed";
        return AgendaResult.Ok($"Item {position} ({item.Title}) is {verb}; the items after it moved up.", item);
    }

    /// <summary>Accepts a late item that waits for approval.</summary>
    public static AgendaResult Approve(Meeting meeting, AgendaItem item, bool canManage)
    {
        if (!canManage)
        {
            return AgendaResult.Fail(AgendaMessages.OnlyManagersApprove);
        }

        if (meeting.Status is MeetingStatus.Ended or MeetingStatus.Cancelled)
        {
            return AgendaResult.Fail(AgendaMessages.NotChangeable(meeting));
        }

        if (item.Status != AgendaItemStatus.AwaitingApproval)
        {
            return AgendaResult.Fail($"Item {item.Position} is not waiting for approval.");
        }

        item.Status = AgendaItemStatus.Accepted;
        return AgendaResult.Ok($"Item {item.Position} ({item.Title}) is approved and stays on the agenda.", item);
    }

    /// <summary>
    /// Members change their own items while the meeting is scheduled and its agenda open; the chair or secretary
    /// change any item until the meeting has ended, including during it.
    /// </summary>
    private static AgendaResult? RefuseChange(Meeting meeting, AgendaItem item, Person editor, bool canManage)
    {
        if (!item.IsActive)
        {
            return AgendaResult.Fail(AgendaMessages.Withdrawn(item));
        }

        if (meeting.Status is MeetingStatus.Ended or MeetingStatus.Cancelled)
        {
            return AgendaResult.Fail(AgendaMessages.NotChangeable(meeting));
        }

        if (canManage)
        {
            return null;
        }

        if (item.IsStanding || item.ProposedByUserId != editor.UserId)
        {
            return AgendaResult.Fail(AgendaMessages.NotYours(item));
        }

        return meeting.Status != MeetingStatus.Scheduled || meeting.AgendaClosed
            ? AgendaResult.Fail(AgendaMessages.ClosedForMembers(meeting))
            : null;
    }
}
