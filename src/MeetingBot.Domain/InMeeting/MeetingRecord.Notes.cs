using MeetingBot.Domain.Meetings;

namespace MeetingBot.Domain.InMeeting;

/// <summary>Live notes and the current agenda item they attach to.</summary>
public sealed partial class MeetingRecord
{
    public Guid? CurrentItemId { get; set; }
    public int? CurrentItemNumber { get; set; }
    public string? CurrentItemTitle { get; set; }
    public List<MeetingNote> Notes { get; set; } = [];

    /// <summary>The agenda item under discussion: notes written from now on attach to it.</summary>
    public DomainResult SetCurrentItem(AgendaItem item)
    {
        if (!IsRunning)
        {
            return DomainResult.Fail($"The {MeetingTitle} is not running.");
        }

        CurrentItemId = item.Id;
        CurrentItemNumber = item.Position;
        CurrentItemTitle = item.Title;
        return DomainResult.Ok($"Now on item {item.Position}: {item.Title}.");
    }

    /// <summary>Adds a note, decision or action to the current item. Refused off the record and outside the meeting.</summary>
    public DomainResult AddNote(NoteKind kind, string text, Person author, Presenter? owner, DateOnly? dueDate, DateTimeOffset nowUtc)
    {
        var word = kind switch { NoteKind.Decision => "decision", NoteKind.Action => "action", _ => "note" };
        if (!IsRunning)
        {
            return DomainResult.Fail(Phase == MeetingPhase.Ended
                ? $"The {MeetingTitle} has ended, so I can't add a {word} to it."
                : $"The {MeetingTitle} has not started; notes are taken during the meeting.");
        }

        if (OffTheRecord)
        {
            return DomainResult.Fail($"We are off the record, so I did not keep that {word}. The chair says on the record to resume.");
        }

        var clean = PlainText.Clean(text);
        if (clean.Length == 0)
        {
            return DomainResult.Fail($"Write the {word} after the word, e.g. {word} {Example(kind)}.");
        }

        if (clean.Length > MeetingNote.MaxTextLength)
        {
            return DomainResult.Fail($"That {word} is {clean.Length} characters; please keep it under {MeetingNote.MaxTextLength}.");
        }

        var note = new MeetingNote
        {
            MeetingId = MeetingId,
            Number = Notes.Count == 0 ? 1 : Notes.Max(n => n.Number) + 1,
            Kind = kind,
            Text = clean,
            ItemId = CurrentItemId,
            ItemNumber = CurrentItemNumber,
            ItemTitle = CurrentItemTitle,
            AuthorUserId = author.UserId,
            AuthorName = author.Name,
            OwnerUserId = owner?.UserId,
            OwnerName = owner?.Name,
            DueDate = dueDate,
            CreatedAtUtc = nowUtc,
        };
        Notes.Add(note);
        var where = CurrentItemNumber is { } n ? $" under item {n}" : "";
        var label = kind switch { NoteKind.Decision => "Decision", NoteKind.Action => "Action", _ => "Note" };
        return DomainResult.Ok($"{label} {note.Number} noted{where}.");
    }

    private static string Example(NoteKind kind) => kind switch
    {
        NoteKind.Decision => "The Board task force oversees fee waivers",
        NoteKind.Action => "@Tobias circulate the HLPF briefing by 15 Sep",
        _ => "The CND thematic session is in September",
    };
}
