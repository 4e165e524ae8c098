using MeetingBot.Conversations.Features.Links;
using MeetingBot.Conversations.Features.Meetings;
using MeetingBot.Conversations.Features.Tour;
using MeetingBot.Conversations.Messages;
using MeetingBot.Conversations.Turns;
using MeetingBot.Domain.InMeeting;
using MeetingBot.Domain.Links;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Conversations.Features.InMeeting;

/// <summary>
/// Sees every message of a conversation whose meeting is running (or about to start, or just over) and keeps what the
/// meeting records: links (also just before and after the meeting), the sender's attendance, the current speaker's
/// update in the tour de table, and the tour's one-word steps. Everything else a running meeting hears is
/// <see cref="Observation.Kept"/>: the bot does not answer chat. Off the record nothing is kept, but the tour's steps
/// still work.
/// </summary>
public sealed partial class MeetingCaptureObserver(
    MeetingRoom room,
    TourDesk tour,
    IMeetingRecordStore records,
    IInMeetingJobs jobs,
    ILogger<MeetingCaptureObserver> logger) : IMessageObserver
{
    public async Task<Observation> ObserveAsync(TurnContext turn, MessageRouting routing, CancellationToken cancellationToken)
    {
        var message = turn.Message;
        if (message.Conversation.Kind == ConversationKind.Personal || routing.CarriesQuotedText)
        {
            return Observation.Continue;
        }

        var links = MessageLinks.Find(message);
        if (links.Refused.Count > 0) LogRefused(logger, links.Refused.Count, string.Join(", ", links.Refused.Select(r => r.Reason).Distinct()));
        var record = await room.FindCurrentAsync(message.Conversation, cancellationToken);
        if (record is null && links.Links.Count > 0)
        {
            record = await room.PrepareAsync(message.Conversation, cancellationToken);
        }

        if (record is null)
        {
            return Observation.Continue;
        }

        if (!record.IsRunning)
        {
            // Just before or after the meeting: only the links belong to it; the bot otherwise behaves as usual.
            if (links.Links.Count > 0) await KeepAsync(turn, record, links, markPresent: false, update: false, cancellationToken);
            return Observation.Continue;
        }

        var isChair = MeetingFinder.CanManage(turn.Member, turn.IsAdmin);
        if (!routing.DialogWaiting && TourWords.TryRead(message.Text, message.Mentions, out var word, out var target)
            && TourDesk.Concerns(record, word, message.From.Id, isChair))
        {
            foreach (var reply in await tour.StepAsync(turn, word, target, cancellationToken)) turn.Reply(reply);
            return Observation.Handled;
        }

        if (record.OffTheRecord)
        {
            return Observation.Kept;
        }

        var isUpdate = !routing.IsCommand && !routing.DialogWaiting && record.TourStatus == TourStatus.Running
                       && record.CurrentSpeaker?.UserId == message.From.Id && message.Text.Trim().Length > 0;
        // Writing counts as attendance, and is remembered once per person ("wrote in the chat").
        var markPresent = record.FindAttendee(message.From.Id) is not { IsPresent: true } known || !known.Sources.HasFlag(AttendanceSources.Wrote);
        if (isUpdate || markPresent || links.Links.Count > 0)
        {
            await KeepAsync(turn, record, links, markPresent, isUpdate, cancellationToken);
        }

        return isUpdate ? Observation.Handled : Observation.Kept;
    }

    private async Task KeepAsync(TurnContext turn, MeetingRecord current, FoundLinks links, bool markPresent, bool update, CancellationToken cancellationToken)
    {
        var message = turn.Message;
        var now = room.Now;
        var sender = MeetingRoom.Describe(turn);
        var (added, newLinks) = await records.UpdateAsync(current.MeetingId, r =>
        {
            PresenceChange? presence = null;
            if (markPresent && r.IsCapturing) presence = r.MarkPresent(sender, AttendanceSources.Wrote, now, room.Options.LateAfter);
            if (update) r.RecordUpdate(message.From.Id, message.Text);
            var kept = r.Phase != MeetingPhase.Running || r.IsCapturing
                ? links.Links.Select(url => r.AddLink(url, message.From.Id, sender.Name, message.Text, now)).OfType<SharedLink>().Select(l => l.Id).ToList()
                : [];
            return (presence?.AddedToTour, kept);
        }, cancellationToken);

        if (added is not null)
        {
            turn.Reply($"{added.Name} has joined: I have added them at the end of the tour de table.");
        }

        if (room.Options.FetchLinkTitles)
        {
            foreach (var linkId in newLinks) jobs.FetchLinkTitle(current.MeetingId, linkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused {Count} link(s) in a message: {Reasons}")]
    private static partial void LogRefused(ILogger logger, int count, string reasons);
}
