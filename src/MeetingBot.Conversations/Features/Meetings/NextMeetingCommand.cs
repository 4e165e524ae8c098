using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"next meeting": when, where and how far the agenda is, in the asker's own time zone too.</summary>
public sealed class NextMeetingCommand(MeetingFinder finder) : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["next meeting", "next", "meetings"];
    public string Usage => "next meeting";
    public string Description => "Shows the coming meetings, in your time zone and the meeting's.";
    public Permission Permission => Permission.Anyone;

    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var coming = await finder.ComingAsync(context.Turn, cancellationToken);
        if (coming.Count == 0)
        {
            context.Reply(MeetingFinder.NoMeeting(context.Turn));
            return;
        }
        var viewer = context.Turn.Member.TimeZoneId ?? context.Turn.Message.TimeZone;
        var showAll = context.Name == "meetings";
        var text = new StringBuilder();
        foreach (var (meeting, _, canManage) in showAll ? coming : coming.GroupBy(c => c.Meeting.ScopeId).Select(g => g.First()))
        {
            text.Append("**").Append(meeting.DisplayTitle).Append("**: ").Append(meeting.WhenText(viewer))
                .Append(new MeetingPlace(meeting.Location, meeting.JoinUrl).Describe()).Append('\n');
            var items = meeting.ActiveItems.Count;
            text.Append("- Agenda: ").Append(items == 1 ? "1 item" : $"{items} items")
                .Append(meeting.AgendaClosed ? " (closed)" : "").Append("; say agenda to see it.\n");
            if (canManage && meeting.Apologies.Count > 0)
                text.Append("- Apologies: ").AppendJoin(", ", meeting.Apologies.Select(a => a.Name)).Append('\n');
        }
        context.Reply(text.ToString().TrimEnd());
    }
}
