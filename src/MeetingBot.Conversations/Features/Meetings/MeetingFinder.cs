using MeetingBot.Conversations.Commands;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.Meetings;
using MeetingBot.Domain.People;

namespace MeetingBot.Conversations.Features.Meetings;

/// <summary>A meeting someone may act on, with who they are in its team (roles live per team).</summary>
public sealed record MeetingInReach(Meeting Meeting, Member Member, bool CanManage);

/// <summary>
/// Finds the meetings a turn may reach. In a team channel or group chat: that conversation's scope. In a 1:1 chat:
/// the coming meetings of every team the person is a member of, and nothing else, so no team's data is visible
/// from another.
/// </summary>
public sealed class MeetingFinder(IMeetingStore meetings, IMemberDirectory members, TimeProvider time)
{
    public async Task<IReadOnlyList<MeetingInReach>> ComingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (turn.Conversation.Kind != ConversationKind.Personal)
        {
            var coming = await meetings.ListComingAsync(turn.Conversation.ScopeId, now, cancellationToken);
            return coming.Select(m => new MeetingInReach(m, turn.Member, CanManage(turn.Member, turn.IsAdmin))).ToList();
        }

        var found = new List<MeetingInReach>();
        foreach (var membership in await members.ListMembershipsAsync(turn.Message.From.Id, cancellationToken))
        {
            if (membership.ScopeId == turn.Conversation.ScopeId) continue;
            foreach (var meeting in await meetings.ListComingAsync(membership.ScopeId, now, cancellationToken))
                found.Add(new MeetingInReach(meeting, membership, CanManage(membership, turn.IsAdmin)));
        }
        return found.OrderBy(m => m.Meeting.StartUtc).ToList();
    }

    /// <summary>
    /// The one meeting a command acts on: the soonest that <paramref name="fits"/>; when several teams' meetings
    /// fit (a 1:1 chat) or several fit for <paramref name="askWhenSeveral"/> commands, asks which and runs the
    /// command again with the answer. Null when it replied or asked instead.
    /// </summary>
    public async Task<MeetingInReach?> ResolveOneAsync(CommandContext context, Func<MeetingInReach, bool> fits, bool askWhenSeveral,
        string noneFits, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var coming = await ComingAsync(turn, cancellationToken);
        if (turn.ChosenMeetingId is { } chosen)
        {
            var picked = coming.FirstOrDefault(m => m.Meeting.Id == chosen);
            if (picked is null) context.Reply("That meeting is no longer coming up, so I did nothing. Say next meeting to see what is.");
            return picked;
        }
        if (coming.Count == 0)
        {
            context.Reply(NoMeeting(turn));
            return null;
        }
        var candidates = coming.Where(fits).ToList();
        if (candidates.Count == 0)
        {
            context.Reply(noneFits);
            return null;
        }
        var severalTeams = candidates.Select(c => c.Meeting.ScopeId).Distinct().Count() > 1;
        if (candidates.Count == 1 || (!severalTeams && !askWhenSeveral))
            return candidates[0];

        await context.BeginDialogAsync(PickMeetingDialog.DialogId, new Dictionary<string, string>
        {
            [PickMeetingDialog.CommandText] = $"{context.Name} {context.Arguments}".Trim(),
            [PickMeetingDialog.Candidates] = string.Join(',', candidates.Select(c => c.Meeting.Id)),
        }, cancellationToken);
        return null;
    }

    /// <summary>Finds one of the meetings <see cref="ComingAsync"/> returned by id, with fresh data.</summary>
    public async Task<MeetingInReach?> FindAsync(TurnContext turn, Guid meetingId, CancellationToken cancellationToken) =>
        (await ComingAsync(turn, cancellationToken)).FirstOrDefault(m => m.Meeting.Id == meetingId);

    public static bool CanManage(Member member, bool isAdmin) => isAdmin || member.CanManageMeetings;

    /// <summary>How a meeting is named in a choice: "9th Informal Meeting of the Alliance, Tue 31 Aug 2027".</summary>
    public static string Label(Meeting meeting) => $"{meeting.DisplayTitle}, {meeting.LocalStart:ddd d MMM yyyy}";

    public const string NoMeetingInChannel =
        "There is no meeting scheduled here yet. The chair or the secretary can schedule one, e.g. schedule 31 Aug 15:30-17:00 Europe/Vienna on Webex.";

    public const string NoMeetingInPersonalChat =
        "I don't know of a coming meeting of any team you are in. Talk to me once in your team's channel (mention me), or ask the chair to schedule the next meeting.";

    public static string NoMeeting(TurnContext turn) =>
        turn.Conversation.Kind == ConversationKind.Personal ? NoMeetingInPersonalChat : NoMeetingInChannel;
}
