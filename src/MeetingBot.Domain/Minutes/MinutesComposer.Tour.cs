using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Domain.Minutes;

/// <summary>The tour de table: a name line and a paragraph per speaker, then who passed, each named once.</summary>
public static partial class MinutesComposer
{
    private static MinutesSection Tour(string heading, Guid? tourItemId, MeetingRecord? record, MinutesPeople people,
        IReadOnlyList<MeetingNote> notes)
    {
        var blocks = NoteBlocks(notes, people, tourItemId).ToList();
        var turns = Turns(record, people);
        foreach (var turn in turns.Where(t => t.Updates.Count > 0))
        {
            blocks.Add(new MinutesParagraph(turn.Line) { Emphasis = true });
            blocks.Add(new MinutesParagraph(string.Join(" ", turn.Updates)));
        }

        AddNames(blocks, "Spoke without a written update", turns.Where(t => t.Spoke && t.Updates.Count == 0));
        AddNames(blocks, "Passed", turns.Where(t => !t.Spoke && t.Passed));
        AddNames(blocks, "Not reached", turns.Where(t => !t.Spoke && !t.Passed && t.NotReached));
        return new MinutesSection(MinutesSectionKeys.Tour, heading, blocks);
    }

    /// <summary>
    /// One turn per person in calling order: someone on the list twice (two devices, two names) speaks once, with the
    /// lines of both. Speaking wins over passing, and passing over not being reached.
    /// </summary>
    private static List<TourTurn> Turns(MeetingRecord? record, MinutesPeople people)
    {
        var turns = new List<TourTurn>();
        var byPerson = new Dictionary<string, TourTurn>(StringComparer.Ordinal);
        foreach (var speaker in record?.Speakers.OrderBy(s => s.Position) ?? Enumerable.Empty<TourSpeaker>())
        {
            var person = people.Find(speaker.UserId, speaker.Name);
            var key = person is not null ? "person:" + person.FirstSeen : "name:" + PersonName.Key(speaker.Name);
            if (!byPerson.TryGetValue(key, out var turn))
            {
                turn = new TourTurn(person?.Name ?? speaker.Name, person?.WithQualifierAfterComma() ?? speaker.Name);
                byPerson[key] = turn;
                turns.Add(turn);
            }

            foreach (var line in (speaker.Update ?? "").Split('\n'))
            {
                if (line.Trim() is { Length: > 0 } trimmed)
                {
                    turn.Updates.Add(trimmed);
                }
            }

            turn.Spoke |= speaker.Status == TourSpeakerStatus.Spoke || !string.IsNullOrWhiteSpace(speaker.Update);
            turn.Passed |= speaker.Status == TourSpeakerStatus.Passed;
            turn.NotReached |= speaker.Status is TourSpeakerStatus.NotReached or TourSpeakerStatus.Waiting;
        }

        return turns;
    }

    /// <summary>"Passed: Ingrid Hofer, Katarzyna Nowak."</summary>
    private static void AddNames(List<MinutesBlock> blocks, string label, IEnumerable<TourTurn> turns)
    {
        var names = turns.Select(t => t.Name).ToList();
        if (names.Count > 0)
        {
            blocks.Add(new MinutesLabelled(label, string.Join(", ", names) + "."));
        }
    }

    private sealed class TourTurn(string name, string line)
    {
        public string Name { get; } = name;

        /// <summary>"Henrik Lindqvist, Vice-chair, Nordic Crime Prevention Forum": the speaker's name line.</summary>
        public string Line { get; } = line;

        public List<string> Updates { get; } = [];
        public bool Spoke { get; set; }
        public bool Passed { get; set; }
        public bool NotReached { get; set; }
    }
}
