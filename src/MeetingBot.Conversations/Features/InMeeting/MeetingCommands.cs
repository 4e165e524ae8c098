using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>"meeting start" / "meeting end": the chair starts or ends the meeting of this conversation by hand.</summary>
public sealed class MeetingCommand(MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["meeting start", "start meeting", "meeting end", "end meeting"];
    public string Usage => "meeting start | meeting end";
    public string Description => "Starts or ends the meeting here (Teams meetings start and end by themselves); I record while it runs.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Start the meeting in its chat or channel, where everyone sees what I record.");
            return;
        }

        var replies = context.Name.Contains("start", StringComparison.Ordinal)
            ? await room.StartAsync(turn.Conversation, new MeetingStartRequest(FromEvent: false) { StartedBy = turn.Message.From }, cancellationToken)
            : await room.EndAsync(turn.Conversation, fromEvent: false, cancellationToken);
        foreach (var reply in replies) turn.Reply(reply);
    }
}

/// <summary>"off the record" / "on the record": the chair pauses and resumes what the bot keeps.</summary>
public sealed class RecordCommand(MeetingRoom room, IMeetingRecordStore records) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["off the record", "on the record"];
    public string Usage => "off the record | on the record";
    public string Description => "Pauses the meeting's record (nothing written is kept) and resumes it.";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await room.FindRunningAsync(context.Turn.Conversation, cancellationToken) is not { } running)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        var now = room.Now;
        var result = await records.UpdateAsync(running.MeetingId,
            r => context.Name == "off the record" ? r.GoOffTheRecord(now) : r.GoOnTheRecord(), cancellationToken);
        context.Reply(result.Message);
    }
}

/// <summary>"present @name …": the chair marks people present whom the bot could not see arrive.</summary>
public sealed class PresentCommand(MeetingRoom room, IMeetingRecordStore records) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["present"];
    public string Usage => "present @name [@name …]";
    public string Description => "Marks people present in the running meeting (for those I could not see join).";
    public Permission Permission => Permission.ManageMeetings;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Message.Mentions.Count == 0)
        {
            context.Reply("Mention who is here, e.g. present @Phil Reichel.");
            return;
        }

        if (await room.FindRunningAsync(turn.Conversation, cancellationToken) is not { } running)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        var people = new List<ParticipantInfo>();
        foreach (var mention in turn.Message.Mentions)
            people.Add(await room.DescribeAsync(turn.Conversation.ScopeId, new Person(mention.UserId, mention.Name), null, cancellationToken));

        var now = room.Now;
        var changes = await records.UpdateAsync(running.MeetingId,
            r => people.Select(p => r.MarkPresent(p, AttendanceSources.ByHand, now, room.Options.LateAfter)).ToList(), cancellationToken);
        var text = new StringBuilder("Marked present: ").AppendJoin(", ", changes.Select(c => c.Attendee.Name)).Append('.');
        var added = changes.Where(c => c.AddedToTour is not null).Select(c => c.Attendee.Name).ToList();
        if (added.Count > 0) text.Append(" Added at the end of the tour de table: ").AppendJoin(", ", added).Append('.');
        context.Reply(text.ToString());
    }
}

/// <summary>"attendance": who is here, who left, who sent apologies, who has not come.</summary>
public sealed class AttendanceCommand(MeetingRoom room) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["attendance"];
    public string Usage => "attendance";
    public string Description => "Shows who attends the meeting here, who left, and who sent apologies.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await room.FindCurrentOrLatestAsync(context.Turn.Conversation, cancellationToken) is not { StartedAtUtc: not null } record)
        {
            context.Reply(MeetingRoom.NotRunning);
            return;
        }

        context.Reply(Render(record));
    }

    public static string Render(MeetingRecord record)
    {
        var text = new StringBuilder($"**Attendance: {record.MeetingTitle}**\n");
        var seen = record.Attendees.Where(a => a.ArrivalNumber is not null).OrderBy(a => a.ArrivalNumber).ToList();
        text.Append($"Present ({seen.Count}): ").AppendJoin(", ", seen.Select(a => Describe(a, record))).Append('\n');
        var apologies = record.Attendees.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).ToList();
        if (apologies.Count > 0) text.Append($"Apologies ({apologies.Count}): ").AppendJoin(", ", apologies).Append('\n');
        var missing = record.Attendees.Where(a => a.Status == AttendanceStatus.Invited).Select(a => a.Name).ToList();
        if (missing.Count > 0) text.Append($"Not seen ({missing.Count}): ").AppendJoin(", ", missing).Append('\n');
        return text.ToString().TrimEnd();
    }

    private static string Describe(Attendee attendee, MeetingRecord record)
    {
        var parts = new List<string>();
        if (attendee.Role is { } role and not Role.Member and not Role.Guest) parts.Add(role.Display());
        if (attendee.Organisation is { Length: > 0 } organisation) parts.Add(organisation);
        if (attendee.IsLate && attendee.FirstJoinedAtUtc is { } joined) parts.Add($"from {MeetingRoom.Clock(joined, record.TimeZoneId)}");
        if (attendee.Status == AttendanceStatus.Left && attendee.LeftAtUtc is { } left && record.IsRunning) parts.Add($"left {MeetingRoom.Clock(left, record.TimeZoneId)}");
        return parts.Count == 0 ? attendee.Name : $"{attendee.Name} ({string.Join(", ", parts)})";
    }
}
