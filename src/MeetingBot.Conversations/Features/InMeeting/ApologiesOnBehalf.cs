using System.Text;
using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using Person = MeetingBot.Conversations.Messages.Person;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>
/// "apologies @name [reason]": the chair or secretary records someone's apologies: on the running meeting here (and its
/// attendance), else on the next meeting. <see cref="ApologiesCommand"/> hands over when the text mentions someone.
/// </summary>
public sealed class ApologiesOnBehalf(MeetingRoom room, MeetingFinder finder, IMeetingStore meetings, IMeetingRecordStore records)
{
    public async Task ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (!MeetingFinder.CanManage(turn.Member, turn.IsAdmin))
        {
            context.Reply($"Only {Permission.ManageMeetings.WhoMay()} can send apologies for someone else. Send your own with apologies [reason].");
            return;
        }

        var reason = context.Arguments;
        foreach (var mention in turn.Message.Mentions)
            reason = reason.Replace("@" + mention.Name, "", StringComparison.OrdinalIgnoreCase);
        reason = reason.Trim(' ', ',', ':', '-');

        Guid meetingId;
        string title;
        var running = await room.FindRunningAsync(turn.Conversation, cancellationToken);
        if (running is not null)
        {
            (meetingId, title) = (running.MeetingId, running.MeetingTitle);
        }
        else
        {
            var target = await finder.ResolveOneAsync(context, m => m.CanManage, askWhenSeveral: false,
                "Only the chair or the secretary of the meeting's team can send apologies for someone else.", cancellationToken);
            if (target is null) return;
            (meetingId, title) = (target.Meeting.Id, target.Meeting.DisplayTitle);
        }

        var now = room.Now;
        var text = new StringBuilder();
        foreach (var mention in turn.Message.Mentions)
        {
            var info = await room.DescribeAsync(turn.Conversation.ScopeId, new Person(mention.UserId, mention.Name), null, cancellationToken);
            DomainResult result;
            if (running is not null)
            {
                result = await records.UpdateAsync(meetingId, r => r.MarkApologies(info, reason), cancellationToken);
                if (!result.Succeeded)
                {
                    text.Append(result.Message).Append('\n');
                    continue;
                }
            }

            result = await meetings.UpdateAsync(meetingId, m => m.SendApologies(info.UserId, info.Name, reason.Length == 0 ? null : reason, now), cancellationToken);
            text.Append(result.Succeeded ? $"Apologies from {info.Name} are noted for the {title}." : result.Message).Append('\n');
        }

        context.Reply(text.ToString().TrimEnd());
    }
}
