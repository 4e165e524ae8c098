using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>"schedule 31 Aug 15:30-17:00 Europe/Vienna on Webex": the next meeting of this conversation's series.</summary>
public sealed class ScheduleCommand : ICommand
{
    public IReadOnlyList<string> Names { get; } = ["schedule"];
    public string Usage => "schedule <date time> [on Webex | <join link>]";
    public string Description => "Schedules the next meeting here, e.g. schedule 31 Aug 15:30-17:00 Europe/Vienna on Webex.";
    public Permission Permission => Permission.ManageMeetings;

    public Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Conversation.Kind == ConversationKind.Personal)
        {
            context.Reply("Schedule meetings in the team channel or group chat where they are held, so everyone there sees them.");
            return Task.CompletedTask;
        }
        var values = context.Arguments.Length == 0 ? null : new Dictionary<string, string> { [ScheduleDialog.When] = context.Arguments };
        return context.BeginDialogAsync(ScheduleDialog.DialogId, values, cancellationToken);
    }
}
