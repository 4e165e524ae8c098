namespace MeetingBot.Domain.Meetings;

/// <summary>Reordering and merging: the chair's and secretary's work on the whole agenda.</summary>
public static partial class Agenda
{
    /// <summary>Moves the item at <paramref name="fromPosition"/> to <paramref name="toPosition"/>; the rest shift.</summary>
    public static AgendaResult Move(Meeting meeting, int fromPosition, int toPosition, bool canManage)
    {
        if (RefuseReorder(meeting, canManage, AgendaMessages.OnlyManagersReorder) is { } refusal)
        {
            return refusal;
        }

        var order = meeting.ActiveItems.ToList();
        if (RefusePositions(order.Count, fromPosition, toPosition) is { } badPosition)
        {
            return badPosition;
        }

        var item = order[fromPosition - 1];
        if (fromPosition == toPosition)
        {
            return AgendaResult.Ok($"Item {fromPosition} ({item.Title}) is already there.", item);
        }

        order.RemoveAt(fromPosition - 1);
        order.Insert(toPosition - 1, item);
        Renumber(meeting, order);
        return AgendaResult.Ok($"Moved {item.Title} from item {fromPosition} to item {toPosition}.", item);
    }

    /// <summary>
    /// Merges the item at <paramref name="mergePosition"/> into the one at <paramref name="keepPosition"/>: titles
    /// joined "A; B", the kept item's presenter (else the other's), minutes added up. The merged item is withdrawn.
    /// </summary>
    public static AgendaResult Merge(Meeting meeting, int keepPosition, int mergePosition, bool canManage)
    {
        if (RefuseReorder(meeting, canManage, AgendaMessages.OnlyManagersMerge) is { } refusal)
        {
            return refusal;
        }

        var order = meeting.ActiveItems;
        if (RefusePositions(order.Count, keepPosition, mergePosition) is { } badPosition)
        {
            return badPosition;
        }

        if (keepPosition == mergePosition)
        {
            return AgendaResult.Fail("Give two different items to merge, like merge 2 and 5.");
        }

        var keep = order[keepPosition - 1];
        var merged = order[mergePosition - 1];
        var title = AgendaTitle.Normalize($"{keep.Title}; {merged.Title}", out var problem);
        if (problem is not null)
        {
            return AgendaResult.Fail(
                $"Together the titles would be longer than {AgendaTitle.MaxLength} characters. Shorten one first.");
        }

        keep.Title = title;
        if (keep.PresenterName is null)
        {
            keep.PresenterName = merged.PresenterName;
            keep.PresenterUserId = merged.PresenterUserId;
        }

        keep.Minutes = keep.Minutes is null && merged.Minutes is null ? null : (keep.Minutes ?? 0) + (merged.Minutes ?? 0);
        merged.Status = AgendaItemStatus.Withdrawn;
        Renumber(meeting);
        return AgendaResult.Ok($"Merged item {mergePosition} into item {keep.Position}: {title}.", keep);
    }

    private static AgendaResult? RefuseReorder(Meeting meeting, bool canManage, string permissionMessage)
    {
        if (!canManage)
        {
            return AgendaResult.Fail(permissionMessage);
        }

        return meeting.Status is MeetingStatus.Ended or MeetingStatus.Cancelled
            ? AgendaResult.Fail(AgendaMessages.NotChangeable(meeting))
            : null;
    }

    private static AgendaResult? RefusePositions(int count, int first, int second)
    {
        foreach (var position in new[] { first, second })
        {
            if (position < 1 || position > count)
            {
                return AgendaResult.Fail(AgendaMessages.NoSuchPosition(position, count));
            }
        }

        return null;
    }
}
