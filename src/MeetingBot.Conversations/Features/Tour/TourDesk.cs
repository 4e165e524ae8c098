using MeetingBot.Conversations.Features.InMeeting;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.InMeeting;

namespace MeetingBot.Conversations.Features.Tour;

/// <summary>
/// Runs the tour de table of a conversation's meeting: applies each step to the stored record (saved after every step, so
/// a restart goes on with the same speaker), renders the replies and schedules the time-limit nudge.
/// </summary>
public sealed class TourDesk(MeetingRoom room, IMeetingRecordStore records, IInMeetingJobs jobs)
{
    /// <summary>"tour start [alphabetical | by arrival | @a @b …]". People named are marked present if they were not.</summary>
    public async Task<IReadOnlyList<Reply>> StartAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        if (await room.FindRunningAsync(turn.Conversation, cancellationToken) is not { } running)
        {
            return [new Reply(MeetingRoom.NotRunning)];
        }

        var mentions = turn.Message.Mentions
            .OrderBy(m => Position(arguments, m))
            .ToList();
        var words = arguments.Trim().ToLowerInvariant();
        TourOrder order;
        if (mentions.Count > 0) order = TourOrder.Given;
        else if (words is "" or "by arrival" or "arrival" or "in order of arrival") order = TourOrder.ByArrival;
        else if (words is "alphabetical" or "alphabetically" or "a-z" or "by name") order = TourOrder.Alphabetical;
        else return [new Reply("Say tour start, tour start alphabetical, tour start by arrival, or tour start @name @name … for your own order.")];

        var named = new List<ParticipantInfo>();
        foreach (var mention in mentions)
            named.Add(await room.DescribeAsync(turn.Conversation.ScopeId, new Person(mention.UserId, mention.Name), null, cancellationToken));

        var now = room.Now;
        return await ApplyAsync(running.MeetingId, r =>
        {
            foreach (var person in named) r.MarkPresent(person, AttendanceSources.ByHand, now, room.Options.LateAfter);
            return r.StartTour(order, named.Select(p => p.UserId).ToList(), now);
        }, cancellationToken);
    }

    /// <summary>A one-word step (done, next, pass, later, back, skip @name) by the turn's sender.</summary>
    public async Task<IReadOnlyList<Reply>> StepAsync(TurnContext turn, TourWord word, Mention? target, CancellationToken cancellationToken)
    {
        if (await room.FindRunningAsync(turn.Conversation, cancellationToken) is not { } running)
        {
            return [new Reply(MeetingRoom.NotRunning)];
        }

        var user = turn.Message.From.Id;
        var isChair = MeetingFinder.CanManage(turn.Member, turn.IsAdmin);
        var now = room.Now;
        Func<MeetingRecord, TourOutcome>? step = word switch
        {
            TourWord.Done => r => r.FinishTurn(user, byChair: isChair && r.CurrentSpeaker?.UserId != user, now),
            TourWord.Next => r => r.FinishTurn(user, byChair: isChair, now),
            TourWord.Pass => r => r.Pass(user, now),
            TourWord.Later => r => r.Later(user, now),
            TourWord.Back when isChair => r => r.Back(now),
            TourWord.Skip when isChair && target is not null => r => r.Skip(target.UserId, now),
            _ => null,
        };
        if (step is null)
        {
            return [new Reply(!isChair
                ? $"Only the chair, vice-chair or secretary can say {word.ToString().ToLowerInvariant()} in the tour de table."
                : "Mention who to skip, e.g. skip @name.")];
        }

        return await ApplyAsync(running.MeetingId, step, cancellationToken);
    }

    /// <summary>
    /// Whether a step word written without mentioning the bot is meant for the tour: the speaker's own words, pass from
    /// someone still waiting, and the chair's. Anyone else writing "done" in the meeting chat is just chatting.
    /// </summary>
    public static bool Concerns(MeetingRecord record, TourWord word, string userId, bool isChair)
    {
        if (record.TourStatus != TourStatus.Running) return false;
        var isSpeaker = record.CurrentSpeaker?.UserId == userId;
        return word switch
        {
            TourWord.Done or TourWord.Next => isSpeaker || isChair,
            TourWord.Later => isSpeaker,
            TourWord.Pass => record.Speakers.Exists(s => s.UserId == userId && s.Status is TourSpeakerStatus.Speaking or TourSpeakerStatus.Waiting),
            _ => isChair,
        };
    }

    public async Task<IReadOnlyList<Reply>> ApplyAsync(Guid meetingId, Func<MeetingRecord, TourOutcome> step, CancellationToken cancellationToken)
    {
        var (record, outcome) = await records.UpdateAsync(meetingId, r => (r, step(r)), cancellationToken);
        if (outcome.Called is { CalledAtUtc: { } calledAt } called && room.Options.TourSpeakerTimeLimit > TimeSpan.Zero)
        {
            jobs.ScheduleNudge(meetingId, called.Id, calledAt, room.Options.TourSpeakerTimeLimit);
        }

        return TourView.Render(record, outcome);
    }

    private static int Position(string arguments, Mention mention)
    {
        var at = arguments.IndexOf("@" + mention.Name, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? int.MaxValue : at;
    }
}
