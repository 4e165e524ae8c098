using System.Globalization;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.Time;

namespace MeetingBot.Domain.Minutes;

/// <summary>
/// Drafts the minutes of a meeting in the alliance's own format: title block, participants, agenda, one section per
/// agenda item with its notes, decisions and actions, the tour de table, AOB, the next meeting, and an annex of the
/// links shared in the chat. Pure and deterministic: the same <see cref="MinutesInput"/> always gives the same
/// document, so a regenerated draft keeps its section keys and the secretary's edits apply again.
/// <para>
/// Decisions made here: notes taken while no agenda item was current (or under an item since withdrawn) go under
/// AOB, which is therefore always present; the standing "Tour de table" and "AOB" items become the
/// <see cref="MinutesSectionKeys.Tour"/> and <see cref="MinutesSectionKeys.Aob"/> sections at their place on the
/// agenda instead of empty item sections. People, the chair sentence and the tour are in the other partial files.
/// </para>
/// </summary>
public static partial class MinutesComposer
{
    public const string AnnexHeading = "Annex: links shared in the chat";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly NoteKind[] NoteOrder = [NoteKind.Note, NoteKind.Decision, NoteKind.Action];

    public static MinutesDocument Compose(MinutesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var meeting = input.Meeting;
        var zoneId = ZoneIdOf(meeting.TimeZoneId);
        var people = MinutesPeople.From(input);
        var items = meeting.ActiveItems;
        var tourItem = items.FirstOrDefault(IsTourItem);
        var aobItem = items.FirstOrDefault(item => item != tourItem && IsAobItem(item));
        var notes = NotesByItem(input.Record, items, out var otherNotes);
        var title = string.IsNullOrWhiteSpace(meeting.DisplayTitle) ? "Minutes" : meeting.DisplayTitle;

        var sections = new List<MinutesSection>
        {
            Header(input, title, zoneId),
            Participants(input, people),
            Agenda(items),
        };

        foreach (var item in items)
        {
            var itemNotes = notes.GetValueOrDefault(item.Id) ?? [];
            if (item == tourItem)
            {
                sections.Add(Tour(ItemHeading(item), item.Id, input.Record, people, itemNotes));
            }
            else if (item == aobItem)
            {
                sections.Add(Aob(ItemHeading(item), item.Id, [.. itemNotes, .. otherNotes], people));
            }
            else
            {
                sections.Add(Item(item, itemNotes, people));
            }
        }

        if (tourItem is null && input.Record is { Speakers.Count: > 0 })
        {
            sections.Add(Tour("Tour de table", null, input.Record, people, []));
        }

        if (aobItem is null)
        {
            sections.Add(Aob("Any other business", null, otherNotes, people));
        }

        sections.Add(Next(input));
        if (Annex(input.Record, people) is { } annex)
        {
            sections.Add(annex);
        }

        return new MinutesDocument(title, sections);
    }

    /// <summary>The title block: title, "Location: Webex", the planned time as invited, and the actual times.</summary>
    private static MinutesSection Header(MinutesInput input, string title, string zoneId)
    {
        var meeting = input.Meeting;
        var blocks = new List<MinutesBlock>();
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            blocks.Add(new MinutesLabelled("Location", meeting.Location));
        }

        blocks.Add(new MinutesParagraph(When(meeting.StartUtc, meeting.EndUtc, zoneId)));

