using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Agenda;

/// <summary>"agenda": the next meeting's agenda, numbered, with presenters, times and who proposed what.</summary>
public sealed class AgendaCommand(MeetingFinder finder, Calendar.CalendarLinks calendar) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["agenda", "agenda show"];
    public string Usage => "agenda";
    public string Description => "Shows the agenda of the next meeting.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Length > 0)
        {
            context.Reply($"I don't know \"agenda {context.Arguments.Split(' ')[0]}\". Try agenda add <title>, agenda edit, agenda withdraw; say help agenda add for more.");
            return;
        }
        var target = await finder.ResolveOneAsync(context, _ => true, askWhenSeveral: false, "", cancellationToken);
        if (target is null) return;
        var agenda = AgendaView.Render(target.Meeting, context.Turn.Member.TimeZoneId ?? context.Turn.Message.TimeZone);
        context.Turn.Reply(await calendar.WithInvitationAsync(agenda, target.Meeting, cancellationToken));
    }
}
