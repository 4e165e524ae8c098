using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.People;
using MeetingBot.Domain.Time;
using DomainPerson = MeetingBot.Domain.Meetings.Person;

namespace MeetingBot.Conversations.Features.Notes;

/// <summary>"note …", "decision …", "action @name … by 15 Sep": live notes on the agenda item under discussion.</summary>
public sealed class NoteCommand(MeetingRoom room, IMeetingRecordStore records, WhenReader whenReader) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["note", "decision", "action"];
    public string Usage => "note <text> | decision <text> | action @name <what> [by <date>]";
    public string Description => "Adds a note, a decision or an action (owner and due date) to the current agenda item.";
    public Permission Permission => Permission.Member;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (await room.FindRunningAsync(turn.Conversation, cancellationToken) is not { } running)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        var kind = context.Name switch { "decision" => NoteKind.Decision, "action" => NoteKind.Action, _ => NoteKind.Note };
        var text = context.Arguments;
        ActionRequest? action = null;
        if (kind == NoteKind.Action)
        {
            var zone = turn.Member.TimeZoneId ?? turn.Message.TimeZone ?? running.TimeZoneId;
            action = ActionText.Read(text, turn.Message.Mentions.Select(m => new DomainPerson(m.UserId, m.Name)).ToList(), whenReader, zone);
            text = action.Text;
        }

        var author = new DomainPerson(turn.Message.From.Id, turn.Member.DisplayName);
        var now = room.Now;
        var result = await records.UpdateAsync(running.MeetingId, r => r.AddNote(kind, text, author, action?.Owner, action?.DueDate, now), cancellationToken);
        if (result.Succeeded && action is not null)
        {
            context.Reply(result.Message + $" Owner: {action.Owner?.Name ?? "not given (mention someone: action @name …)"}; due: {NotesView.Due(action.DueDate) ?? "no date"}.");
            return;
        }

        context.Reply(result.Message);
    }
}

/// <summary>"notes": the notes, decisions and actions of this conversation's meeting, by agenda item.</summary>
public sealed class NotesCommand(MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["notes"];
    public string Usage => "notes";
    public string Description => "Shows the notes, decisions and actions of this meeting, by agenda item.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var record = await room.FindCurrentOrLatestAsync(context.Turn.Conversation, cancellationToken);
        if (record is not { StartedAtUtc: not null })
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        context.Reply(NotesView.Render(record));
    }
}

/// <summary>"item 2", "item next": the agenda item under discussion, which new notes attach to; "item" shows it.</summary>
public sealed class ItemCommand(MeetingRoom room, IMeetingRecordStore records, Meetings.IMeetingStore meetings) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["item"];
    public string Usage => "item <number> | item next | item";
    public string Description => "Sets the agenda item under discussion; notes, decisions and actions attach to it.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await room.FindRunningAsync(context.Turn.Conversation, cancellationToken) is not { } running)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        var argument = context.Arguments.Trim().TrimEnd('.').ToLowerInvariant();
        if (argument.Length == 0)
        {
            context.Reply(running.CurrentItemNumber is { } current
                ? $"We are on item {current}: {running.CurrentItemTitle}."
                : "No agenda item is current yet. Say item 1 (or item next) when the meeting gets to it.");
            return;
        }

        var items = (await meetings.GetAsync(running.MeetingId, cancellationToken))?.ActiveItems ?? [];
        if (items.Count == 0)
        {
            context.Reply("This meeting has no agenda items; notes are kept without one.");
            return;
        }

        int number;
        if (argument is "next" or "+")
        {
            number = (running.CurrentItemNumber ?? 0) + 1;
            if (number > items.Count)
            {
                context.Reply($"Item {items.Count} is the last on the agenda.");
                return;
            }
        }
        else if (argument is "previous" or "prev" or "-")
        {
            number = (running.CurrentItemNumber ?? 2) - 1;
            if (number < 1)
            {
                context.Reply("We are at the first item.");
                return;
            }
        }
        else if (!int.TryParse(argument.TrimStart('#'), out number) || number < 1 || number > items.Count)
        {
            context.Reply($"Give an item number from 1 to {items.Count}, or say item next.");
            return;
        }

        var item = items[number - 1];
        var result = await records.UpdateAsync(running.MeetingId, r => r.SetCurrentItem(item), cancellationToken);
        context.Reply(result.Message);
    }
}
