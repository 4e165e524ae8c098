namespace MeetingBot.Domain.Meetings;

/// <summary>Items that move between meetings: the series' standing items and items not reached last time.</summary>
public static partial class Agenda
{
    /// <summary>The items of a meeting that could be carried over: active and not standing ("AOB" comes anyway).</summary>
    public static IReadOnlyList<AgendaItem> CarryOverCandidates(Meeting fromMeeting) =>
        fromMeeting.ActiveItems.Where(item => !item.IsStanding).ToList();

    /// <summary>
    /// Copies the items at <paramref name="positions"/> of <paramref name="fromMeeting"/> (the ones not reached, as
    /// the chair chose) to the end of <paramref name="toMeeting"/>'s agenda, accepted and not late, with
    /// <see cref="AgendaItem.CarriedOverFromMeetingId"/> set. Standing items and items already carried over are
    /// skipped, so running it twice changes nothing. The deadline and a closed agenda do not apply: the chair decides.
    /// </summary>
    public static AgendaResult CarryOver(Meeting fromMeeting, Meeting toMeeting, IEnumerable<int> positions,
        DateTimeOffset nowUtc, bool canManage)
    {
        if (!canManage)
        {
            return AgendaResult.Fail(AgendaMessages.OnlyManagersCarryOver);
        }

        if (toMeeting.Status != MeetingStatus.Scheduled)
        {
            return AgendaResult.Fail(AgendaMessages.NotOpen(toMeeting, nowUtc, canManage));
        }

        var sources = fromMeeting.ActiveItems;
        var chosen = new List<AgendaItem>();
        foreach (var position in positions.Distinct().Order())
        {
            if (position < 1 || position > sources.Count)
            {
                return AgendaResult.Fail(AgendaMessages.NoSuchPosition(position, sources.Count));
            }

            chosen.Add(sources[position - 1]);
        }

        var copies = new List<AgendaItem>();
        foreach (var source in chosen.Where(item => !item.IsStanding && !AlreadyCarried(toMeeting, fromMeeting, item)))
        {
            if (toMeeting.ActiveItems.Count >= MaxItems)
            {
                return AgendaResult.Fail(AgendaMessages.TooManyItems(MaxItems));
            }

            var copy = Copy(source, toMeeting, nowUtc);
            copy.CarriedOverFromMeetingId = fromMeeting.Id;
            Append(toMeeting, copy);
            copies.Add(copy);
        }

        var message = copies.Count == 0
            ? $"Nothing new to carry over to the {toMeeting.DisplayTitle}."
            : $"Carried over to the {toMeeting.DisplayTitle}: "
              + string.Join(", ", copies.Select(item => $"{item.Position}. {item.Title}")) + ".";
        return new AgendaResult(true, message, copies.FirstOrDefault()) { Items = copies };
    }

    /// <summary>
    /// Puts the series' standing items at the start of the meeting's agenda, in the series' order, before any items
    /// already there. Standing items the meeting already has are not added again.
    /// </summary>
    public static AgendaResult ApplyStandingItems(Meeting meeting, MeetingSeries series, DateTimeOffset nowUtc)
    {
        var existing = meeting.ActiveItems;
        var added = new List<AgendaItem>();
        foreach (var raw in series.StandingItems)
        {
            var title = AgendaTitle.Normalize(raw, out var problem);
            var present = existing.Concat(added)
                .Any(item => item.IsStanding && string.Equals(item.Title, title, StringComparison.OrdinalIgnoreCase));
            if (problem is not null || present)
            {
                continue;
            }

            added.Add(new AgendaItem
            {
                MeetingId = meeting.Id,
                Title = title,
                ProposedByUserId = AgendaItem.StandingProposer,
                ProposedByName = AgendaItem.StandingProposer,
                CreatedAtUtc = nowUtc,
                IsStanding = true,
            });
        }

        meeting.Items.AddRange(added);
        Renumber(meeting, [.. added, .. existing]);
        return new AgendaResult(true, $"Added {added.Count} standing items to the {meeting.DisplayTitle}.") { Items = added };
    }

    private static bool AlreadyCarried(Meeting toMeeting, Meeting fromMeeting, AgendaItem source) =>
        toMeeting.ActiveItems.Any(item => item.CarriedOverFromMeetingId == fromMeeting.Id
                                          && item.ProposedByUserId == source.ProposedByUserId
                                          && string.Equals(item.Title, source.Title, StringComparison.Ordinal));

    private static AgendaItem Copy(AgendaItem source, Meeting toMeeting, DateTimeOffset nowUtc) => new()
    {
        MeetingId = toMeeting.Id,
        Position = toMeeting.ActiveItems.Count + 1,
        Title = source.Title,
        PresenterName = source.PresenterName,
        PresenterUserId = source.PresenterUserId,
        Minutes = source.Minutes,
        ProposedByUserId = source.ProposedByUserId,
        ProposedByName = source.ProposedByName,
        CreatedAtUtc = nowUtc,
    };
}
