using System.Globalization;
using System.Text;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.Notes;

/// <summary>The live notes as chat text, grouped by agenda item in the order the items were taken.</summary>
public static class NotesView
{
    public static string Render(MeetingRecord record)
    {
        if (record.Notes.Count == 0)
        {
            return $"No notes yet in the {record.MeetingTitle}. Add one with note <text>, decision <text> or action @name <what> by <date>.";
        }

        var text = new StringBuilder($"**Notes of the {record.MeetingTitle}**\n");
        foreach (var group in record.Notes.OrderBy(n => n.Number).GroupBy(n => (n.ItemNumber, n.ItemTitle)).OrderBy(g => g.Key.ItemNumber ?? 0))
        {
            text.Append(group.Key.ItemNumber is { } number ? $"Item {number}. {group.Key.ItemTitle}" : "General").Append('\n');
            foreach (var note in group)
            {
                text.Append("- ").Append(Line(note)).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"Action: circulate the HLPF briefing — Tobias Keller, by Wed 15 Sep 2027 (Anna Alvarez)".</summary>
    public static string Line(MeetingNote note)
    {
        var line = new StringBuilder();
        line.Append(note.Kind switch { NoteKind.Decision => "Decision: ", NoteKind.Action => "Action: ", _ => "" }).Append(note.Text);
        if (note.Kind == NoteKind.Action)
        {
            line.Append(" — ").Append(note.OwnerName ?? "no owner");
            if (Due(note.DueDate) is { } due) line.Append(", by ").Append(due);
        }

        return line.Append(" (").Append(note.AuthorName).Append(')').ToString();
    }

    public static string? Due(DateOnly? date) => date?.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