        var actualStart = input.Record?.StartedAtUtc ?? meeting.ActualStartUtc;
        var actualEnd = input.Record?.EndedAtUtc ?? meeting.ActualEndUtc;
        var plannedDay = LocalDay(meeting.StartUtc, zoneId);
        if (actualStart is { } started && actualEnd is { } ended && ended >= started)
        {
            // The date is repeated only when the meeting was held on another day than planned (or the clocks changed).
            var sameDayAndOffset = LocalDay(started, zoneId) == plannedDay && LocalDay(ended, zoneId) == plannedDay
                                   && Local(started, zoneId).Offset == Local(ended, zoneId).Offset;
            var text = sameDayAndOffset
                ? $"{LocalClock(started, zoneId)} - {LocalClock(ended, zoneId)} ({Offset(started, zoneId)})"
                : TimeZoneLabel.FormatRange(started, ended, zoneId);
            blocks.Add(new MinutesLabelled("Actual time", text));
        }
        else if (actualStart is { } startedOnly)
        {
            blocks.Add(new MinutesLabelled("Actual start", TimeZoneLabel.Format(startedOnly, zoneId)));
        }

        return new MinutesSection(MinutesSectionKeys.Header, title, blocks) { Level = 1 };
    }

    /// <summary>The agenda as a bulleted list: "2. Side event at the Crime Congress (Henrik Lindqvist)".</summary>
    private static MinutesSection Agenda(IReadOnlyList<AgendaItem> items)
    {
        MinutesBlock block = items.Count == 0
            ? new MinutesParagraph("The agenda had no items.")
            : new MinutesBullets(items.Select(item => string.IsNullOrWhiteSpace(item.PresenterName)
                ? ItemHeading(item)
                : $"{ItemHeading(item)} ({item.PresenterName})").ToList());
        return new MinutesSection(MinutesSectionKeys.Agenda, "Agenda", [block]);
    }

    private static MinutesSection Item(AgendaItem item, IReadOnlyList<MeetingNote> notes, MinutesPeople people)
    {
        var blocks = new List<MinutesBlock>();
        if (!string.IsNullOrWhiteSpace(item.PresenterName))
        {
            var presenter = people.Find(item.PresenterUserId, item.PresenterName);
            blocks.Add(new MinutesLabelled("Presented by", presenter?.WithQualifierAfterComma() ?? item.PresenterName));
        }

        blocks.AddRange(NoteBlocks(notes, people, item.Id));
        return new MinutesSection(MinutesSectionKeys.Item(item.Position), ItemHeading(item), blocks);
    }

    /// <summary>AOB: its own notes and those taken outside any agenda item, in the order taken.</summary>
    private static MinutesSection Aob(string heading, Guid? aobItemId, IEnumerable<MeetingNote> notes, MinutesPeople people) =>
        new(MinutesSectionKeys.Aob, heading, NoteBlocks(notes.OrderBy(n => n.Number).ToList(), people, aobItemId).ToList());

    private static MinutesSection Next(MinutesInput input)
    {
        if (input.NextMeeting is not { } next)
        {
            return new MinutesSection(MinutesSectionKeys.Next, "Next meeting",
                [new MinutesParagraph("The date of the next meeting will be announced.")]);
        }

        var title = !string.IsNullOrWhiteSpace(input.SeriesTitle) ? input.SeriesTitle.Trim()
            : !string.IsNullOrWhiteSpace(next.Title) ? next.Title.Trim()
            : "meeting";
        var blocks = new List<MinutesBlock>
        {
            new MinutesParagraph($"The next {title} will be on {When(next.StartUtc, next.EndUtc, ZoneIdOf(next.TimeZoneId))}."),
        };
        if (!string.IsNullOrWhiteSpace(next.Location))
        {
            blocks.Add(new MinutesLabelled("Location", next.Location));
        }

        return new MinutesSection(MinutesSectionKeys.Next, "Next meeting", blocks);
    }

    /// <summary>
    /// Notes first, then decisions, then actions, each in the order taken: a reader looks for what was decided and
    /// who does what at the end of each item. A note filed here from another item (one withdrawn since) says which.
    /// </summary>
    private static IEnumerable<MinutesBlock> NoteBlocks(IReadOnlyList<MeetingNote> notes, MinutesPeople people, Guid? ownItemId)
    {
        foreach (var kind in NoteOrder)
        {
            foreach (var note in notes)
            {
                if (note.Kind != kind || string.IsNullOrWhiteSpace(note.Text))
                {
                    continue;
                }

                var text = note.ItemId is { } itemId && itemId != ownItemId && !string.IsNullOrWhiteSpace(note.ItemTitle)
                    ? $"{note.ItemTitle}: {note.Text}"
                    : note.Text;
                yield return kind switch
                {
                    NoteKind.Decision => new MinutesLabelled("Decision", text),
                    NoteKind.Action => new MinutesLabelled(ActionLabel(note, people), text),
                    _ => new MinutesParagraph(text),
                };
            }
        }
    }

    /// <summary>"Action (Lukas Brandner, by 15 Sep 2027)", "Action (by 15 Sep 2027)", "Action".</summary>
    private static string ActionLabel(MeetingNote note, MinutesPeople people)
    {
        var owner = string.IsNullOrWhiteSpace(note.OwnerName) && string.IsNullOrEmpty(note.OwnerUserId)
            ? null
            : people.Find(note.OwnerUserId, note.OwnerName)?.Name ?? note.OwnerName;
        var due = note.DueDate is { } date ? "by " + date.ToString("d MMM yyyy", Invariant) : null;
        var details = string.Join(", ", new[] { owner, due }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return details.Length == 0 ? "Action" : $"Action ({details})";
    }

    /// <summary>Each item's notes in the order taken; notes under no current item (or a withdrawn one) are "other".</summary>
    private static Dictionary<Guid, List<MeetingNote>> NotesByItem(MeetingRecord? record, IReadOnlyList<AgendaItem> items,
        out List<MeetingNote> other)
    {
        var byItem = items.ToDictionary(item => item.Id, _ => new List<MeetingNote>());
        other = [];
        foreach (var note in (record?.Notes ?? []).OrderBy(n => n.Number).ThenBy(n => n.CreatedAtUtc))
        {
            if (note.ItemId is { } itemId && byItem.TryGetValue(itemId, out var list))
            {
                list.Add(note);
            }
            else
            {
                other.Add(note);
            }
        }

        return byItem;
    }

    private static string ItemHeading(AgendaItem item) => $"{item.Position.ToString(Invariant)}. {item.Title}";

    private static bool IsTourItem(AgendaItem item) => PersonName.Key(item.Title).Contains("tour de table", StringComparison.Ordinal);

    private static bool IsAobItem(AgendaItem item)
    {
        var key = PersonName.Key(item.Title).TrimEnd('.', ':');
        return key is "aob" or "a.o.b" or "any other business" || key.StartsWith("aob ", StringComparison.Ordinal);
    }

    /// <summary>"31 Aug 2027, 15:30 - 17:00 (GMT+2)"; a bad end (before the start) shows the start alone.</summary>
    private static string When(DateTimeOffset startUtc, DateTimeOffset endUtc, string zoneId) => endUtc >= startUtc
        ? TimeZoneLabel.FormatRange(startUtc, endUtc, zoneId)
        : TimeZoneLabel.Format(startUtc, zoneId);

    /// <summary>The meeting's zone; UTC for a zone this machine does not know, rather than no minutes at all.</summary>
    private static string ZoneIdOf(string zoneId) =>
        ZoneResolver.TryResolve(zoneId, out var zone, out _) ? zone.Id : ZoneResolver.FixedOffsetId(TimeSpan.Zero);

    private static DateTime LocalDay(DateTimeOffset instant, string zoneId) => Local(instant, zoneId).Date;

    private static string LocalClock(DateTimeOffset instant, string zoneId) => TimeZoneLabel.Clock(Local(instant, zoneId));

    private static string Offset(DateTimeOffset instant, string zoneId) => TimeZoneLabel.FormatOffset(Local(instant, zoneId).Offset);

    private static DateTimeOffset Local(DateTimeOffset instant, string zoneId) =>
        TimeZoneInfo.ConvertTime(instant, ZoneResolver.Resolve(zoneId).Zone);
}
