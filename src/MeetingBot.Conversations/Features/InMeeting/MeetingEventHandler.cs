using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>
/// The channel's meeting events: the online meeting starts and ends (as with the chair's meeting start / meeting end),
/// participants join and leave (attendance, and late arrivals join the end of the tour de table).
/// </summary>
public sealed class MeetingEventHandler(MeetingRoom room, IMeetingRecordStore records) : IConversationEventHandler
{
    public async Task HandleAsync(EventContext context, CancellationToken cancellationToken)
    {
        var incoming = context.Event;
        switch (incoming.Kind)
        {
            case IncomingEventKind.MeetingStarted:
                context.Reply(await room.StartAsync(incoming.Conversation, new MeetingStartRequest(FromEvent: true)
                {
                    ChannelMeetingId = incoming.ChannelMeetingId,
                    Title = incoming.Title,
                    JoinUrl = incoming.JoinUrl,
                    ScheduledEndUtc = incoming.ScheduledEndUtc,
                }, cancellationToken));
                break;
            case IncomingEventKind.MeetingEnded:
                context.Reply(await room.EndAsync(incoming.Conversation, fromEvent: true, cancellationToken));
                break;
            case IncomingEventKind.ParticipantsJoined:
                await JoinAsync(context, cancellationToken);
                break;
            case IncomingEventKind.ParticipantsLeft:
                if (await room.FindRunningAsync(incoming.Conversation, cancellationToken) is { } running && incoming.Participants.Count > 0)
                {
                    var now = room.Now;
                    await records.UpdateAsync(running.MeetingId, r => incoming.Participants.Select(p => r.MarkLeft(p.Person.Id, now)).ToList(), cancellationToken);
                }

                break;
        }
    }

    private async Task JoinAsync(EventContext context, CancellationToken cancellationToken)
    {
        var incoming = context.Event;
        if (incoming.Participants.Count == 0 || await room.FindRunningAsync(incoming.Conversation, cancellationToken) is not { } running)
        {
            return;
        }

        var people = new List<ParticipantInfo>();
        foreach (var participant in incoming.Participants)
            people.Add(await room.DescribeAsync(incoming.Conversation.ScopeId, participant.Person, participant.MeetingRole, cancellationToken));

        var now = room.Now;
        var changes = await records.UpdateAsync(running.MeetingId,
            r => people.Select(p => r.MarkPresent(p, AttendanceSources.JoinEvent, now, room.Options.LateAfter)).ToList(), cancellationToken);
        foreach (var change in changes.Where(c => c.AddedToTour is not null))
        {
            context.Reply(new Reply($"{change.Attendee.Name} has joined: I have added them at the end of the tour de table."));
        }
    }
}
