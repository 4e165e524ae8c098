using System.Globalization;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Meetings;
using Person = MeetingBot.Conversations.Messages.Person;
using MeetingBot.Domain.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>How a meeting start was asked for: by the chair in chat, or by the channel's meeting-start event.</summary>
public sealed record MeetingStartRequest(bool FromEvent)
{
    public Person? StartedBy { get; init; }
    public string? ChannelMeetingId { get; init; }
    public string? Title { get; init; }
    public string? JoinUrl { get; init; }
    public DateTimeOffset? ScheduledEndUtc { get; init; }
}

/// <summary>
/// The meeting that runs in a conversation: which one it is, starting and ending it, and who is in it. Commands, the
/// message observer and the event handler of the in-meeting features all go through here.
/// </summary>
public sealed partial class MeetingRoom(
    IMeetingStore meetings,
    IMeetingRecordStore records,
    IMemberDirectory members,
    IConversationRoster roster,
    IOptions<InMeetingOptions> options,
    IOptions<BotBehaviourOptions> behaviour,
    TimeProvider time,
    ILogger<MeetingRoom> logger)
{
    public const string NotRunning =
        "No meeting is running here. The chair starts it with meeting start (or it starts by itself when the Teams meeting does).";

    public InMeetingOptions Options => options.Value;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The record that applies to the conversation now (running, about to start, just ended), or null.</summary>
    public Task<MeetingRecord?> FindCurrentAsync(ConversationAddress conversation, CancellationToken cancellationToken) =>
        records.FindCurrentAsync(conversation.Key, Now, Options.LinkWindowAfter, cancellationToken);

    public async Task<MeetingRecord?> FindRunningAsync(ConversationAddress conversation, CancellationToken cancellationToken) =>
        await FindCurrentAsync(conversation, cancellationToken) is { IsRunning: true } running ? running : null;

    /// <summary>The current record, else the most recent one of the conversation (to show links and notes afterwards).</summary>
    public async Task<MeetingRecord?> FindCurrentOrLatestAsync(ConversationAddress conversation, CancellationToken cancellationToken) =>
        await FindCurrentAsync(conversation, cancellationToken) ?? await records.FindLatestAsync(conversation.Key, cancellationToken);

    /// <summary>
    /// A record for the meeting scheduled in this conversation whose link window is open now (from
    /// <see cref="InMeetingOptions.LinkWindowBefore"/> before its start), so links shared just before it are kept.
    /// </summary>
    public async Task<MeetingRecord?> PrepareAsync(ConversationAddress conversation, CancellationToken cancellationToken)
    {
        var now = Now;
        var coming = await meetings.ListComingAsync(conversation.ScopeId, now, cancellationToken);
        var meeting = coming
            .Where(m => m.ConversationKey == conversation.Key && m.Status == MeetingStatus.Scheduled
                        && m.StartUtc - Options.LinkWindowBefore <= now && now <= m.EndUtc + Options.LinkWindowAfter)
            .MinBy(m => m.StartUtc);
        if (meeting is null)
        {
            return null;
        }

        await records.TryAddAsync(MeetingRecord.For(meeting, conversation.Key, now), cancellationToken);
        return await records.GetAsync(meeting.Id, cancellationToken);
    }

    /// <summary>
    /// Starts the conversation's meeting: the one already marked started, else the scheduled one nearest now (within
    /// <see cref="InMeetingOptions.ScheduledMeetingWindow"/>), else a new ad-hoc meeting. Returns the notice of what is
    /// recorded; nothing when a channel event repeats a start the bot already knows.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> StartAsync(ConversationAddress conversation, MeetingStartRequest request, CancellationToken cancellationToken)
    {
        var now = Now;
        var current = await FindCurrentAsync(conversation, cancellationToken);
        if (current is { IsRunning: true })
        {
            if (request.FromEvent)
            {
                if (current.ChannelMeetingId is null && request.ChannelMeetingId is not null)
                    await records.UpdateAsync(current.MeetingId, r => r.ChannelMeetingId ??= request.ChannelMeetingId, cancellationToken);
                return [];
            }

            return [new Reply($"The {current.MeetingTitle} is already under way (since {Clock(current.StartedAtUtc ?? now, current.TimeZoneId)}).")];
        }

        var (meeting, adHoc) = await ChooseMeetingAsync(conversation, current, request, now, cancellationToken);
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            var started = await meetings.UpdateAsync(meeting.Id, m => m.MarkStarted(now), cancellationToken);
            if (!started.Succeeded) LogStartRefused(logger, started.Message);
        }

        var invited = Options.ReadRoster ? await ReadRosterAsync(conversation, cancellationToken) : [];
        var starter = request.StartedBy is { } by ? await DescribeAsync(conversation.ScopeId, by, null, cancellationToken) : null;
        var apologies = meeting.Apologies
            .Select(a => (Info: new ParticipantInfo(a.UserId, a.Name), a.Reason))
            .ToList();

        await records.TryAddAsync(MeetingRecord.For(meeting, conversation.Key, now), cancellationToken);
        var record = await records.UpdateAsync(meeting.Id, r =>
        {
            r.IsAdHoc = adHoc;
            r.Start(now, request.ChannelMeetingId);
            foreach (var (info, reason) in apologies) r.MarkApologies(info, reason);
            foreach (var person in invited) r.AddInvited(person);
            if (starter is not null) r.MarkPresent(starter, AttendanceSources.Wrote, now, Options.LateAfter);
            return r;
        }, cancellationToken);

        LogStarted(logger, meeting.Id, adHoc, request.FromEvent);
        return [new Reply(StartNotice(record, adHoc))];
    }

    /// <summary>Ends the running meeting: the tour's summary (if it was under way) and what was recorded.</summary>
    public async Task<IReadOnlyList<Reply>> EndAsync(ConversationAddress conversation, bool fromEvent, CancellationToken cancellationToken)
    {
        var now = Now;
        if (await FindRunningAsync(conversation, cancellationToken) is not { } running)
        {
            return fromEvent ? [] : [new Reply(NotRunning)];
        }

        var (record, tourWasActive) = await records.UpdateAsync(running.MeetingId, r =>
        {
            var active = r.TourIsActive;
            r.End(now);
            return (r, active);
        }, cancellationToken);
        await meetings.UpdateAsync(record.MeetingId, m => m.Status == MeetingStatus.Ended ? null : m.MarkEnded(now), cancellationToken);

        var replies = new List<Reply>();
        if (tourWasActive) replies.Add(Tour.TourView.Summary(record));
        replies.Add(new Reply(EndNotice(record)));
        LogEnded(logger, record.MeetingId, fromEvent);
        return replies;
    }

    /// <summary>
    /// What the minutes need about someone: their name, organisation, role and title in this team. People the bot has
    /// not met become members of the scope (never chair).
    /// </summary>
    public async Task<ParticipantInfo> DescribeAsync(string scopeId, Person person, string? meetingRole, CancellationToken cancellationToken)
    {
        var member = await members.GetOrAddAsync(scopeId, person, null, bootstrapChair: false, cancellationToken);
        return new ParticipantInfo(person.Id, member.DisplayName)
        {
            AadObjectId = person.AadObjectId ?? member.AadObjectId,
            Organisation = member.Organisation,
            Role = member.Role,
            Title = member.Title,
            MeetingRole = meetingRole,
        };
    }

    /// <summary>The participant behind a turn's sender, from the member record the turn already loaded.</summary>
    public static ParticipantInfo Describe(TurnContext turn) => new(turn.Message.From.Id, turn.Member.DisplayName)
    {
        AadObjectId = turn.Message.From.AadObjectId ?? turn.Member.AadObjectId,
        Organisation = turn.Member.Organisation,
        Role = turn.Member.Role,
        Title = turn.Member.Title,
    };

    /// <summary>"15:02" in the meeting's zone.</summary>
    public static string Clock(DateTimeOffset utc, string zoneId) =>
        TimeZoneInfo.ConvertTime(utc, ZoneResolver.Resolve(zoneId).Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private async Task<(Meeting Meeting, bool AdHoc)> ChooseMeetingAsync(
        ConversationAddress conversation, MeetingRecord? current, MeetingStartRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (current is { Phase: MeetingPhase.Before } && await meetings.GetAsync(current.MeetingId, cancellationToken) is { Status: MeetingStatus.Scheduled or MeetingStatus.Started } prepared)
        {
            return (prepared, false);
        }

        var here = (await meetings.ListComingAsync(conversation.ScopeId, now, cancellationToken))
            .Where(m => m.ConversationKey == conversation.Key)
            .ToList();
        var chosen = here.Where(m => m.Status == MeetingStatus.Started).MaxBy(m => m.ActualStartUtc)
                     ?? here.Where(m => m.Status == MeetingStatus.Scheduled && (m.StartUtc - now).Duration() <= Options.ScheduledMeetingWindow)
                         .MinBy(m => (m.StartUtc - now).Duration());
        if (chosen is not null)
        {
            return (chosen, false);
        }

        var series = await meetings.FindSeriesAsync(conversation.Key, cancellationToken);
        var end = request.ScheduledEndUtc is { } planned && planned > now ? planned : now + (series?.DefaultDuration ?? TimeSpan.FromHours(1));
        var title = PlainText.Clean(request.Title) is { Length: > 0 and <= AgendaTitle.MaxLength } given ? given : series?.Title is { } seriesTitle ? $"{seriesTitle} (ad hoc)" : "Ad-hoc meeting";
        var meeting = new Meeting
        {
            ScopeId = conversation.ScopeId,
            ConversationKey = conversation.Key,
            Title = title,
            StartUtc = now,
            EndUtc = end,
            TimeZoneId = series?.TimeZoneId ?? behaviour.Value.DefaultTimeZone,
            Location = series?.DefaultLocation,
            JoinUrl = request.JoinUrl is { Length: <= 2048 } url && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url : null,
            CreatedAtUtc = now,
        };
        await meetings.AddAsync(meeting, cancellationToken);
        return (meeting, true);
    }

    private async Task<IReadOnlyList<ParticipantInfo>> ReadRosterAsync(ConversationAddress conversation, CancellationToken cancellationToken)
    {
        var listed = await roster.ListAsync(conversation, Options.MaxRosterSize, cancellationToken);
        if (listed is null)
        {
            return [];
        }

        var infos = new List<ParticipantInfo>();
        foreach (var entry in listed)
        {
            var member = await members.FindAsync(conversation.ScopeId, entry.Person.Id, cancellationToken);
            infos.Add(new ParticipantInfo(entry.Person.Id, member?.DisplayName ?? entry.Person.Name)
            {
                AadObjectId = entry.Person.AadObjectId,
                Organisation = member?.Organisation,
                Role = member?.Role,
                Title = member?.Title,
            });
        }

        return infos;
    }

    private static string StartNotice(MeetingRecord record, bool adHoc)
    {
        var opening = adHoc
            ? $"There was no meeting scheduled here for now, so I started an ad-hoc one: **{record.MeetingTitle}**."
            : $"**The {record.MeetingTitle} has started.**";
        return opening + "\n" +
               "While it runs I record who attends (who joins and leaves, and anyone who writes here), the links shared here, " +
               "notes, decisions and actions, and the updates of the tour de table. I never record audio or video, and I keep no other chat.\n" +
               "The chair can pause the record with **off the record** and resume it with **on the record**; nothing written in between is kept.";
    }

    private static string EndNotice(MeetingRecord record)
    {
        var present = record.Attendees.Count(a => a.ArrivalNumber is not null);
        var apologies = record.Attendees.Count(a => a.Status == AttendanceStatus.Apologies);
        var decisions = record.Notes.Count(n => n.Kind == NoteKind.Decision);
        var actions = record.Notes.Count(n => n.Kind == NoteKind.Action);
        var text = $"**The {record.MeetingTitle} has ended** ({Clock(record.StartedAtUtc ?? record.CreatedAtUtc, record.TimeZoneId)} - {Clock(record.EndedAtUtc ?? record.CreatedAtUtc, record.TimeZoneId)}). " +
                   $"Recorded: {present} present{(apologies > 0 ? $", {apologies} with apologies" : "")}; {record.Links.Count} link(s); " +
                   $"{record.Notes.Count} note(s) ({decisions} decision(s), {actions} action(s))";
        if (record.Speakers.Count > 0)
        {
            text += $"; tour de table: {record.Speakers.Count(s => s.Status == TourSpeakerStatus.Spoke)} spoke, {record.Speakers.Count(s => s.Status == TourSpeakerStatus.Passed)} passed";
        }

        return text + ". Say notes, links or attendance to see them.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} started (ad hoc: {AdHoc}, from the channel's event: {FromEvent})")]
    private static partial void LogStarted(ILogger logger, Guid meetingId, bool adHoc, bool fromEvent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} ended (from the channel's event: {FromEvent})")]
    private static partial void LogEnded(ILogger logger, Guid meetingId, bool fromEvent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meeting could not be marked started: {Reason}")]
    private static partial void LogStartRefused(ILogger logger, string reason);
}
